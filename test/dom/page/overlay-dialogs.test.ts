// Overlay dialogs (consent centres, sign-up walls) are not the article: the page's CSS keeps them
// closed, which Readability cannot see, and a consent centre can hold more paragraph text than a
// short story. The clone loses them before Readability reads it (clone-cleanup.ts); a dialog that
// holds the story itself stays.
import { describe, expect, it } from 'vitest';
import { prepareClone } from '../../../src/page/clone-cleanup';
import { analysedText, analyzeDocument } from '../../../src/page/index';
import { documentFromHtml } from '../../helpers/fixture-pages';

// An invented short story, not marked as one (no <article> or <main>): the whole body is read.
const STORY = [
  'The harbour board has postponed the dredging of the inner channel until the autumn, after divers found '
    + 'an unexploded wartime mine near the fuel jetty on Monday morning.',
  'Navy engineers made the device safe on Tuesday and towed it out to sea, where it was destroyed in a '
    + 'controlled explosion, according to a statement from the board.',
  'Two people familiar with the survey said it had found at least three more objects on the channel bed '
    + 'that have not yet been identified.',
  'The dredging contractor did not respond to a request for comment on the new timetable.',
];

// Consent-centre copy, as long-winded as the real ones: more paragraph text than the story.
const CONSENT = [
  'We and our partners use cookies and similar technologies to store and access information on your device, '
    + 'to measure audiences, to personalise content and advertising, and to develop and improve our products.',
  'Strictly necessary cookies are required for the website to function, for example to remember your privacy '
    + 'choices, to keep you signed in, and to balance the load across our servers, and cannot be switched off.',
  'Performance cookies allow us to count visits and traffic sources so that we can measure and improve the '
    + 'performance of our site, and to learn which pages are the most and least popular with our readers.',
  'Targeting cookies may be set through our site by our advertising partners, who may use them to build a '
    + 'profile of your interests and show you relevant adverts on other sites, based on your browser and device.',
  'You can change your choices at any time, withdraw your consent, or object to processing based on legitimate '
    + 'interest, by opening this preference centre from the link at the bottom of every page of our site.',
];

const paragraphs = (list: string[]) => list.map((text) => `<p>${text}</p>`).join('\n');

const consentPage = (dialogAttributes: string) => documentFromHtml(`<!doctype html><html lang="en"><head>
  <title>Harbour dredging postponed | The Quay Gazette</title></head><body>
  <div class="site-top"><a href="/">The Quay Gazette</a></div>
  <div class="story"><h1>Harbour dredging postponed after mine found</h1>${paragraphs(STORY)}</div>
  <div id="consent-sdk"><div id="consent-centre" class="cmp-container cmp-closed" ${dialogAttributes}>
    <h2>Your privacy choices</h2>${paragraphs(CONSENT)}<button>Accept all</button><button>Reject all</button></div></div>
  </body></html>`);

describe('analyzeDocument on a page with a closed consent centre', () => {
  it.each([
    'aria-modal="true" role="region"',
    'role="dialog"',
    'role="alertdialog" aria-modal="true"',
  ])('reads the story, not the consent text (%s)', (attributes) => {
    const doc = consentPage(attributes);
    const before = doc.documentElement.outerHTML;
    const result = analyzeDocument(doc);
    const text = analysedText(result) ?? '';
    expect(result.isArticle).toBe(true);
    expect(text).toContain('The dredging contractor did not respond to a request for comment');
    expect(text).not.toContain('cookies');
    expect(result.report?.findings.map((f) => f.kind)).toEqual(expect.arrayContaining(['anonymous_source', 'non_answer']));
    // The page keeps its dialog: only the copy Readability reads loses it.
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('prepareClone and overlay dialogs', () => {
  it('removes <dialog> and dialog-role elements that are not the page\'s content', () => {
    const doc = documentFromHtml(`<body><div class="story">${paragraphs(STORY)}</div>
      <dialog id="signup"><p>Sign up for our morning newsletter.</p></dialog>
      <div role="dialog" id="consent">${paragraphs(CONSENT.slice(0, 1))}</div></body>`);
    prepareClone(doc);
    expect(doc.getElementById('signup')).toBeNull();
    expect(doc.getElementById('consent')).toBeNull();
    expect(doc.body.textContent).toContain(STORY[3]);
  });

  it('keeps a dialog that holds a marked story, or nearly all of the page\'s paragraph text', () => {
    const marked = documentFromHtml(`<body><div role="dialog" aria-modal="true" id="reader"><article>${paragraphs(STORY)}</article></div>
      <div class="more">${paragraphs(CONSENT)}</div></body>`);
    prepareClone(marked);
    expect(marked.getElementById('reader')).not.toBeNull();

    const unmarked = documentFromHtml(`<body><div class="menu"><a href="/">Home</a></div>
      <div aria-modal="true" id="reader"><div class="text">${paragraphs(STORY)}</div></div></body>`);
    prepareClone(unmarked);
    expect(unmarked.getElementById('reader')).not.toBeNull();
  });
});

// Stories Readability's readerable check misses (short paragraphs, text outside <p>) still count as
// articles when the page declares itself one and has prose enough (declared-article.ts); pages that
// make no such claim, or claim it over a few lines, still do not.
import { describe, expect, it } from 'vitest';
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { declaresArticle, hasProse } from '../../../src/page/declared-article';
import { analysedText, analyzeDocument, mayBeArticle } from '../../../src/page/index';
import { documentFromHtml, readFixturePage } from '../../helpers/fixture-pages';

// An invented wire story: five paragraphs, none of 140 characters, about 660 in all.
const SHORT_PARAGRAPHS = [
  'LAKEPORT (Wire) — The regional water board raised its drought warning to amber on Thursday.',
  'Reservoir levels fell to 41% of capacity in May, the lowest for the month in twenty years.',
  'Farmers in the valley will be asked to cut irrigation by a fifth from the first of July.',
  'A board official, who was not authorised to speak publicly, said a hosepipe ban was likely.',
  'The board did not respond to a request for comment on when the ban would be announced.',
  'Rain is forecast for the coast next week, but little of it is expected to reach the hills.',
];

const OG_ARTICLE = '<meta property="og:type" content="article">';
const LD_ARTICLE = '<script type="application/ld+json">{"@context":"https://schema.org","@type":["WebPage","ReportageNewsArticle"],"headline":"Drought warning raised"}</script>';

const page = (head: string, story: string) => documentFromHtml(`<!doctype html><html lang="en"><head>
  <title>Drought warning raised | Lakeport Wire</title>${head}</head><body>
  <header><nav><a href="/">Lakeport Wire</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
  <main><h1>Drought warning raised as reservoirs fall</h1>${story}</main>
  <footer><p>© Lakeport Wire</p></footer></body></html>`);

const shortStory = SHORT_PARAGRAPHS.map((text) => `<p>${text}</p>`).join('\n');
// The same text straight in a <div>, each paragraph ended by an empty styled span instead of <p> or <br>.
const spanBrokenStory = `<div class="story-text">${SHORT_PARAGRAPHS.join('<span class="line-break"></span>')}</div>`;

describe('a story of short paragraphs', () => {
  it('is missed by Readability\'s readerable check (why the second test exists)', () => {
    expect(isProbablyReaderable(page(OG_ARTICLE, shortStory))).toBe(false);
  });

  it.each([['og:type=article', OG_ARTICLE], ['a JSON-LD NewsArticle type', LD_ARTICLE]])(
    'is an article when the page declares %s',
    (_what, head) => {
      const doc = page(head, shortStory);
      expect(mayBeArticle(doc)).toBe(true);
      const result = analyzeDocument(doc);
      expect(result.isArticle).toBe(true);
      expect(analysedText(result)).toContain('The board did not respond to a request for comment');
      expect(result.report?.findings.map((f) => f.kind)).toContain('non_answer');
    },
  );

  it('is not an article when the page makes no claim (the readerable check decides alone)', () => {
    expect(mayBeArticle(page('<meta property="og:type" content="website">', shortStory))).toBe(false);
  });
});

describe('a story told in a <div> split by empty spans', () => {
  it('is an article when declared, and its paragraphs stay apart in the analysed text', () => {
    const doc = page(LD_ARTICLE, spanBrokenStory);
    expect(isProbablyReaderable(doc)).toBe(false);
    const result = analyzeDocument(doc);
    expect(result.isArticle).toBe(true);
    const text = analysedText(result) ?? '';
    expect(text).toContain('twenty years.\nFarmers in the valley');
    expect(text).not.toMatch(/\.[A-Z]/);
  });
});

describe('declared pages without prose', () => {
  it('is not an article with only a headline, a caption and links (a video page)', () => {
    const doc = page(OG_ARTICLE, `<figure><video></video><figcaption>Watch: the reservoir from the air</figcaption></figure>
      <ul>${SHORT_PARAGRAPHS.map((text, i) => `<li><a href="/v/${i}">${text}</a></li>`).join('')}</ul>`);
    expect(declaresArticle(doc)).toBe(true);
    expect(hasProse(doc)).toBe(false);
    expect(mayBeArticle(doc)).toBe(false);
  });

  it('does not count hidden text or an overlay dialog as prose', () => {
    const hiddenStory = `<div hidden>${shortStory}</div><div role="dialog">${shortStory}</div>`;
    expect(hasProse(page(OG_ARTICLE, hiddenStory))).toBe(false);
  });

  it('leaves the project\'s section page a non-article', () => {
    expect(mayBeArticle(documentFromHtml(readFixturePage('not-article')))).toBe(false);
  });
});

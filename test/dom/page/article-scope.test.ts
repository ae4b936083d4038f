// Narrowing Readability to the marked story (article-scope.ts, clone-map.ts): which element is
// chosen, what is carried over from outside it, and that the narrowed clone leads back to the live
// page and gives the same findings as the whole page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleScope, bylineOutside, metadataOutside } from '../../../src/page/article-scope';
import { cloneWithTextMap } from '../../../src/page/clone-map';
import {
  MAX_ANALYSED_CHARS, analysePhase, basePage, readPhase, textPhase,
} from '../../../src/page/document-phases';
import { analyzeDocument } from '../../../src/page/index';
import type { PageReport } from '../../../src/core/types';
import { documentFromHtml } from '../../helpers/fixture-pages';
import { sharedFile } from '../../helpers/shared-dir';

// An invented local story: about 1,700 characters of paragraph text, with unnamed sources and a
// non-answer so the end-to-end report has findings.
const STORY = [
  'Riverside council has shelved its plan to hand the cross-river ferry to a private operator, three '
    + 'officials familiar with the decision said on Wednesday, after a cost review found the contract would '
    + 'raise fares by almost a third within two years.',
  'The review, commissioned in January and seen by the Ledger, put the annual saving to the council at '
    + 'less than half the figure promised when the tender opened. One of them said the finance committee had '
    + 'not been shown the full numbers until last week.',
  'Harbour Line, the company that won the tender in the autumn, declined to comment. A spokesperson for '
    + 'the council said only that "all options remain under consideration" and that a statement would follow '
    + 'after the cabinet meets next month.',
  'Ferry users have campaigned against the sale since it was first floated. Marta Kowalczyk, who chairs '
    + 'the Riverside Passengers Group, said the decision was "a relief, but not a victory", because the '
    + 'council had still not promised to keep the early morning crossings that shift workers depend on.',
  'The ferry carries about four thousand passengers a day between the old town and the business park on '
    + 'the east bank. Its two boats are more than thirty years old, and a survey last spring found that '
    + 'one of them would need a new engine before the end of the decade.',
  'A person close to the cabinet, who spoke on condition of anonymity because the talks are private, said '
    + 'the council would now look at running the service itself, with money from the regional transport '
    + 'fund. They said a decision was unlikely before the summer.',
];

const paragraphs = (list: string[] = STORY) => list.map((text) => `<p>${text}</p>`).join('\n');

/** Site chrome around the story: navigation, a most-read box, comment teasers, a footer; few <p>. */
const BEFORE = `<header><a href="/">The Riverside Ledger</a><nav><a href="/local">Local</a> <a href="/sport">Sport</a>
  <a href="/opinion">Opinion</a></nav></header>`;
const AFTER = `<aside><h2>Most read</h2><ul><li><a href="/tram-fares">Tram fares rise again</a></li>
  <li><a href="/market">Night market moves to the quay</a></li></ul></aside>
  <section class="comments"><h2>Comments</h2><div><p>Finally some sense.</p></div><div><p>About time too.</p></div></section>
  <footer><p>© The Riverside Ledger</p></footer>`;

const page = (body: string, head = '<title>Ferry sale shelved | The Riverside Ledger</title>') =>
  documentFromHtml(`<!doctype html><html lang="en-GB"><head>${head}</head><body class="story-page">${body}</body></html>`);

describe('articleScope', () => {
  it('picks the <article> holding the story among the site chrome', () => {
    const doc = page(`${BEFORE}<article><h1>Ferry sale shelved</h1>${paragraphs()}</article>${AFTER}`);
    expect(articleScope(doc)).toBe(doc.querySelector('article'));
  });

  it.each([
    ['<main>', 'main'],
    ['<div role="main">', 'div'],
    ['<div itemprop="articleBody">', 'div'],
    ['<section itemprop="text articleBody">', 'section'], // itemprop is a word list
  ])('recognises %s as a story marker', (open, tag) => {
    const doc = page(`${BEFORE}${open}${paragraphs()}</${tag}>${AFTER}`);
    expect(articleScope(doc)).toBe(doc.querySelector(tag === 'main' ? 'main' : `body > ${tag}`));
  });

  it('picks the innermost candidate that holds the story', () => {
    const nested = page(`${BEFORE}<main><article>${paragraphs()}</article><div class="share">Share this</div></main>${AFTER}`);
    expect(articleScope(nested)).toBe(nested.querySelector('article'));

    const body = page(`<article><h1>Ferry sale shelved</h1><div itemprop="articleBody">${paragraphs()}</div></article>${AFTER}`);
    expect(articleScope(body)).toBe(body.querySelector('[itemprop="articleBody"]'));
  });

  it('keeps the outer candidate when the inner one misses more than a tenth of the story', () => {
    // A long standfirst outside the marked body is about a sixth of the paragraph text.
    const [standfirst, ...rest] = STORY;
    const doc = page(`<article><p>${standfirst}</p><div itemprop="articleBody">${paragraphs(rest)}</div></article>${AFTER}`);
    expect(articleScope(doc)).toBe(doc.querySelector('article'));
  });

  it('returns null when nothing is marked', () => {
    expect(articleScope(page(`${BEFORE}<div class="story">${paragraphs()}</div>${AFTER}`))).toBeNull();
  });

  it('returns null when the story is split between the article and a sibling', () => {
    const doc = page(`<article>${paragraphs(STORY.slice(0, 4))}</article><div class="story-more">${paragraphs(STORY.slice(4))}</div>`);
    expect(articleScope(doc)).toBeNull();
  });

  it('leaves pages with more than 40 marked elements whole', () => {
    const teasers = (n: number) => Array.from({ length: n }, (_, i) => `<article class="teaser"><a href="/n/${i}">Headline ${i}</a></article>`).join('');
    // 39 teasers and the story make 40 candidates: still narrowed. One more teaser and it is not.
    const forty = page(`${teasers(39)}<article id="story">${paragraphs()}</article>`);
    expect(articleScope(forty)).toBe(forty.getElementById('story'));
    expect(articleScope(page(`${teasers(40)}<article id="story">${paragraphs()}</article>`))).toBeNull();
  });

  it('returns null when there is too little paragraph text to call a story', () => {
    // The article holds all of the paragraph text either way: only the amount differs.
    const short = page(`${BEFORE}<article><p>${STORY[0]!.slice(0, 200)}</p></article>`);
    expect(articleScope(short)).toBeNull();
    const enough = page(`${BEFORE}<article>${paragraphs(STORY.slice(0, 3))}</article>`);
    expect(articleScope(enough)).toBe(enough.querySelector('article'));
  });
});

describe('metadataOutside', () => {
  it('lists the title, meta tags, JSON-LD and headings outside the scope, and none inside it', () => {
    const doc = page(`<script type="application/ld+json" id="ld-out">{}</script>
      <meta itemprop="datePublished" content="2031-03-05" id="meta-out"><h1 id="h1-out">Ferry sale shelved</h1>
      <script id="plain-script">void 0</script>
      <article><h2 id="h2-in">The review</h2><script type="application/ld+json" id="ld-in">{}</script>
      <meta itemprop="wordCount" content="420" id="meta-in">${paragraphs()}</article>`,
    '<title id="title">Ferry sale shelved</title><meta name="description" content="The sale is off" id="meta-head"><style>p{}</style>');
    const scope = articleScope(doc)!;
    expect(scope).toBe(doc.querySelector('article'));
    expect(metadataOutside(doc, scope).map((el) => el.id)).toEqual(['title', 'meta-head', 'ld-out', 'meta-out', 'h1-out']);
  });
});

describe('bylineOutside', () => {
  const withByline = (before: string) => {
    const doc = page(`${BEFORE}${before}<article>${paragraphs()}</article>${AFTER}`);
    return bylineOutside(doc, articleScope(doc)!);
  };

  it('finds a byline placed before the article', () => {
    expect(withByline('<span class="byline">By Jane Roe</span>')).toBe('By Jane Roe');
  });

  it.each([
    '<a rel="author" href="/staff/jroe">By Jane Roe</a>',
    '<span itemprop="author">By Jane Roe</span>',
    '<div id="story-Author-box">By Jane Roe</div>', // class and id match in any case
  ])('recognises Readability\'s byline markers: %s', (marker) => {
    expect(withByline(marker)).toBe('By Jane Roe');
  });

  it.each(['hidden', 'aria-hidden="true"', 'style="display:none"', 'style="DISPLAY : none"'])(
    'skips a byline hidden by %s and takes the next visible one',
    (attribute) => {
      expect(withByline(`<span class="byline" ${attribute}>By Old Name</span><span class="byline">By Jane Roe</span>`)).toBe('By Jane Roe');
    },
  );

  it('takes the first marked element in page order, whichever marker it carries', () => {
    // jsdom lists matches of `[class*=… i]` selectors grouped by selector (here: byline before
    // author); the answer must still be the one a browser would give.
    expect(withByline('<div class="author-note">Written by Sam Poe</div><span class="byline">By Jane Roe</span>')).toBe('Written by Sam Poe');
  });

  it('skips text of 100 characters or more (an author box, not a byline)', () => {
    const bio = 'x'.repeat(100);
    expect(withByline(`<span class="byline">${bio}</span><span class="byline">By Jane Roe</span>`)).toBe('By Jane Roe');
    expect(withByline(`<span class="byline">${bio.slice(1)}</span>`)).toBe(bio.slice(1));
  });

  it('returns null when there is none outside the scope', () => {
    expect(withByline('')).toBeNull();
    // One inside the story is Readability's own to find.
    const doc = page(`<article><span class="byline">By Jane Roe</span>${paragraphs()}</article>`);
    expect(bylineOutside(doc, articleScope(doc)!)).toBeNull();
  });
});

describe('cloneWithTextMap with a scope', () => {
  const HEAD = `<title>Ferry sale shelved | The Riverside Ledger</title><meta name="author" content="Jane Roe">
    <style>/* page-styles */ ${'.promo{color:red}'.repeat(2000)}</style><script>window.pageScript = 1;</script>`;
  const BODY = `${BEFORE}<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry sale shelved"}</script>
    <article><h1>Ferry sale shelved</h1>${paragraphs()}</article>${AFTER}`;

  it('clones the scope and its metadata only, and maps clone text back to live text inside the scope', () => {
    const doc = page(BODY, HEAD);
    const before = doc.documentElement.outerHTML;
    const scope = articleScope(doc)!;
    const metadata = metadataOutside(doc, scope);
    const { clone, liveTextFor } = cloneWithTextMap(doc, { root: scope, metadata, maxTextChars: Infinity });

    // <head>: copies of the metadata, none of the page's styles or scripts.
    expect(Array.from(clone.head.children, (el) => el.outerHTML)).toEqual(metadata.map((el) => el.outerHTML));
    expect(clone.querySelector('style')).toBeNull();
    expect(clone.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
    expect(clone.documentElement.outerHTML).not.toContain('page-styles');
    // <html> and <body> keep their attributes (Readability reads the language there); the body holds the scope alone.
    expect(clone.documentElement.getAttribute('lang')).toBe('en-GB');
    expect(clone.body.className).toBe('story-page');
    expect(Array.from(clone.body.children, (el) => el.outerHTML)).toEqual([scope.outerHTML]);

    const walker = clone.createTreeWalker(clone.body, 0x4);
    const lives = new Set<Text>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const live = liveTextFor(node as Text);
      expect(live?.data).toBe((node as Text).data);
      expect(live && scope.contains(live)).toBe(true);
      lives.add(live!);
    }
    // Each clone node has its own live node, and the story's paragraphs are among them.
    expect(lives.size).toBeGreaterThanOrEqual(STORY.length + 1);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('finds the live node by its text for a node Readability re-created', () => {
    const doc = page(BODY, HEAD);
    const scope = articleScope(doc)!;
    const { clone, liveTextFor } = cloneWithTextMap(doc, { root: scope, metadata: metadataOutside(doc, scope), maxTextChars: Infinity });
    const live = liveTextFor(clone.createTextNode(STORY[2]!));
    expect(live).toBe(scope.querySelectorAll('p')[2]!.firstChild);
  });
});

describe('analyzeDocument on a narrowed page', () => {
  it('reports the byline outside the article and the title from JSON-LD in the body', () => {
    const doc = page(`${BEFORE}<div class="story-top"><span class="byline">By Jane Roe</span>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Riverside shelves ferry sale after cost review"}</script></div>
      <article><h1>Ferry sale shelved</h1>${paragraphs()}</article>${AFTER}`);
    const before = doc.documentElement.outerHTML;
    // The narrowed path is the one under test.
    expect(articleScope(doc)).toBe(doc.querySelector('article'));
    const result = analyzeDocument(doc);
    expect(result.isArticle).toBe(true);
    expect(result.byline).toBe('By Jane Roe');
    expect(result.title).toBe('Riverside shelves ferry sale after cost review');
    expect(result.report?.findings.map((f) => f.text)).toContain('One of them said');
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

// The 38 real pages of ../shared/corpus (read at run time; skipped when absent).
const index = sharedFile('corpus/index.tsv');
if (!index) console.warn('../shared/corpus is absent: narrowed-versus-whole corpus check skipped');
const rows = index ? readFileSync(index, 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t')) : [];

/** The report when Readability reads the whole page: the phases, without the narrowing (or the cap). */
function wholePageReport(doc: Document): PageReport {
  const base = basePage(doc);
  const plan = { root: doc.body, metadata: metadataOutside(doc, doc.body), maxTextChars: Infinity };
  const read = readPhase({ ...cloneWithTextMap(doc, plan), doc, scope: null }, base);
  if (!('article' in read)) return read;
  const walked = textPhase(read, base, MAX_ANALYSED_CHARS);
  return 'text' in walked ? analysePhase(walked, base) : walked;
}

const findingsOf = (page: PageReport) => (page.report?.findings ?? []).map((f) => `${f.kind}:${f.text}`);

describe.skipIf(!index)('narrowing on the corpus pages', () => {
  const narrowed: string[] = [];
  let findingsOnNarrowed = 0;

  // index.tsv columns: id, kind, publisher, title, words, url, ...
  it.each(rows.map((row) => [row[0]!, row[5] ?? '']))('changes no finding on %s', (id, url) => {
    const html = readFileSync(path.join(path.dirname(index ?? ''), 'pages', `${id}.html`), 'utf8');
    const parse = () => new JSDOM(html, { url: /^https?:/.test(url) ? url : 'https://example.org/', virtualConsole: new VirtualConsole() })
      .window.document;
    const doc = parse();
    const whole = wholePageReport(doc);
    expect(whole.isArticle).toBe(true);
    expect(findingsOf(analyzeDocument(parse()))).toEqual(findingsOf(whole));
    if (articleScope(doc)) {
      narrowed.push(id);
      findingsOnNarrowed += findingsOf(whole).length;
    }
  }, 120_000); // two jsdom parses of a large page on a shared two-core machine

  it('narrows most of them, and finds something (the comparisons above are not vacuous)', () => {
    expect(narrowed.length).toBeGreaterThanOrEqual(15);
    expect(findingsOnNarrowed).toBeGreaterThan(0);
  });
});

// The live-node mapping, tested directly: any span of the analysed text maps to a live Range whose
// text is that span (with whitespace collapsed as the analysed text collapses it).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analysedText, analyzeDocument, spanRange } from '../../../src/page/index';
import { cloneWithTextMap } from '../../../src/page/clone-map';
import { documentFromHtml, readFixturePage } from '../../helpers/fixture-pages';

// Hundreds of runs each; generous for a shared, busy machine (no timing is asserted).
const PROPERTY_TIMEOUT = 60_000;
const collapse = (s: string) => s.replace(/[ \t\n\r\f\u00a0]+/g, ' ');

/** [start, end) pairs inside one paragraph of `text` (paragraphs split by "\n\n"). */
function paragraphSpans(text: string): fc.Arbitrary<[number, number]> {
  const paragraphs: Array<[number, number]> = [];
  let at = 0;
  for (const part of text.split('\n\n')) {
    paragraphs.push([at, at + part.length]);
    at += part.length + 2;
  }
  return fc.constantFrom(...paragraphs).chain(([from, to]) =>
    fc.tuple(fc.integer({ min: from, max: to - 1 }), fc.integer({ min: from + 1, max: to }))
      .filter(([s, e]) => s < e));
}

// Inline markup, wrapped lines, entities and a run of whitespace split across elements.
const INLINE_PAGE = `<!doctype html><html><head><title>Ferry fares rise</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
  <h1>Ferry fares rise for the first time in a decade</h1>
  <p>The <a href="/ports">Port Authority</a> raised ferry fares by <strong>12&nbsp;percent</strong> on Monday,&nbsp;&nbsp;
     a decision that <em>commuters</em> on the   island routes had feared for months, officials said.</p>
  <p>Board chair <span class="name">Ada <b>Lindgren</b></span> said the increase would pay for two new vessels.
     "We cannot keep the old boats running forever," she said, adding that <i>discounts</i> for students
     and seniors would stay &amp; might even grow.</p>
  <p>Riders at the downtown terminal were unhappy. <a href="/x">Marta Quiroga</a>, a nurse who crosses twice a day, said
     the new fare would cost her about $40 more each month. "That is a week of groceries," she said.</p>
  <p>The authority said ridership had recovered to 91 percent of its level before the pandemic, and that
     fuel costs had nearly doubled since the last increase. A public hearing is set for next Thursday.</p>
</article>
<footer>Footer links</footer>
</body></html>`;

describe('spanRange maps analysed-text spans back to live text', () => {
  it('gives exactly the span for any span inside a paragraph of a plain page', () => {
    const page = analyzeDocument(documentFromHtml(readFixturePage('on-record-article')));
    const text = analysedText(page) ?? '';
    expect(text.length).toBeGreaterThan(500);
    fc.assert(fc.property(paragraphSpans(text), ([s, e]) => {
      expect(spanRange(page, s, e)?.toString()).toBe(text.slice(s, e));
    }), { numRuns: 300 });
  }, PROPERTY_TIMEOUT);

  it('crosses inline elements and collapsed whitespace', () => {
    const page = analyzeDocument(documentFromHtml(INLINE_PAGE));
    const text = analysedText(page) ?? '';
    expect(text).toContain('the island routes had feared');
    expect(text).toContain('Board chair Ada Lindgren said');
    expect(text).toContain('would stay & might even grow.');
    expect(text).toContain('by 12 percent on Monday, a decision');
    fc.assert(fc.property(paragraphSpans(text), ([s, e]) => {
      const range = spanRange(page, s, e);
      expect(range).not.toBeNull();
      expect(collapse(range?.toString() ?? '')).toBe(text.slice(s, e));
    }), { numRuns: 400 });
  }, PROPERTY_TIMEOUT);

  it('spans paragraphs: the Range covers the same words', () => {
    const page = analyzeDocument(documentFromHtml(INLINE_PAGE));
    const text = analysedText(page) ?? '';
    fc.assert(fc.property(fc.integer({ min: 0, max: text.length - 1 }), fc.integer({ min: 1, max: text.length }),
      (a, b) => {
        const [s, e] = a < b ? [a, b] : [b, a + 1];
        const slice = collapse(text.slice(s, e)).trim();
        const range = spanRange(page, s, e);
        if (slice === '') return; // only a paragraph break: nothing in the page to cover
        expect(collapse(range?.toString() ?? '').trim()).toBe(slice);
      }), { numRuns: 300 });
  }, PROPERTY_TIMEOUT);

  it('returns live nodes of the page, not of the clone', () => {
    const doc = documentFromHtml(INLINE_PAGE);
    const page = analyzeDocument(doc);
    const range = spanRange(page, 0, 10);
    expect(range?.startContainer.ownerDocument).toBe(doc);
    expect(range?.startContainer.isConnected).toBe(true);
  });

  it('refuses spans outside the text, empty spans and reports it did not make', () => {
    const page = analyzeDocument(documentFromHtml(INLINE_PAGE));
    const length = analysedText(page)?.length ?? 0;
    expect(spanRange(page, -1, 4)).toBeNull();
    expect(spanRange(page, 5, 5)).toBeNull();
    expect(spanRange(page, 0, length + 1)).toBeNull();
    expect(spanRange(JSON.parse(JSON.stringify(page)), 0, 4)).toBeNull();
  });

  it('returns null once the page has removed the text', () => {
    const doc = documentFromHtml(INLINE_PAGE);
    const page = analyzeDocument(doc);
    expect(spanRange(page, 0, 8)).not.toBeNull();
    doc.querySelector('article')?.remove();
    expect(spanRange(page, 0, 8)).toBeNull();
  });

  it('still maps when Readability re-creates the nodes (its retry re-parses the markup)', () => {
    // The article sits in a "sidebar": Readability's first pass strips it, comes up short and
    // retries on freshly parsed markup, so the clone's nodes are no longer the ones first cloned.
    const para = (n: number) => `<p>Paragraph ${n} reports that the county library will extend its opening hours on weekends starting next month, after a survey of more than two thousand residents found strong demand for evening study space and for children's reading programmes on Saturdays.</p>`;
    const html = `<html><head><title>Library hours</title></head><body><div class="sidebar">${para(1)}${para(2)}</div></body></html>`;
    const doc = documentFromHtml(html);
    const page = analyzeDocument(doc);
    const text = analysedText(page) ?? '';
    expect(page.isArticle).toBe(true);
    expect(text).toContain('Paragraph 2 reports');
    const start = text.indexOf('Paragraph 2');
    const range = spanRange(page, start, start + 40);
    expect(range?.toString()).toBe(text.slice(start, start + 40));
    expect(range?.startContainer.ownerDocument).toBe(doc);
  });
});

describe('cloneWithTextMap', () => {
  it('pairs clone text nodes with live ones, and re-created nodes by identical text in order', () => {
    const doc = documentFromHtml('<body><p>Read more</p><div><p>Other</p><p>Read more</p></div></body>');
    const { clone, liveTextFor } = cloneWithTextMap(doc, { root: doc.body, metadata: [], maxTextChars: Infinity });
    const live = Array.from(doc.querySelectorAll('p'), (p) => p.firstChild as Text);
    const copies = Array.from(clone.querySelectorAll('p'), (p) => p.firstChild as Text);
    expect(copies.map((c) => liveTextFor(c))).toEqual(live);

    const fresh = clone.createTextNode('Read more');
    const fresh2 = clone.createTextNode('Read more');
    expect(liveTextFor(fresh)).toBe(live[0]);
    expect(liveTextFor(fresh2)).toBe(live[2]);
    expect(liveTextFor(clone.createTextNode('not on the page'))).toBeNull();
  });
});

// The copy Readability reads: the page's text up to a cap, in page order, shaped exactly like the
// live tree as far as it goes (so text nodes pair in order), scripts and styles never counted.
import { describe, expect, it } from 'vitest';
import { copyForReading } from '../../../src/page/clone-copy';
import { cloneWithTextMap } from '../../../src/page/clone-map';
import { analysedText, analyzeDocument } from '../../../src/page/index';
import { documentFromHtml } from '../../helpers/fixture-pages';

const paragraph = (i: number) => `<p>Paragraph ${i} of the council report, on the harbour and its repairs.</p>`;
const PARAGRAPH_CHARS = 'Paragraph 1 of the council report, on the harbour and its repairs.'.length;

function pageOf(body: string): Document {
  return documentFromHtml(`<!doctype html><html lang="en"><head><title>Harbour</title><style>p{}</style></head><body class="b">${body}</body></html>`);
}

function texts(root: Node): string[] {
  const walker = root.ownerDocument!.createTreeWalker(root, 0x4);
  const out: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push((n as Text).data);
  return out;
}

describe('copyForReading', () => {
  it('copies everything when the text fits, and says nothing was cut', () => {
    const doc = pageOf(`<article>${paragraph(1)}${paragraph(2)}</article>`);
    const { clone, cut } = copyForReading(doc, { root: doc.body, metadata: [], maxTextChars: 10_000 });
    expect(cut).toBe(false);
    expect(clone.body.outerHTML).toBe(doc.body.outerHTML);
  });

  it('stops in page order once the cap is reached, keeping a prefix of the live tree', () => {
    const doc = pageOf(`<article><div>${paragraph(1)}${paragraph(2)}</div><div>${paragraph(3)}${paragraph(4)}</div></article>`);
    const { clone, cut } = copyForReading(doc, { root: doc.body, metadata: [], maxTextChars: PARAGRAPH_CHARS * 2 + 5 });
    expect(cut).toBe(true);
    const copied = texts(clone.body);
    // Two paragraphs fit; the third overflows and is taken whole (the text walk cuts it); the fourth is left out.
    expect(copied).toEqual(texts(doc.body).slice(0, 3));
    expect(clone.body.textContent).not.toContain('Paragraph 4');
  });

  it('copies scripts and styles without counting their text against the cap', () => {
    const blob = `<script type="application/json">${'{"x":1}'.repeat(2000)}</script>`;
    const doc = pageOf(`<article>${blob}${paragraph(1)}${paragraph(2)}</article>`);
    const { clone, cut } = copyForReading(doc, { root: doc.body, metadata: [], maxTextChars: PARAGRAPH_CHARS * 2 + 5 });
    expect(cut).toBe(false);
    expect(clone.body.textContent).toContain('Paragraph 2');
  });

  it('puts a narrower root inside a copy of the body, and only the metadata in the head', () => {
    const doc = pageOf(`<nav>Menu</nav><article>${paragraph(1)}</article>`);
    const article = doc.querySelector('article')!;
    const title = doc.querySelector('title')!;
    const { clone, copyRoot } = copyForReading(doc, { root: article, metadata: [title], maxTextChars: 10_000 });
    expect(clone.body.className).toBe('b');
    expect(clone.body.children).toHaveLength(1);
    expect(clone.body.firstChild).toBe(copyRoot);
    expect(clone.head.innerHTML).toBe('<title>Harbour</title>');
    expect(clone.documentElement.getAttribute('lang')).toBe('en');
  });
});

describe('cloneWithTextMap with a capped copy', () => {
  it('pairs every copied text node with its live node', () => {
    const doc = pageOf(`<article>${Array.from({ length: 6 }, (_, i) => paragraph(i)).join('')}</article>`);
    const { clone, liveTextFor, cut } = cloneWithTextMap(doc, { root: doc.body, metadata: [], maxTextChars: PARAGRAPH_CHARS * 3 });
    expect(cut).toBe(true);
    const walker = clone.createTreeWalker(clone.body, 0x4);
    let paired = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const live = liveTextFor(n as Text);
      expect(live?.data).toBe((n as Text).data);
      expect(doc.body.contains(live)).toBe(true);
      paired++;
    }
    expect(paired).toBeGreaterThanOrEqual(3);
  });
});

describe('analyzeDocument on a page far longer than the cap', () => {
  it('reads only the start of it and says the report is partial', () => {
    const doc = pageOf(`<article><h1>Harbour</h1>${Array.from({ length: 200 }, (_, i) => paragraph(i)).join('')}</article>`);
    const page = analyzeDocument(doc, { maxChars: 1_000 });
    expect(page.isArticle).toBe(true);
    expect(page.partial).toBe(true);
    expect(analysedText(page)!.length).toBeLessThanOrEqual(1_000);
    expect(analysedText(page)).toContain('Paragraph 0 of the council report');
  });
});

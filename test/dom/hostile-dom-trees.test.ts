// Property tests over random, hostile DOM trees: whatever the page holds (markup-looking text, NUL,
// emoji, right-to-left script, huge words, odd nesting), analyzeDocument never throws, every finding
// maps back to a live Range whose text is exactly the finding's text, and nothing is found inside
// code, pre, script or style. The page is never modified by the analysis.
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, findingRange } from '../../src/page/index';

const SENTENCES = [
  'Two officials familiar with the talks said the deal was close.',
  'The ministry declined to comment on the report.',
  'A spokesperson for the mayor did not respond to a request for comment.',
  'Sources said the vote would be delayed until spring.',
  'A senior official, who spoke on condition of anonymity, confirmed the move.',
  'Maria Lopez, the city treasurer, said the figures were final.',
  'According to court documents, the contract was signed in May.',
  'The company could not be reached for comment.',
  'People briefed on the matter said the plan had changed.',
];
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '</style><script>alert(2)</script>',
  'javascript:alert(3)',
  '\u0000',
  'a\u0000b',
  '📰🔥👩‍👩‍👧 ',
  'قال مسؤولون إن الخطة تغيرت',
  '\u202Egnirts desrever\u202C',
  'מקורות אמרו',
  'x'.repeat(5_000),
  '&lt;b&gt; &amp;amp;',
  '\uD800', // a lone surrogate
  '\u00A0\u2028\u2029',
  ' ',
];

const textArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SENTENCES) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...SENTENCES, ...HOSTILE), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' ')) },
);

type Tree = { tag: string; children: Tree[] } | { text: string };
interface Paragraph {
  lead: string[];
  extra: Tree[];
}
const TAGS = ['p', 'div', 'span', 'em', 'a', 'br', 'code', 'pre', 'script', 'style', 'blockquote', 'strong'];

const treeArb: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textArb.map((text): Tree => ({ text })),
    fc.record({ tag: fc.constantFrom(...TAGS), children: fc.array(tie('node'), { maxLength: 5 }) }),
  ),
})).node;

/** The bulk of an article, so that pages look readerable and findings actually happen. */
const articleArb = fc.array(
  fc.record({ lead: fc.array(fc.constantFrom(...SENTENCES), { minLength: 2, maxLength: 5 }), extra: fc.array(treeArb, { maxLength: 3 }) }),
  { minLength: 1, maxLength: 6 },
);

function build(doc: Document, parent: Node, tree: Tree): void {
  if ('text' in tree) {
    parent.appendChild(doc.createTextNode(tree.text));
    return;
  }
  const el = doc.createElement(tree.tag);
  if (tree.tag === 'a') el.setAttribute('href', 'javascript:alert(4)');
  parent.appendChild(el);
  if (tree.tag !== 'br') for (const child of tree.children) build(doc, el, child);
}

function pageFor(paragraphs: Paragraph[]): Document {
  const doc = new JSDOM('<!doctype html><title>Hostile</title><body></body>', { url: 'https://news.example.org/story' }).window.document;
  const article = doc.createElement('article');
  const heading = doc.createElement('h1');
  heading.textContent = 'A story with odd text in it';
  article.append(heading);
  for (const { lead, extra } of paragraphs) {
    const p = doc.createElement('p');
    p.append(doc.createTextNode(lead.join(' ')));
    for (const tree of extra) build(doc, p, tree);
    article.append(p);
  }
  doc.body.append(article);
  return doc;
}

const NEVER_HIGHLIGHTED = 'code, pre, script, style, textarea, [contenteditable]';
const RAW_TEXT = new Set(['script', 'style']);

/** The same random page as server markup: the HTML parser normalises the nesting (no p in p). */
function markupFor(paragraphs: Paragraph[]): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const render = (tree: Tree, raw: boolean): string => {
    if ('text' in tree) return raw ? tree.text.replace(/</g, '') : escape(tree.text);
    if (tree.tag === 'br') return '<br>';
    const href = tree.tag === 'a' ? ' href="javascript:alert(4)"' : '';
    const inner = tree.children.map((child) => render(child, raw || RAW_TEXT.has(tree.tag))).join('');
    return `<${tree.tag}${href}>${inner}</${tree.tag}>`;
  };
  const body = paragraphs.map(({ lead, extra }) => `<p>${escape(lead.join(' '))}${extra.map((tree: Tree) => render(tree, false)).join('')}</p>`).join('\n');
  return `<!doctype html><title>Hostile</title><body><article><h1>A story with odd text in it</h1>${body}</article></body>`;
}

interface Outcome {
  findings: number;
  unmapped: string[];
}

/** Runs the analysis and checks what must hold on any page; returns what it found. */
function checkPage(doc: Document): Outcome {
  const before = doc.body.outerHTML;
  const page = analyzeDocument(doc);
  expect(doc.body.outerHTML).toBe(before);
  const findings = page.report?.findings ?? [];
  const unmapped: string[] = [];
  for (const finding of findings) {
    const range = findingRange(page, finding);
    if (!range) {
      unmapped.push(finding.text);
      continue;
    }
    expect(range.toString()).toBe(finding.text);
    const node = range.commonAncestorContainer;
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    expect(element?.closest(NEVER_HIGHLIGHTED) ?? null).toBeNull();
  }
  return { findings: findings.length, unmapped };
}

describe('analyzeDocument on hostile DOM trees', () => {
  it('server markup: never throws, every finding has a live range with exactly its text, code is left alone', () => {
    let pagesWithFindings = 0;
    fc.assert(
      fc.property(articleArb, (paragraphs) => {
        const doc = new JSDOM(markupFor(paragraphs), { url: 'https://news.example.org/story' }).window.document;
        const outcome = checkPage(doc);
        if (outcome.findings > 0) pagesWithFindings++;
        expect(outcome.unmapped).toEqual([]);
      }),
      { numRuns: 100, seed: 20261124 },
    );
    // The generator is only useful if it produces pages the detector has something to say about.
    expect(pagesWithFindings).toBeGreaterThan(40);
  }, 120_000); // a hundred jsdom pages: slow on a loaded two-core machine

  it('script-built trees (any nesting, e.g. <p> inside <a> inside <p>): never throws, mapped ranges are exact', () => {
    let findings = 0;
    let unmapped = 0;
    fc.assert(
      fc.property(articleArb, (paragraphs) => {
        const outcome = checkPage(pageFor(paragraphs));
        findings += outcome.findings;
        unmapped += outcome.unmapped.length;
      }),
      { numRuns: 60, seed: 20261125 },
    );
    expect(findings).toBeGreaterThan(0);
    // Readability rebuilds some invalid nestings, and text it rebuilds has no live node to point at:
    // such findings stay in the report without a highlight. They must remain the exception.
    expect(unmapped / findings).toBeLessThan(0.25);
  }, 120_000);

  it('keeps markup-looking page text as plain data in the report', () => {
    const doc = new JSDOM('<!doctype html><title>t</title><body><article></article></body>', { url: 'https://news.example.org/x' }).window.document;
    const article = doc.querySelector('article') as HTMLElement;
    for (let i = 0; i < 4; i++) {
      const p = doc.createElement('p');
      p.textContent = `Officials said <img src=x onerror=alert(${i})> was in the file, and the agency declined to comment </style><script>alert(1)</script>. ${SENTENCES.join(' ')}`;
      article.append(p);
    }
    const page = analyzeDocument(doc);
    const json = JSON.stringify(page);
    expect(page.report?.findings.length ?? 0).toBeGreaterThan(0);
    // The report is text: whatever it quotes is a string, and it round-trips unchanged.
    expect(JSON.parse(json)).toEqual(page);
    expect(page.report?.findings.some((f) => f.sentence.includes('<img src=x onerror='))).toBe(true);
  });
});

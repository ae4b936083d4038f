// Readability reads the whole document, and on a large news page its parse() is the longest block of
// work the extension does. Most article pages mark the story itself (<article>, <main>, role=main,
// itemprop=articleBody); when one such element holds nearly all of the page's paragraph text,
// Readability is handed a copy of that element alone, plus what it reads for metadata. It still does
// its own cleaning inside it (share bars, related links, captions), so it returns the same story,
// found in a fraction of the tree. Anything less clear-cut gets the whole page.

export const CANDIDATES = 'article, main, [role="main"], [itemprop~="articleBody"]';

/** Share of the page's paragraph text the element must hold: what it leaves out is at most a stray paragraph or two. */
export const MIN_SHARE = 0.9;

/** Below this much paragraph text there is no clear story to narrow to (and little work to save). */
const MIN_PARAGRAPH_CHARS = 500;

/** Pages that mark dozens of teasers as <article> (front pages, live blogs) are left to Readability whole. */
const MAX_CANDIDATES = 40;

/**
 * The smallest marked element that holds at least MIN_SHARE of the body's paragraph text, or null
 * when there is none (then Readability reads the whole document).
 */
export function articleScope(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const candidates = body.querySelectorAll(CANDIDATES);
  if (candidates.length === 0 || candidates.length > MAX_CANDIDATES) return null;
  const total = paragraphChars(body);
  if (total < MIN_PARAGRAPH_CHARS) return null;
  let best: Element | null = null;
  let bestSize = Infinity;
  for (const el of Array.from(candidates)) {
    if (paragraphChars(el) < MIN_SHARE * total) continue;
    const size = el.textContent?.length ?? 0;
    if (size < bestSize) {
      best = el;
      bestSize = size;
    }
  }
  return best;
}

/**
 * What Readability reads for the title, byline, language and site name, wherever it is outside the
 * scope: <title>, <meta> tags and JSON-LD, and the h1/h2 headings its title check compares with.
 * Copies of these make up the narrowed document's <head>, where that lookup finds them but the
 * content walk (body only) never does. The page's own <head> is not copied whole: news sites inline
 * hundreds of kilobytes of style and script there.
 */
export function metadataOutside(doc: Document, scope: Element): Element[] {
  const found = doc.querySelectorAll('title, meta, script[type="application/ld+json"], body h1, body h2');
  return Array.from(found).filter((el) => !scope.contains(el));
}

/** Readability's byline signals: rel=author, itemprop author, or a class or id naming one (any case). */
const BYLINE_SELECTOR = ['[rel="author"]', '[itemprop*="author"]',
  ...['byline', 'author', 'dateline', 'writtenby'].flatMap((word) => [`[class*="${word}" i]`, `[id*="${word}" i]`])].join(', ');
const MAX_BYLINE_CHARS = 100;

/**
 * The byline when it sits outside the scope (Readability only spots one in the tree it walks): the
 * first visible element, in page order, marked the way Readability looks for, with short text.
 */
export function bylineOutside(doc: Document, scope: Element): string | null {
  let first: { el: Element; text: string } | null = null;
  // Page order is checked here rather than trusted from querySelectorAll: jsdom lists matches of
  // case-insensitive attribute selectors grouped by selector.
  for (const el of Array.from(doc.body?.querySelectorAll(BYLINE_SELECTOR) ?? [])) {
    if (scope.contains(el) || hidden(el)) continue;
    const text = el.textContent?.trim() ?? '';
    if (text.length === 0 || text.length >= MAX_BYLINE_CHARS) continue;
    if (!first || el.compareDocumentPosition(first.el) & FOLLOWING) first = { el, text };
  }
  return first?.text ?? null;
}

/** Node.DOCUMENT_POSITION_FOLLOWING, spelled out: jsdom's windowless documents have no global Node. */
const FOLLOWING = 0x4;

function hidden(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true'
    || /display\s*:\s*none/i.test(el.getAttribute('style') ?? '');
}

/** Characters of <p> text in `root`: what the share above is measured in. */
export function paragraphChars(root: Element): number {
  let chars = 0;
  for (const p of Array.from(root.getElementsByTagName('p'))) chars += p.textContent?.length ?? 0;
  return chars;
}

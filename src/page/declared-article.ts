// The second way a page passes as an article: it says so in its metadata and has prose enough to
// read. Readability's readerable check only counts <p>, <pre> and <div>-with-<br> blocks of 140
// characters or more, so it misses short wire stories told in a few short paragraphs, and stories
// whose text sits straight in a <div> split by styled spans rather than <p> or <br>. Readability's
// parse reads both well. The metadata gate keeps this walk off the pages that make no such claim
// (apps, search pages, front pages marked "website").

/** og:type, and the schema.org types a story page declares in JSON-LD (NewsArticle, ReportageNewsArticle, BlogPosting…). */
const ARTICLE_OG_TYPE = /^\s*article\s*$/i;
const ARTICLE_LD_TYPE = /"@type"\s*:\s*(?:\[[^\]]*?)?"(?:[A-Za-z]*Article|[A-Za-z]*BlogPosting)"/;
/** JSON-LD read for the type, per script: enough for any header, not a multi-megabyte data dump. */
const MAX_LD_CHARS = 200_000;

/** Readability's own floor for an article (its default charThreshold). */
const MIN_PROSE_CHARS = 500;
/** A run of text this long is a sentence or part of one; shorter ones are labels, dates, buttons. */
const MIN_RUN_CHARS = 25;
/** Text inside these is navigation, teasers or code, not the story's prose. */
const NOT_PROSE = 'a, button, label, li, nav, header, footer, aside, form, script, style, noscript, template, pre, code, '
  + 'svg, select, textarea, dialog, [hidden], [aria-hidden="true"], [role="dialog"], [aria-modal="true"]';

/** NodeFilter.SHOW_TEXT, spelled out: jsdom's windowless documents have no global NodeFilter. */
const SHOW_TEXT = 0x4;

/** True when the page declares itself an article and its body holds at least MIN_PROSE_CHARS of prose. */
export function declaredArticleWithProse(doc: Document): boolean {
  return declaresArticle(doc) && hasProse(doc);
}

export function declaresArticle(doc: Document): boolean {
  for (const meta of Array.from(doc.querySelectorAll('meta[property="og:type"], meta[name="og:type"]'))) {
    if (ARTICLE_OG_TYPE.test(meta.getAttribute('content') ?? '')) return true;
  }
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const json = script.textContent ?? '';
    if (ARTICLE_LD_TYPE.test(json.length > MAX_LD_CHARS ? json.slice(0, MAX_LD_CHARS) : json)) return true;
  }
  return false;
}

/** Sums runs of visible text outside links, lists and page chrome; stops as soon as there is enough. */
export function hasProse(doc: Document): boolean {
  const body = doc.body;
  if (!body) return false;
  const walker = doc.createTreeWalker(body, SHOW_TEXT);
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue?.trim().length ?? 0;
    if (length < MIN_RUN_CHARS || node.parentElement?.closest(NOT_PROSE)) continue;
    chars += length;
    if (chars >= MIN_PROSE_CHARS) return true;
  }
  return false;
}

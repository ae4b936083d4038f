// Readability throws out, before it scores anything, every element whose class, id or role reads
// like page furniture (sidebar, header, footer, extra, related, role=complementary…). Some CMSs use
// those words for the layout of the story itself ("sidebar-grid", "sidebar-grid__content" around
// every run of paragraphs); Readability then loses the story: on the whole page it ends up retrying
// without any of its cleaning, and in a narrowed copy, where little else is left, it settles for the
// teaser list under the story. In a narrowed copy the story is known to be there (article-scope.ts):
// when the furniture filter would take most of its paragraph text, the names are layout, not
// furniture, and the elements holding that text lose those words, so Readability scores them
// instead (its class weights and conditional cleaning still judge every block).

// Readability 0.6.0's own tests (REGEXPS.unlikelyCandidates, okMaybeItsACandidate, UNLIKELY_ROLES);
// test/dom/page/story-wrappers.test.ts checks they still match the library's.
export const UNLIKELY_CANDIDATES = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
export const OK_MAYBE_CANDIDATE = /and|article|body|column|content|main|shadow/i;
export const UNLIKELY_ROLES = ['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog'];

/** Readers' prose (comment threads) is rightly dropped, however much text it holds: never counted, never kept. */
const READERS_PROSE = /comment|disqus|replies|remark|shoutbox|community/i;

/** The furniture filter may take up to this share of the story's paragraph text before its names count as layout. */
const MAX_FILTERED_SHARE = 0.5;

/** Inside `root` (the copy of the marked story), keeps Readability from discarding most of the story by name. */
export function keepStoryWrappers(root: Element): void {
  let total = 0;
  let filtered = 0;
  const holders = new Set<Element>();
  for (const p of Array.from(root.getElementsByTagName('p'))) {
    const chars = p.textContent?.length ?? 0;
    if (chars === 0) continue;
    const furniture: Element[] = [];
    let readers = false;
    for (let el: Element | null = p; el && !readers; el = el === root ? null : el.parentElement) {
      const matchString = `${el.getAttribute('class') ?? ''} ${el.id}`;
      if (READERS_PROSE.test(matchString)) readers = true;
      else if (isFurniture(el, matchString)) furniture.push(el);
    }
    if (readers) continue;
    total += chars;
    if (furniture.length === 0) continue;
    filtered += chars;
    for (const el of furniture) holders.add(el);
  }
  if (filtered <= MAX_FILTERED_SHARE * total) return;
  for (const el of holders) unmarkFurniture(el);
}

/** Readability's test, as it applies it (tables, links and the body are never removed by name). */
function isFurniture(el: Element, matchString: string): boolean {
  if (el.tagName === 'BODY' || el.tagName === 'A' || el.parentElement?.closest('table, code')) return false;
  return (UNLIKELY_CANDIDATES.test(matchString) && !OK_MAYBE_CANDIDATE.test(matchString))
    || UNLIKELY_ROLES.includes(el.getAttribute('role') ?? '');
}

function unmarkFurniture(el: Element): void {
  const classes = el.getAttribute('class');
  if (classes !== null) el.setAttribute('class', classes.split(/\s+/).filter((word) => word && !UNLIKELY_CANDIDATES.test(word)).join(' '));
  if (UNLIKELY_CANDIDATES.test(el.id)) el.removeAttribute('id');
  if (UNLIKELY_ROLES.includes(el.getAttribute('role') ?? '')) el.removeAttribute('role');
}

// The "shape" of a source span, to group misses without printing corpus text: closed-class words
// (pronouns, determiners, a few prepositions — a general English list, written by hand) stay as
// they are, lower-cased, and titles (Mr., Sen., President, ...) as written; every other word
// becomes Xx (capitalised), XX (all capitals), x (lower case) or 9 (a number). "Press secretary Jo
// Lam" → "Xx x Xx Xx"; "a senior official" → "a x x"; "his" → "his". Spans longer than six words
// keep their first five and "… (N words)".

const CLOSED = new Set([
  'he', 'she', 'they', 'i', 'we', 'you', 'it', 'him', 'them', 'us', 'me', 'his', 'her', 'their', 'its', 'our',
  'my', 'your', 'who', 'whom', 'which', 'that', 'this', 'these', 'those', 'a', 'an', 'the', 'some', 'many',
  'several', 'most', 'all', 'both', 'each', 'every', 'any', 'no', 'other', 'another', 'few', 'one', 'of', 'and',
  'or', 'for', 'at', 'in', 'on', 'with', 'from', 'to', 'by', "'s", 'former',
]);
/** Titles keep their written form. */
const TITLES = new Set(['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Sen.', 'Rep.', 'Gov.', 'Gen.', 'President']);

export function sourceShape(text: string): string {
  const tokens = text.replace(/[’‘]/g, "'").match(/'s\b|[\p{L}\p{N}][\p{L}\p{N}.-]*(?:'(?!s\b)[\p{L}\p{N}.-]+)*|[^\s\p{L}\p{N}]/gu) ?? [];
  const shaped = tokens.map((t) => {
    if (TITLES.has(t)) return t;
    const lower = t.toLowerCase();
    if (CLOSED.has(lower)) return lower;
    if (/^\p{N}/u.test(t)) return '9';
    if (/^\p{Lu}[\p{Lu}.'-]+$/u.test(t) && t.replace(/[^\p{L}]/gu, '').length > 1) return 'XX';
    if (/^\p{Lu}/u.test(t)) return 'Xx';
    if (/^\p{Ll}/u.test(t)) return 'x';
    return t;
  });
  return shaped.length > 6 ? `${shaped.slice(0, 5).join(' ')} … (${shaped.length} words)` : shaped.join(' ');
}

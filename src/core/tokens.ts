// Word and punctuation tokens of one sentence, with offsets into the analysed text. Rules reason
// over tokens rather than raw regexes so that matching stays linear and descriptors can be walked.

export interface Token {
  text: string;
  /** Lower-case, curly apostrophes straightened: "officials", "didn't". */
  lower: string;
  start: number;
  end: number;
  isWord: boolean;
  /** Starts with an upper-case letter. */
  capitalised: boolean;
}

// A word keeps inner apostrophes, hyphens and dots ("didn't", "U.S.-Russia", "p.m"); everything
// else that is not space is a one-character punctuation token.
// Letters of the scripts news is written in, spelled as ranges: a \p{L} class with the u flag is
// several times slower in V8, and tokenising is the engine's hottest loop.
const L = 'A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02AF\u0370-\u03FF\u0400-\u052F\u0590-\u05FF\u0600-\u06FF\u0900-\u0DFF\u0E00-\u0E7F\u1E00-\u1FFF\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF';
const TOKEN = new RegExp(`([${L}]+(?:['’\\-.][${L}]+)*\\.?)|[^\\s${L}]`, 'g');
const ABBREVIATION = /^(?:\p{L}\.)+$|^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|St|Jr|Sr|No)\.$/u;

/** Starts with a letter that has a lower case and is not in it; ASCII answered without allocating. */
function startsUpperCase(raw: string, lower: string): boolean {
  const c = raw.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const first = raw[0]!;
  return first !== lower[0] && first === first.toUpperCase();
}

export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  // Run over the whole text from `from` (no slice to allocate); stop at the sentence's end.
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    let raw = m[0];
    const isWord = m[1] !== undefined;
    // A trailing dot belongs to the word only for abbreviations like "U.S." or "Mr."; otherwise
    // it is the sentence's full stop.
    if (isWord && raw.length > 1 && raw.charCodeAt(raw.length - 1) === 46 && !ABBREVIATION.test(raw)) {
      raw = raw.slice(0, -1);
    }
    const start = m.index;
    // A word running past the sentence end (cannot happen at a space boundary, but be safe) is cut.
    if (start + raw.length > to) raw = raw.slice(0, to - start);
    const lower = raw.toLowerCase();
    tokens.push({
      text: raw,
      lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
      start,
      end: start + raw.length,
      isWord,
      capitalised: isWord && startsUpperCase(raw, lower),
    });
    if (raw.length < m[0].length) {
      tokens.push({ text: '.', lower: '.', start: start + raw.length, end: start + raw.length + 1, isWord: false, capitalised: false });
    }
  }
  return tokens;
}

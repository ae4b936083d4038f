// Evidence that a person noun stands for someone the story names, or for no source at all: a name
// in apposition after it, a capitalised word the text also uses as a name, a quotation around it.
// These keep a named person from being read as "an unnamed source", the false alarm that costs a
// reader's trust most.

import type { Token } from '../tokens';

/** How many lower-case words may sit between the comma and the name: "a neighbour, former aide Jo Ray". */
const MAX_ROLE_WORDS = 4;

/** "said a neighbour, Ann Lee" / "another witness, former aide Jo Ray, said": a name follows in apposition. */
export function nameFollows(tokens: Token[], last: number): boolean {
  if (tokens[last + 1]?.text !== ',') return false;
  for (let k = last + 2; k < tokens.length && k - last - 2 <= MAX_ROLE_WORDS; k++) {
    const t = tokens[k]!;
    if (!t.isWord) return false;
    if (t.capitalised) return tokens[k + 1]?.capitalised === true && tokens[k + 1]!.isWord;
  }
  return false;
}

/** True when token `i` sits inside a quotation that opened earlier in the sentence. */
export function insideQuotation(tokens: Token[], i: number): boolean {
  let open = false;
  for (let k = 0; k < i; k++) {
    const t = tokens[k]!.text;
    if (t === '“') open = true;
    else if (t === '”') open = false;
    else if (t === '"') open = !open;
  }
  return open;
}

const LETTER = /\p{L}/u;

/** One UTF-16 unit: a comma or a letter (a lone surrogate is neither). Checked per occurrence, so ASCII first. */
function isLetterOrComma(c: number): boolean {
  if (c < 128) return c === 44 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(String.fromCharCode(c));
}

let cachedText = '';
let cachedNames = new Map<string, boolean>();

/**
 * True when the text uses `word` as a name somewhere: capitalised after a lower-case word or after
 * another capitalised word ("Ann Baker", "told Baker"), not only where a sentence starts.
 */
export function isNameInText(text: string, word: string): boolean {
  if (text !== cachedText) {
    cachedText = text;
    cachedNames = new Map();
  }
  const known = cachedNames.get(word);
  if (known !== undefined) return known;
  let found = false;
  for (let at = text.indexOf(word); at >= 0 && !found; at = text.indexOf(word, at + 1)) {
    const after = text.charCodeAt(at + word.length);
    if (after >= 97 && after <= 122) continue; // part of a longer word
    // A letter or comma then a space before it: mid-sentence, so capitalised because it is a name.
    found = at >= 2 && text.charCodeAt(at - 1) === 32 && isLetterOrComma(text.charCodeAt(at - 2));
  }
  cachedNames.set(word, found);
  return found;
}

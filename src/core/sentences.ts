// Sentence segmentation tuned for news copy. Rules run per sentence, so a wrong split hides an
// attribution from its claim ("Sen. Smith said" must stay whole) and a missed split glues two
// attributions together. Paragraphs (any newline) always end a sentence; quotations never split.

export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph (newline-separated block) holding the sentence. */
  paragraph: number;
}

/** Words that end with a period without ending a sentence (compared lower-case, without the dot). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'sens', 'rep', 'reps', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr',
  'adm', 'maj', 'st', 'jr', 'sr', 'prof', 'rev', 'hon', 'pres', 'supt', 'atty', 'asst', 'dept', 'no', 'nos',
  'vs', 'v', 'inc', 'corp', 'co', 'ltd', 'bros', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'approx', 'est', 'fig', 'vol', 'ave', 'blvd', 'e.g', 'i.e',
]);

/** After "a.m."/"U.S." a capitalised word usually continues the sentence unless it is one of these. */
const SENTENCE_STARTERS = new Set([
  'the', 'he', 'she', 'it', 'they', 'we', 'i', 'but', 'and', 'in', 'a', 'an', 'this', 'that', 'there',
  'his', 'her', 'their', 'its', 'on', 'at', 'as', 'after', 'when', 'while', 'if', 'some', 'many', 'police',
  'officials', 'investigators', 'authorities', 'meanwhile', 'however', 'still', 'yet', 'so',
]);

const OPEN_QUOTES = '“«';
const CLOSE_QUOTES = '”»';
const CLOSE_QUOTES_ALL = '”»"';

/** Segments `text` into sentences; linear in the text length. */
const LINE_BREAK = /\r\n|\r|\n/g;

export function segmentSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
    if (m.index > lineStart) segmentParagraph(text, lineStart, m.index, paragraph, sentences);
    paragraph++;
    lineStart = m.index + m[0].length;
  }
  if (text.length > lineStart) segmentParagraph(text, lineStart, text.length, paragraph, sentences);
  return sentences;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 160 || code === 10 || code === 13 || code === 12 || code === 11 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000;
}

/** Marks the quotation spans of one paragraph; an opening quote with no partner is ignored. */
function quotedMask(text: string, start: number, end: number): Uint8Array {
  const mask = new Uint8Array(end - start);
  let openCurly = -1;
  let openStraight = -1;
  // A plain loop bounded by the paragraph: a regex search from `start` could run on to the end of
  // the whole text when the paragraph has no quote marks, which would make segmentation quadratic.
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x201c && code !== 0x201d && code !== 0xab && code !== 0xbb && code !== 0x22) continue;
    const c = text[i]!;
    if (OPEN_QUOTES.includes(c)) openCurly = i;
    else if (CLOSE_QUOTES.includes(c) && openCurly >= 0) {
      mask.fill(1, openCurly - start, i - start);
      openCurly = -1;
    } else if (c === '"') {
      if (openStraight < 0) openStraight = i;
      else {
        mask.fill(1, openStraight - start, i - start);
        openStraight = -1;
      }
    }
  }
  return mask;
}

function segmentParagraph(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  const quoted = quotedMask(text, start, end);
  let sentenceStart = start;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 46 && code !== 33 && code !== 63) continue; // . ! ?
    const c = text[i]!;
    // Inside a quotation only the quotation's own last stop can end the sentence: `why.” Then`.
    if (quoted[i - start] && !(i + 1 < end && CLOSE_QUOTES_ALL.includes(text[i + 1]!) && !quoted[i + 1 - start])) continue;
    // Swallow closing quotes, brackets and repeated terminators: `said.”` ends after the quote.
    let j = i + 1;
    while (j < end && '.!?”"’)]»'.includes(text[j]!)) j++;
    if (j < end && !isSpace(text.charCodeAt(j))) {
      // "…for advanced treatment.Doctors described…": copy that lost the space between two sentences.
      if (c === '.' && j === i + 1 && gluedSentenceStart(text, i, end)) {
        pushTrimmed(text, sentenceStart, j, paragraph, out);
        sentenceStart = j;
      }
      i = j - 1;
      continue;
    }
    if (c === '.' && !isSentenceEndingPeriod(text, i, j, end)) { i = j - 1; continue; }
    pushTrimmed(text, sentenceStart, j, paragraph, out);
    sentenceStart = j;
    i = j - 1;
  }
  pushTrimmed(text, sentenceStart, end, paragraph, out);
}

function isSentenceEndingPeriod(text: string, dot: number, afterPunct: number, end: number): boolean {
  if (text[dot + 1] === '.' || (dot > 0 && text[dot - 1] === '.')) return false; // an ellipsis
  let k = afterPunct;
  while (k < end && isSpace(text.charCodeAt(k))) k++;
  if (k >= end) return true;
  const next = nextWord(text, k, end);
  const startsLower = /^[a-z0-9]/.test(next);
  if (startsLower) return false;
  const word = wordBefore(text, dot);
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return false;
  if (/^[A-Z]$/.test(word)) return false; // an initial: "Donald J. Trump"
  // Dotted acronyms and times ("U.S.", "J.D.", "p.m.") end a sentence only before a typical starter.
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) return SENTENCE_STARTERS.has(next.toLowerCase());
  return true;
}

/**
 * A lower-case word of three or more letters, a dot, then a capitalised word: two sentences whose space
 * was lost ("treatment.Doctors"). Dotted names ("U.S.Army"), domains ("example.com") and initials do
 * not qualify: the word before must be plain lower case and the word after must be capitalised prose.
 */
function gluedSentenceStart(text: string, dot: number, end: number): boolean {
  const next = nextWord(text, dot + 1, end);
  if (!/^\p{Lu}\p{Ll}+$/u.test(next)) return false;
  let k = dot;
  while (k > 0 && /\p{Ll}/u.test(text[k - 1]!) && dot - k < 30) k--;
  // A capitalised word may end the first sentence too: "a hospital in Bithauli.Doctors said".
  if (k > 0 && /\p{Lu}/u.test(text[k - 1]!)) k--;
  const before = text[k - 1];
  return dot - k >= 3 && (k === 0 || before === undefined || isSpace(before.charCodeAt(0)));
}

/** The token ending at `dot` (letters and inner dots), e.g. "U.S" for "U.S.". */
function wordBefore(text: string, dot: number): string {
  let k = dot;
  while (k > 0 && /[A-Za-z.]/.test(text[k - 1]!) && dot - k < 12) k--;
  return text.slice(k, dot).replace(/^\.+/, '');
}

function nextWord(text: string, from: number, end: number): string {
  let k = from;
  while (k < end && '“"‘\'(['.includes(text[k]!)) k++;
  let m = k;
  while (m < end && /[\p{L}\p{N}]/u.test(text[m]!) && m - k < 20) m++;
  return text.slice(k, m);
}

/** A run-on "sentence" longer than this (a page without punctuation) is cut at spaces, so rules stay linear. */
export const MAX_SENTENCE_CHARS = 3000;

function pushTrimmed(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  while (e - s > MAX_SENTENCE_CHARS) {
    let cut = text.lastIndexOf(' ', s + MAX_SENTENCE_CHARS);
    if (cut <= s) cut = s + MAX_SENTENCE_CHARS;
    // Never cut a UTF-16 surrogate pair in half.
    if (/[\uD800-\uDBFF]/.test(text[cut - 1]!)) cut--;
    pushTrimmed(text, s, cut, paragraph, out);
    s = cut;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
  }
  if (e > s) out.push({ start: s, end: e, paragraph });
}

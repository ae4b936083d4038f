// The subject a later verb of the sentence shares: ", saying …", "… and said", "went on to say",
// "– telling Reuters". The subject is read from the sentence's start, past its openers, an
// introductory phrase ("Hours later, Lee …") and an apposition ("Ann Lee, a nurse, …").

import { cueLemma } from '../lexicon/en/cues';
import { ON_RECORD_EXTRA_LEMMA } from '../lexicon/en/on-record-cues';
import type { Token } from '../tokens';
import { DETERMINERS } from '../lexicon/nouns';
import { PHRASE_STOPS, SOURCE_PRONOUNS } from '../lexicon/en/sources';
import type { Span } from './source-span';

/** Words that open a sentence before its subject: "But Lee said", "And then Lee went on, saying". */
const OPENERS = new Set(['but', 'and', 'so', 'yet', 'still', 'then', 'now', 'also', 'meanwhile', 'however', 'instead']);
const DASHES = new Set([',', '—', '–', '-']);
const CLOSING_QUOTES = new Set(['”', '"', "'"]);
/** How far an apposition or an introductory phrase may run before its closing comma. */
const MAX_ASIDE = 25;

export function sharesClauseSubject(tokens: Token[], cue: number): boolean {
  const prev = tokens[cue - 1]?.lower;
  const word = tokens[cue]!.lower;
  // ", saying", and "… of “New York values,” saying": a closing quote after the comma changes nothing.
  if (word.endsWith('ing')) return DASHES.has(prev ?? '') || (CLOSING_QUOTES.has(prev ?? '') && tokens[cue - 2]?.text === ',');
  // After "to" only the bare verb continues the clause: "went on to say", not "in response to calls".
  if (prev === 'to') return cueLemma(word) === word || ON_RECORD_EXTRA_LEMMA.get(word) === word;
  return prev === 'and' || prev === 'but';
}

/**
 * A phrase at `k` that can be a subject: a pronoun, a name (a run of capitalised words, titles
 * included), or a determiner with the words up to its noun. Verbs cannot be told from nouns by
 * spelling, so a lower-case phrase runs to at most three words.
 */
function phraseAt(tokens: Token[], k: number): Span | null {
  const start = tokens[k];
  if (!start?.isWord || PHRASE_STOPS.has(start.lower) && !SOURCE_PRONOUNS.has(start.lower)) return null;
  if (SOURCE_PRONOUNS.has(start.lower)) return { start: k, end: k + 1 };
  let end = k;
  if (start.capitalised && !DETERMINERS.has(start.lower)) {
    while (end < tokens.length && (tokens[end]!.capitalised || tokens[end]!.text === '.')) end++;
  } else if (DETERMINERS.has(start.lower)) {
    end = k + 1;
    while (end < tokens.length && end - k <= 3 && tokens[end]!.isWord && !PHRASE_STOPS.has(tokens[end]!.lower)) {
      end++;
      if (!tokens[end - 1]!.capitalised) break;
    }
  }
  return end > k ? { start: k, end } : null;
}

/** The comma that closes an aside opened by the comma at `open`, when a word follows it. */
function asideEnd(tokens: Token[], open: number): number {
  for (let k = open + 1; k < tokens.length && k - open <= MAX_ASIDE; k++) {
    const t = tokens[k]!.text;
    if (t === ',') return tokens[k + 1]?.isWord ? k : -1;
    if (t === '.' && !tokens[k - 1]?.capitalised || t === ';' || t === ':' || t === '“' || t === '"') return -1;
  }
  return -1;
}

/**
 * The sentence's subjects a later verb may share, likeliest first: the phrase after its openers,
 * followed by its verb or by an apposition ("Ann Lee, a nurse, emailed …"); then the phrase after
 * an introductory one ("Hours later, Lee returned …"). The caller keeps the first that names a source.
 */
export function clauseSubjects(tokens: Token[], first: number): Span[] {
  let k = first;
  while (k >= 0 && k < tokens.length && (OPENERS.has(tokens[k]!.lower) || tokens[k]!.text === ',')) k++;
  if (k < 0) return [];
  const out: Span[] = [];
  const head = phraseAt(tokens, k);
  const next = head ? tokens[head.end] : undefined;
  if (head && next?.isWord) out.push(head);
  else if (head && next?.text === ',' && tokens[k]!.capitalised && asideEnd(tokens, head.end) > 0) out.push(head);
  // The first comma of the sentence may close an introductory phrase; its subject follows.
  for (let c = k; c < tokens.length && c - k <= MAX_ASIDE / 3; c++) {
    if (tokens[c]!.text !== ',') continue;
    const after = phraseAt(tokens, c + 1);
    if (after && tokens[after.end]?.isWord) out.push(after);
    break;
  }
  return out;
}

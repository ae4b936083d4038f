// Where a cue's source stands: before it ("the ministry said", "Ann Lee, a nurse, said"), after it
// ("said Ann Lee", "according to court records"), or as its agent ("was confirmed by the club").
// Spans are token ranges [start, end); every walk is bounded, so a sentence stays linear.

import type { Token } from '../tokens';
import { AUXILIARIES, NEGATIONS, isAdverb } from '../lexicon/verbs';
import { DETERMINERS } from '../lexicon/nouns';
import { NUMBER_WORDS, PHRASE_STOPS, SOURCE_PRONOUNS } from '../lexicon/en/sources';

export interface Span { start: number; end: number }

const MAX_PHRASE = 7;
const MAX_APPOSITIVE = 25;
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);
const BREAKS = new Set(['.', ';', ':', '“', '”', '"', '(', ')', '?', '!', '—', '–']);

/** A word that can sit inside a noun phrase: not a stop word, not punctuation (hyphens and possessives aside). */
function phraseWord(t: Token): boolean {
  return t.isWord && !PHRASE_STOPS.has(t.lower);
}

/** The noun phrase ending at `last`, walked left to its determiner or its first name word. */
export function phraseEndingAt(tokens: Token[], last: number): Span | null {
  const head = tokens[last];
  if (!head?.isWord) return null;
  let start = last;
  for (let k = last - 1; k >= 0 && last - k < MAX_PHRASE; k--) {
    const t = tokens[k]!;
    if (DETERMINERS.has(t.lower)) { start = k; break; }
    // "the Secretary of State", "Bank of England": "of" inside a capitalised name.
    if (t.lower === 'of' && tokens[k + 1]?.capitalised && tokens[k - 1]?.capitalised) { start = k; continue; }
    if (t.text === '-' || t.text === '.' && tokens[k - 1]?.capitalised) { start = k; continue; }
    if (!phraseWord(t)) break;
    start = k;
  }
  return { start, end: last + 1 };
}

/** How far right a phrase after its cue may run: "said David French of the National Retail Federation". */
const MAX_PHRASE_RIGHT = 10;

/** The noun phrase starting at `first`, walked right to the end of its clause or its last phrase word. */
export function phraseStartingAt(tokens: Token[], first: number): Span | null {
  let end = -1;
  for (let k = first; k < tokens.length && k - first < MAX_PHRASE_RIGHT; k++) {
    const t = tokens[k]!;
    if (DETERMINERS.has(t.lower) && k === first) continue;
    if (t.lower === 'of' || t.text === '.' || t.text === '-') { if (end > 0) continue; break; }
    if (!phraseWord(t)) break;
    end = k + 1;
  }
  return end > first ? { start: first, end } : null;
}

/** Steps left from `verb` over auxiliaries, adverbs and negation; the index of the last token before them. */
function beforeVerbGroup(tokens: Token[], verb: number): { at: number; negated: boolean; passive: boolean } {
  let j = verb - 1;
  let negated = false;
  let passive = false;
  while (j >= 0 && verb - j <= 5) {
    const l = tokens[j]!.lower;
    if (NEGATIONS.has(l) || l === 'not') { negated = true; j--; continue; }
    if (BE_FORMS.has(l)) { passive = true; j--; continue; }
    // A capitalised "-ly" word is a name, not an adverb: "…, Jolly said".
    const adverb = isAdverb(l) && !tokens[j]!.capitalised;
    if (AUXILIARIES.has(l) || adverb || /n't$/.test(l)) { if (/n't$/.test(l)) negated = true; j--; continue; }
    break;
  }
  return { at: j, negated, passive };
}

const isNumber = (t: Token | undefined): boolean => !!t && (/^\d/.test(t.text) || NUMBER_WORDS.has(t.lower));

/** A poll share the plain walk would cut: "26%", "six in 10", "two out of three". */
function shareEndingAt(tokens: Token[], last: number): Span | null {
  const t = tokens[last];
  if (t?.text === '%' && isNumber(tokens[last - 1])) return { start: last - 1, end: last + 1 };
  if (!isNumber(t)) return null;
  const link = tokens[last - 1]?.lower;
  const from = link === 'in' ? last - 2 : link === 'of' && tokens[last - 2]?.lower === 'out' ? last - 3 : -1;
  if (from < 0 || !isNumber(tokens[from])) return null;
  return { start: from, end: last + 1 };
}

/** "Ann Lee, 58, who …" and "Lee, 35, the daughter of …": an age between commas belongs to the name before it. */
function skipsAge(tokens: Token[], last: number): number {
  return /^\d{1,3}$/.test(tokens[last]?.text ?? '') && tokens[last - 1]?.text === ',' && tokens[last - 2]?.isWord ? last - 2 : last;
}

/**
 * The subject of the cue at `verb`: the phrase just before its verb group, or, when a comma clause
 * sits between ("Ann Lee, a nurse at the clinic, said"; "the firm, which …, said"), the phrase before that.
 */
export function subjectOf(tokens: Token[], verb: number): { span: Span; negated: boolean } | null {
  const { at, negated, passive } = beforeVerbGroup(tokens, verb);
  const form = tokens[verb]!.lower;
  // "Cruz was endorsed", "Lee was expected": a passive's subject had the act done to it. A progressive
  // ("was saying") keeps its subject as the speaker; a bare participle ("a clip of Lee saying") has none.
  if (at < 0 || (passive && !form.endsWith('ing')) || (!passive && form.endsWith('ing'))) return null;
  let last = at;
  // "Melanne Verveer, who served as chief of staff in the 1990s, told", "Ann Lee, a farmer outside
  // Leeds, England, said": a long apposition with commas of its own, opened after a name.
  const named = tokens[at]!.text === ',' ? nameBeforeApposition(tokens, at) : -1;
  if (named >= 0) last = named;
  // Up to two enclosed stretches between subject and verb: "Ann Lee, a nurse, said", "Sen. Roe (D-Ohio)
  // said", "Jo Ray - his co-host - told", "The judges who ruled, for instance, said".
  for (let round = 0; round < 2; round++) {
    const close = tokens[last]?.text;
    const open = close === ',' ? ',' : close === ')' ? '(' : close === '-' || close === '—' || close === '–' ? close : null;
    if (!open) break;
    let k = last - 1;
    while (k >= 0 && last - k <= MAX_APPOSITIVE && tokens[k]!.text !== open && (open === '(' || !BREAKS.has(tokens[k]!.text))) k--;
    if (k < 1 || tokens[k]!.text !== open) return null;
    // "the F.B.I. director, James B. Comey, said": the enclosed stretch is the name, and the source.
    if (open === ',' && isNameRun(tokens, k + 1, last)) return { span: { start: k + 1, end: last }, negated };
    last = skipsAge(tokens, k - 1);
  }
  // A pronoun is a whole phrase: "Like I said" has the source "I".
  if (SOURCE_PRONOUNS.has(tokens[last]?.lower ?? '')) return { span: { start: last, end: last + 1 }, negated };
  const share = shareEndingAt(tokens, last);
  if (share) return { span: share, negated };
  const span = phraseEndingAt(tokens, last);
  return span ? { span: withHeadBeforePlace(tokens, span), negated } : null;
}

/** Words that open an apposition or a relative clause about the name before them. */
const APPOSITION_OPENERS = new Set(['who', 'a', 'an', 'the', 'one', 'his', 'her', 'its', 'their', 'whose', 'former', 'chief', 'then']);
const MAX_APPOSITION = 40;

/** The last token of a name that opens an apposition ending at the comma `at`, or -1. */
function nameBeforeApposition(tokens: Token[], at: number): number {
  for (let k = at - 1; k > 0 && at - k <= MAX_APPOSITION; k--) {
    const t = tokens[k]!;
    if (BREAKS.has(t.text)) return -1;
    if (t.text !== ',' || !APPOSITION_OPENERS.has(tokens[k + 1]?.lower ?? '')) continue;
    const name = tokens[k - 1]!;
    if (name.capitalised && name.isWord) return k - 1;
  }
  return -1;
}

/** Tokens [from, to) are a name: capitalised words and initials, two at least ("James B. Comey"). */
function isNameRun(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2 || to - from > 5) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (!(t.capitalised || t.text === '.')) return false;
  }
  return true;
}

/** Prepositions that attach a place or an organisation to the noun before them: "a company in Florida". */
export const ATTACHING = new Set(['in', 'at', 'from', 'of', 'for', 'near', 'outside', 'inside']);

/**
 * "a company in Florida told", "officials at the ministry said": the phrase before the verb ends in a
 * place, but its head is the noun the place is attached to. Extends the span left over up to two
 * such attachments, so the head is read as the source.
 */
function withHeadBeforePlace(tokens: Token[], span: Span): Span {
  let start = span.start;
  for (let round = 0; round < 2; round++) {
    const prep = tokens[start - 1];
    if (!prep || !ATTACHING.has(prep.lower) || start - 2 < 0 || !tokens[start - 2]!.isWord || PHRASE_STOPS.has(tokens[start - 2]!.lower)) break;
    const head = phraseEndingAt(tokens, start - 2);
    if (!head) break;
    start = head.start;
  }
  return { start, end: span.end };
}

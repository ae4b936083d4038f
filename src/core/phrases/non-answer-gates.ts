// Cheap checks that let the non-answer loop skip a pattern's regex on a sentence it cannot match.
// The loop runs some seventy patterns on every sentence; most regexes open with a long alternation
// that irregexp tries at every position, so skipping them is most of the loop's speed. Every check
// here is a necessary condition of a match: skipping never changes a result.

import type { SentenceContext } from '../rules/rule';

/** What the loop needs of a sentence, computed once however many rules and patterns ask. */
export interface SentenceFacts {
  /** The sentence with curly apostrophes straightened (one code unit for one, so offsets hold). */
  straight: string;
  /**
   * `straight` lower-cased with every run of white space made one space: a phrase the regexes match
   * (white space as \s+, the first letter either case) appears in it lower-cased and single-spaced.
   * Offsets do not hold; it is only searched.
   */
  folded: string;
  /** ctx.words as an array: iterating a Set is several times slower, and five rules do it. */
  words: readonly string[];
}

/** White space other than single spaces. */
const ODD_SPACE = /[^\S ]| {2}/;

const facts = new WeakMap<SentenceContext, SentenceFacts>();

export function sentenceFacts(ctx: SentenceContext): SentenceFacts {
  let f = facts.get(ctx);
  if (!f) {
    const straight = ctx.sentenceText.includes('’') ? ctx.sentenceText.replace(/’/g, "'") : ctx.sentenceText;
    const lower = straight.toLowerCase();
    // Most sentences are single-spaced already: test before paying for a replacement.
    const folded = ODD_SPACE.test(lower) ? lower.replace(/\s+/g, ' ') : lower;
    f = { straight, folded, words: [...ctx.words] };
    facts.set(ctx, f);
  }
  return f;
}

/** A phrase as it appears in `folded`. */
export const foldPhrase = (phrase: string): string => phrase.toLowerCase().replace(/\s+/g, ' ');

/**
 * The phrases one of which a match must contain, reduced for searching: duplicates dropped, and a
 * phrase that contains another dropped too (where it occurs, so does the shorter one).
 */
export function searchKeys(phrases: readonly string[]): string[] {
  const keys = [...new Set(phrases.map(foldPhrase))].sort((a, b) => a.length - b.length);
  return keys.filter((k, i) => !keys.slice(0, i).some((shorter) => k.includes(shorter)));
}

/** True when every list has one key in the folded sentence. */
export function holdsEach(folded: string, needs: readonly (readonly string[])[]): boolean {
  for (const keys of needs) if (!holdsOne(folded, keys)) return false;
  return true;
}

function holdsOne(folded: string, keys: readonly string[]): boolean {
  for (const k of keys) if (folded.includes(k)) return true;
  return false;
}

/** Which patterns a cue word opens: built once per pattern list, so a sentence looks up only its own words. */
export type CueIndex = ReadonlyMap<string, readonly number[]>;

const indexes = new WeakMap<readonly { cues: readonly string[] }[], CueIndex>();

function cueIndex(patterns: readonly { cues: readonly string[] }[]): CueIndex {
  let index = indexes.get(patterns);
  if (!index) {
    const built = new Map<string, number[]>();
    patterns.forEach((p, i) => {
      for (const cue of new Set(p.cues)) built.set(cue, [...(built.get(cue) ?? []), i]);
    });
    indexes.set(patterns, built);
    index = built;
  }
  return index;
}

/**
 * For each pattern, whether the sentence holds one of its cue words: the same answer as testing
 * every pattern's cues against ctx.words, from one look-up per word of the sentence.
 */
export function cuedPatterns(ctx: SentenceContext, patterns: readonly { cues: readonly string[] }[]): boolean[] {
  const index = cueIndex(patterns);
  const cued = new Array<boolean>(patterns.length).fill(false);
  for (const w of sentenceFacts(ctx).words) {
    const opened = index.get(w);
    if (opened) for (const i of opened) cued[i] = true;
  }
  return cued;
}

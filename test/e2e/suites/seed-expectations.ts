// What the seed page (../shared/seed, built into a page by test/helpers/seed-page.ts) must show: the
// product's acceptance bar, as given in the project brief. A painted range matches an expected phrase
// when its text is the phrase or contains it; every expected phrase needs its own range, and no
// range may be left over.
import type { FindingKind } from '../../../src/core/types';

export const SEED_EXPECTED: ReadonlyArray<readonly [FindingKind, string]> = [
  ['anonymous_source', 'sources tell ABC News'],
  ['anonymous_source', 'Multiple sources say'],
  ['anonymous_source', 'Two sources close to the president say'],
  ['anonymous_source', 'sources say'],
  ['non_answer', 'declined to comment'],
  ['non_answer', 'He could not say'],
  ['non_answer', 'I have not had that discussion with him'],
  ['non_answer', 'I have not had a discussion with him on the question'],
  ['non_answer', 'I tend not to speak about it'],
];

export interface Matching {
  missing: string[];
  extra: string[];
}

/**
 * Pairs expected phrases with painted ranges one to one. Longest phrases pick first, each taking the
 * shortest unused range that contains it, so "sources say" cannot steal "Multiple sources say"'s range.
 */
export function matchExpected(
  expected: ReadonlyArray<readonly [FindingKind, string]>,
  painted: ReadonlyArray<{ kind: FindingKind; text: string }>,
): Matching {
  const unused = painted.map((p) => ({ ...p, text: p.text.replace(/\s+/g, ' ').trim() })).sort((a, b) => a.text.length - b.text.length);
  const missing: string[] = [];
  for (const [kind, phrase] of [...expected].sort((a, b) => b[1].length - a[1].length)) {
    const index = unused.findIndex((p) => p.kind === kind && p.text.includes(phrase));
    if (index >= 0) unused.splice(index, 1);
    else missing.push(`${kind}: ${phrase}`);
  }
  return { missing, extra: unused.map((p) => `${p.kind}: ${p.text}`) };
}

// Overlapping matches of two phrasing classes: the registry's order must not decide which one the
// reader sees, since the subtype decides what the finding costs.
import { describe, expect, it } from 'vitest';
import { merge, SUBTYPE_PRECEDENCE } from '../../src/core/findings';
import type { Candidate } from '../../src/core/candidate';
import type { AnonymousSubtype } from '../../src/core/types';

const sentence = { start: 0, end: 40, paragraph: 0 };
function candidate(id: string, subtype: AnonymousSubtype, start: number, end: number, fallback = false): Candidate {
  return {
    rule: { id, kind: 'anonymous_source', description: id, standards: ['S2'], match: () => [], ...(fallback ? { fallback: true as const } : {}) },
    match: { kind: 'anonymous_source', subtype, start, end, details: { descriptor: 'x', vantage: 'none', reason: null, motive: null, count: 1, followUp: false } },
    sentence,
  };
}

describe('merging overlapping findings', () => {
  it('declares a rank for every subtype', () => {
    for (const st of ['explicit_anonymous', 'unnamed_official', 'unnamed_spokesperson', 'unnamed_individual', 'generic_group', 'vague_attribution', 'unnamed_organisation']) {
      expect(SUBTYPE_PRECEDENCE).toContain(st);
    }
  });

  it('resolves a tie of equal spans by the declared precedence, whatever the order', () => {
    const official = candidate('rule-a', 'unnamed_official', 5, 20);
    const group = candidate('rule-b', 'generic_group', 5, 20);
    expect(merge([official, group]).map((c) => c.match.subtype)).toEqual(['unnamed_official']);
    expect(merge([group, official]).map((c) => c.match.subtype)).toEqual(['unnamed_official']);
  });

  it('keeps the longer span, and lets a fallback give way to any other rule', () => {
    const short = candidate('rule-a', 'explicit_anonymous', 5, 12);
    const long = candidate('rule-b', 'generic_group', 5, 20);
    expect(merge([short, long]).map((c) => c.rule.id)).toEqual(['rule-b']);
    const catchAll = candidate('catch-all', 'unnamed_individual', 0, 30, true);
    expect(merge([catchAll, short]).map((c) => c.rule.id)).toEqual(['rule-a']);
    expect(merge([short, catchAll]).map((c) => c.rule.id)).toEqual(['rule-a']);
  });
});

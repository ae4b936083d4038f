// Every agentless-attribution class proves itself through the whole engine: each example is found as a
// vague attribution overlapping its words, and each counter-example yields no vague attribution.
import { describe, expect, it } from 'vitest';
import { AGENTLESS_CLASSES } from '../../../src/core/rules/agentless/index';
import { classCues } from '../../../src/core/rules/agentless/match';
import { findings } from '../helpers';

const RULE = 'agentless-attribution';

const overlaps = (text: string, f: { start: number; end: number }, words: string) => {
  const at = text.indexOf(words);
  return at >= 0 && f.start < at + words.length && at < f.end;
};

describe(RULE, () => {
  it('has unique class ids, descriptions, examples and counter-examples', () => {
    const ids = AGENTLESS_CLASSES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of AGENTLESS_CLASSES) {
      expect(c.description, c.id).toMatch(/^[^\n]{10,140}$/);
      expect(c.examples.length, c.id).toBeGreaterThan(0);
      expect(c.counterExamples.length, c.id).toBeGreaterThan(0);
      for (const e of c.examples) expect(e.text.includes(e.match), `${c.id}: "${e.match}"`).toBe(true);
      for (const cue of classCues(c)) expect(cue, c.id).toMatch(/^[\p{L}\d'-]+$/u);
    }
  });

  for (const c of AGENTLESS_CLASSES) {
    describe(c.id, () => {
      for (const e of c.examples) {
        it(`finds "${e.match}"`, () => {
          const found = findings(e.text).filter((f) => f.kind === 'anonymous_source');
          const hit = found.find((f) => overlaps(e.text, f, e.match));
          expect(hit, JSON.stringify(found.map((f) => [f.rule, f.text]))).toBeDefined();
          expect(hit!.subtype).toBe('vague_attribution');
        });
      }
      for (const text of c.counterExamples) {
        it(`leaves out "${text}"`, () => {
          const found = findings(text).filter((f) => f.subtype === 'vague_attribution');
          expect(found.map((f) => [f.rule, f.text])).toEqual([]);
        });
      }
    });
  }
});

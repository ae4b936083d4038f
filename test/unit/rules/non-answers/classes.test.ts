// Every non-answer phrasing class proves itself: each example is found with the class's subtype and
// each counter-example is not, both by the class alone and through the whole engine.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../src/core/analyze';
import { NON_ANSWER_CLASSES } from '../../../../src/core/rules/non-answers/index';
import { classCues, classPattern, compileClass, findNonAnswers, type NonAnswerClass } from '../../../../src/core/phrases/non-answer-matches';
import type { SentenceContext } from '../../../../src/core/rules/rule';
import { segmentSentences } from '../../../../src/core/sentences';
import { tokenize } from '../../../../src/core/tokens';

/** Runs one class alone over every sentence of a text: what it highlights, with subtype and who. */
function runClass(cls: NonAnswerClass, text: string) {
  const pattern = compileClass(cls);
  return segmentSentences(text).flatMap((sentence) => {
    const tokens = tokenize(text, sentence.start, sentence.end);
    const words = new Set(tokens.filter((t) => t.isWord).map((t) => t.lower));
    const ctx: SentenceContext = { text, sentence, sentenceText: text.slice(sentence.start, sentence.end), tokens, words, speakers: [] };
    return findNonAnswers(ctx, [pattern]).map((m) => ({ ...m, text: text.slice(m.start, m.end) }));
  });
}

const overlapsQuote = (text: string, span: { start: number; end: number }, quote: string) => {
  const at = text.indexOf(quote);
  return at >= 0 && span.start < at + quote.length && at < span.end;
};

describe('non-answer phrasing classes', () => {
  it('have unique ids, a description, examples and counter-examples', () => {
    const ids = NON_ANSWER_CLASSES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of NON_ANSWER_CLASSES) {
      expect(c.description, c.id).toMatch(/^[^\n]{10,140}$/);
      expect(c.examples.length, c.id).toBeGreaterThan(0);
      expect(c.counterExamples.length, c.id).toBeGreaterThan(0);
      for (const e of c.examples) expect(e.text.includes(e.match), `${c.id}: "${e.match}" in "${e.text}"`).toBe(true);
    }
  });

  it('derive their trigger words from the record and stay short', () => {
    for (const c of NON_ANSWER_CLASSES) {
      expect(classCues(c).length, c.id).toBeGreaterThan(0);
      for (const cue of classCues(c)) expect(cue, c.id).toMatch(/^[\p{L}\d'-]+$/u);
      for (const part of c.parts) if (part.pattern) expect(part.pattern.length, `${c.id}.${part.name}`).toBeLessThan(300);
      expect(() => classPattern(c)).not.toThrow();
    }
  });

  for (const c of NON_ANSWER_CLASSES) {
    describe(c.id, () => {
      for (const e of c.examples) {
        it(`finds "${e.match}"`, () => {
          const alone = runClass(c, e.text);
          const hit = alone.find((m) => overlapsQuote(e.text, m, e.match));
          expect(hit, `class alone: ${JSON.stringify(alone.map((m) => m.text))}`).toBeDefined();
          expect(hit!.subtype).toBe(c.subtype);
          if (e.who && hit!.kind === 'non_answer') expect(hit!.details.who).toBe(e.who);
          const found = analyzeText(e.text).findings.filter((f) => f.kind === 'non_answer');
          const inEngine = found.find((f) => overlapsQuote(e.text, f, e.match));
          expect(inEngine, `engine: ${JSON.stringify(found.map((f) => [f.rule, f.text]))}`).toBeDefined();
          expect(inEngine!.subtype).toBe(c.subtype);
        });
      }
      for (const text of c.counterExamples) {
        it(`leaves out "${text}"`, () => {
          expect(runClass(c, text).map((m) => m.text)).toEqual([]);
          const found = analyzeText(text).findings.filter((f) => f.kind === 'non_answer');
          expect(found.map((f) => [f.rule, f.text])).toEqual([]);
        });
      }
    });
  }
});

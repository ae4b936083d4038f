// Robustness: on random and hostile text the engine never throws, always finishes, and every
// offset it returns points at exactly the text it claims.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/index';
import type { Report } from '../../src/core/types';

function checkInvariants(input: string, report: Report): void {
  expect(report.textLength).toBe(Math.min(input.length, 2_000_000));
  let previousStart = -1;
  report.findings.forEach((f, i) => {
    expect(f.id).toBe(`f${i}`);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(report.textLength);
    expect(f.text).toBe(input.slice(f.start, f.end));
    expect(f.sentenceStart).toBeLessThanOrEqual(f.start);
    expect(f.sentenceEnd).toBeGreaterThanOrEqual(f.end);
    expect(f.sentence).toBe(input.slice(f.sentenceStart, f.sentenceEnd));
    expect(f.start).toBeGreaterThanOrEqual(previousStart);
    previousStart = f.start;
  });
  for (const a of report.attributions) {
    expect(a.text).toBe(input.slice(a.start, a.end));
  }
}

// Words that make rules fire, mixed with punctuation and quotes, so random text reaches the matchers.
const NEWSY = [
  'officials', 'said', 'a', 'senior', 'official', 'sources', 'say', 'told', 'ABC', 'News', 'declined', 'to',
  'comment', 'did', 'not', 'respond', 'they', 'he', 'she', 'according', 'people', 'familiar', 'with', 'the',
  'matter', 'Mr.', 'U.S.', 'p.m.', 'reportedly', 'is', 'said', 'to', 'have', '“', '”', '"', ',', '.', '?', '!',
  '\n', '\n\n', 'who', 'was', 'authorized', 'analysts', 'I', 'have', 'had', 'that', 'discussion', 'could', 'say',
];
const newsyText = fc.array(fc.constantFrom(...NEWSY), { maxLength: 300 }).map((w) => w.join(' '));

// Generous limits: the machine may be shared; these tests check completion and correctness, not speed.
const SLOW = { timeout: 180_000 };

describe('analyzeText on random text', SLOW, () => {
  it('keeps its invariants on arbitrary unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (s) => checkInvariants(s, analyzeText(s))), { numRuns: 200 });
  });

  it('keeps its invariants on news-like word soup', () => {
    fc.assert(fc.property(newsyText, (s) => checkInvariants(s, analyzeText(s))), { numRuns: 400 });
  });
});

describe('analyzeText on adversarial text', SLOW, () => {
  const cases: Record<string, string> = {
    'a megabyte without punctuation': 'officials say sources told people familiar with the matter '.repeat(17_500),
    'thousands of "said"': 'said '.repeat(20_000),
    'thousands of "they said"': 'Officials said so. They said it. '.repeat(5_000),
    'unbalanced quotes': '“He said. '.repeat(5_000) + '" " " officials said.',
    'emoji and surrogates': '😀 officials 👩🏽‍⚖️ said “🙂.” '.repeat(3_000),
    'right-to-left text': 'قال مسؤولون إن sources said \u202Eofficials said\u202C. '.repeat(3_000),
    'NUL and control characters': 'officials\u0000said\u0000. \u0001\u0002 declined to comment\u0000'.repeat(3_000),
    'CRLF paragraphs': 'Sources said it.\r\n\r\nThe official declined to comment.\r\n'.repeat(3_000),
    'only dots': '.'.repeat(100_000),
  };
  for (const [name, input] of Object.entries(cases)) {
    it(`survives ${name}`, () => checkInvariants(input, analyzeText(input)));
  }

  it('finishes a 16× repetition of a news paragraph and scales its findings with it', () => {
    const paragraph = 'Two people familiar with the talks said the deal was near. The ministry did not respond to a request for comment. “We will see,” Ms. Park said.\n\n';
    const once = analyzeText(paragraph);
    const sixteen = paragraph.repeat(16 * 200);
    const report = analyzeText(sixteen);
    checkInvariants(sixteen, report);
    expect(report.findings.length).toBe(once.findings.length * 16 * 200);
  });

  it('marks an over-long text partial and analyses its head', () => {
    const input = 'Officials said so. '.repeat(110_000);
    const report = analyzeText(input);
    expect(report.partial).toBe(true);
    expect(report.textLength).toBe(2_000_000);
    checkInvariants(input, report);
  });
});

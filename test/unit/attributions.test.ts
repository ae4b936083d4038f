import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/index';

const kinds = (text: string) => analyzeText(text).attributions.map((a) => `${a.kind}:${a.name}`);

describe('on-the-record attributions', () => {
  it('counts named people in both orders', () => {
    expect(kinds('“We will rebuild,” Mayor Ana Diaz said.')).toContain('named_person:Mayor Ana Diaz');
    expect(kinds('“We will rebuild,” said Ana Diaz.')).toContain('named_person:Ana Diaz');
  });

  it('counts institutions, documents and publications, and never highlights them', () => {
    const report = analyzeText('The company said profits rose. Police said two men were held. According to court documents, the deal closed in May. The merger was first reported, according to Reuters, last week.');
    expect(report.findings).toEqual([]);
    expect(report.counts.institution).toBeGreaterThanOrEqual(2);
    expect(report.counts.document).toBeGreaterThanOrEqual(1);
    expect(report.counts.publication).toBeGreaterThanOrEqual(1);
  });

  it('fills counts and the report envelope', () => {
    const report = analyzeText('Officials said the road is closed. The mayor declined to comment.');
    expect(report.counts.anonymous_source).toBe(1);
    expect(report.counts.non_answer).toBe(1);
    expect(report.sentenceCount).toBe(2);
    expect(report.partial).toBe(false);
    expect(report.findings.map((f) => f.id)).toEqual(['f0', 'f1']);
  });
});

// startAnalysis runs the pipeline one sentence per next() so the content script can pause between
// sentences; whatever the pace, the report must be the one analyzeText gives in one go.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText, startAnalysis } from '../../src/core/index';
import { sharedFile } from '../helpers/shared-dir';

// Project-written texts. Each has a follow-up ("One of them said", "They said") whose antecedent is
// in an earlier sentence, so a step that lost the state carried between sentences would show.
const texts: Array<[string, string]> = [
  ['harbour depot', `Two officials familiar with the talks said the city had quietly dropped its plan to sell the harbour depot. One of them said the mayor's office feared a backlash before the autumn vote.

A spokesperson for the port authority declined to comment. Mayor Elena Duarte told reporters on Tuesday that "no decision has been taken," and her deputy, Tomas Reyes, said the depot would stay open through the winter.

Several dockworkers, who asked not to be named because they were not authorised to speak, said they had been told to expect layoffs. They said the notices would arrive in March.`],
  ['school budget', `The district will close three rural schools next year, according to people briefed on the draft budget. They said the board had not yet told the parents.

Superintendent Marcus Lindqvist did not respond to requests for comment. A board member, speaking on condition of anonymity, said the savings were smaller than advertised. She added that two of the schools had been renovated only last summer.`],
  ['on the record', `The bridge reopened on Monday after six weeks of repairs. Transport minister Ana Okafor said the work had finished two days early, and the contractor, Baltic Steelworks, confirmed the figure in a statement.`],
];

const corpusDir = sharedFile('corpus/text');
const corpus: Array<[string, string]> = corpusDir
  ? readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => [f, readFileSync(path.join(corpusDir, f), 'utf8')])
  : [];
if (!corpusDir) console.warn('../shared/corpus/text is absent: stepwise analysis checked on project texts only');

describe('startAnalysis', () => {
  it('carries state between sentences in the project texts (the equality below is not between trivial reports)', () => {
    const report = analyzeText(texts[0]![1]);
    expect(report.findings.map((f) => f.text)).toContain('One of them said');
    // The same follow-up on its own has no antecedent: the finding above comes from the earlier sentence.
    expect(analyzeText("One of them said the mayor's office feared a backlash.").findings).toEqual([]);
    expect(analyzeText(texts[1]![1]).findings.some((f) => f.rule === 'follow-up-reference')).toBe(true);
  });

  describe.each([...texts, ...corpus])('on %s', (_name, text) => {
    it('gives the report of analyzeText when stepped to the end', () => {
      const analysis = startAnalysis(text);
      while (analysis.next());
      expect(analysis.report()).toEqual(analyzeText(text));
    });

    it('steps once per sentence, then keeps answering false', () => {
      const analysis = startAnalysis(text);
      let steps = 0;
      while (analysis.next()) steps++;
      expect(analysis.next()).toBe(false);
      expect(analysis.next()).toBe(false);
      const report = analysis.report();
      expect(report.sentenceCount).toBeGreaterThan(0);
      expect(steps).toBe(report.sentenceCount);
    });

    it('finishes the remaining sentences when report() comes early', () => {
      const analysis = startAnalysis(text);
      for (let i = 0; i < 2; i++) analysis.next();
      expect(analysis.report()).toEqual(analyzeText(text));
      // report() ran every sentence that was left.
      expect(analysis.next()).toBe(false);
    });
  });

  it('has nothing to step through on empty text', () => {
    const analysis = startAnalysis('');
    expect(analysis.next()).toBe(false);
    const report = analysis.report();
    expect(report.sentenceCount).toBe(0);
    expect(report.findings).toEqual([]);
    expect(report).toEqual(analyzeText(''));
  });
});

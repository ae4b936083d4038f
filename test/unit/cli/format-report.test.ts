// The readable summary, on hand-made reports (independent of what detection finds today).
import { describe, expect, it } from 'vitest';
import type { NonAnswerFinding, PageReport, Report } from '../../../src/core/types';
import { formatPageReport, formatTextReport } from '../../../src/cli/format-report';

const text = 'Officials said the bridge would reopen. The builder declined to comment.';
const finding: NonAnswerFinding = {
  id: 'f0', rule: 'declined-to-comment', kind: 'non_answer', subtype: 'declined_to_comment',
  text: 'declined to comment', start: 52, end: 71, sentence: 'The builder declined\n to comment.',
  sentenceStart: 40, sentenceEnd: 72, explanation: 'The builder was asked and did not answer.', standards: ['S10'],
  details: { who: 'The builder', whoKind: 'institution', quoted: false },
};
const report: Report = {
  version: 1, textLength: text.length, sentenceCount: 2, findings: [finding], attributions: [],
  counts: { anonymous_source: 0, non_answer: 1, named_person: 1, institution: 2, document: 0, publication: 0 },
  score: {
    value: 71, band: 'medium', verdict: 'Mostly on the record',
    components: [
      { id: 'named', label: 'Named sources', standards: ['S9'], points: 12, detail: '1 named person.', findingIds: [] },
      { id: 'zero', label: 'Nothing here', standards: ['S5'], points: 0, detail: 'none', findingIds: [] },
      { id: 'undescribed', label: 'Undescribed sources', standards: ['S2'], points: -8, detail: '1 of 1.', findingIds: [] },
    ],
  },
  partial: false,
};
const page: PageReport = {
  version: 1, url: 'https://paper.example.org/bridge', isArticle: true, notArticleReason: null,
  title: 'Bridge to reopen', byline: 'By A. Writer', siteName: 'The Paper',
  policies: [{ kind: 'unnamedSourcesPolicy', url: 'https://paper.example.org/anon' }], report, partial: true,
};

describe('formatPageReport', () => {
  const out = formatPageReport(page);

  it('heads the summary with title, outlet, byline and address', () => {
    expect(out.split('\n').slice(0, 3)).toEqual(['Bridge to reopen', 'The Paper · By A. Writer', 'https://paper.example.org/bridge']);
  });

  it('gives the score, its non-zero components with signs, and the counts', () => {
    expect(out).toContain('Transparency score: 71/100 (medium) — Mostly on the record');
    expect(out).toContain('   +12  Named sources (S9): 1 named person.');
    expect(out).toContain('    -8  Undescribed sources (S2): 1 of 1.');
    expect(out).not.toContain('Nothing here');
    expect(out).toContain('Found: 0 unnamed sources, 1 non-answer.');
    expect(out).toContain('On the record: 1 named person, 2 institutions, 0 documents, 0 publications.');
  });

  it('lists each finding with its sentence on one line and its explanation', () => {
    expect(out).toContain('Non-answers:\n  1. "declined to comment" (declined to comment)');
    expect(out).toContain('     Sentence: The builder declined to comment.');
    expect(out).toContain('     Why: The builder was asked and did not answer. [S10]');
    expect(out).not.toContain('Unnamed sources:');
  });

  it('names the policy and says when the analysis was partial', () => {
    expect(out).toContain('Published sourcing policy (unnamed sources): https://paper.example.org/anon');
    expect(out).toContain('only its first part was analysed');
  });

  it('says calmly when a page is not an article', () => {
    const notArticle = formatPageReport({ ...page, isArticle: false, report: null, notArticleReason: 'Just links.' });
    expect(notArticle).toContain('Not a news article: Just links.');
    expect(notArticle).not.toContain('Transparency score');
  });
});

describe('formatTextReport', () => {
  it('says when a text is not scored', () => {
    const out = formatTextReport({ ...report, score: null, findings: [] }, 'notes.txt');
    expect(out.startsWith('notes.txt\n')).toBe(true);
    expect(out).toContain('Transparency score: not scored');
    expect(out).not.toContain('Non-answers:');
  });
});

// Mock reports for the UI's render tests, written for these tests (no corpus text).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AnonymousFinding, NonAnswerFinding, PageReport } from '../../../src/core/types';
import { translatorFromMessages, type Translate } from '../../../src/ui/i18n';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** The real English strings, so tests see what readers see. */
export function englishTranslator(): Translate {
  const file = path.join(repoRoot, '_locales/en/messages.json');
  return translatorFromMessages(JSON.parse(readFileSync(file, 'utf8')));
}

export const HOSTILE = '<img src=x onerror=alert(1)>';

export function anonymousFinding(overrides: Partial<AnonymousFinding> = {}): AnonymousFinding {
  return {
    id: 'f0', rule: 'test-rule', kind: 'anonymous_source', subtype: 'unnamed_official',
    text: 'a senior harbour official said', start: 10, end: 40,
    sentence: 'The ferry will stop running in May, a senior harbour official said.', sentenceStart: 0, sentenceEnd: 67,
    explanation: 'An unnamed official: the reader cannot weigh who is speaking.',
    standards: ['S1', 'S2'],
    details: { descriptor: 'a senior harbour official', vantage: 'partial', reason: null, motive: null, count: 1, followUp: false },
    ...overrides,
  };
}

export function nonAnswerFinding(overrides: Partial<NonAnswerFinding> = {}): NonAnswerFinding {
  return {
    id: 'f1', rule: 'test-rule', kind: 'non_answer', subtype: 'declined_to_comment',
    text: 'declined to comment', start: 90, end: 109,
    sentence: 'The ferry company declined to comment on Tuesday.', sentenceStart: 70, sentenceEnd: 119,
    explanation: 'The company gave no answer; the article says so plainly.',
    standards: ['S10'],
    details: { who: 'The ferry company', whoKind: 'institution', quoted: false },
    ...overrides,
  };
}

export function articlePage(overrides: Partial<PageReport> = {}): PageReport {
  const findings = [anonymousFinding(), nonAnswerFinding()];
  return {
    version: 1, url: 'https://news.example.com/2026/ferry-cuts', isArticle: true, notArticleReason: null,
    title: 'Harbour ferry to stop in May', byline: 'A. Reporter', siteName: 'Example News',
    policies: [{ kind: 'unnamedSourcesPolicy', url: 'https://news.example.com/policies/sources' }],
    partial: false,
    report: {
      version: 1, textLength: 1200, sentenceCount: 14, findings, attributions: [],
      counts: { anonymous_source: 1, non_answer: 1, named_person: 3, institution: 1, document: 2, publication: 0 },
      partial: false,
      score: {
        value: 62, band: 'medium', verdict: 'Partly on the record',
        components: [
          { id: 'named-share', label: 'Named sources', standards: ['S9'], points: 6, detail: '3 of 4 sources are named', findingIds: [] },
          { id: 'no-reason', label: 'Anonymity without a reason', standards: ['S1'], points: -10, detail: '1 of 1 unnamed sources has no stated reason', findingIds: ['f0'] },
        ],
      },
    },
    ...overrides,
  };
}

export function notArticlePage(): PageReport {
  return {
    version: 1, url: 'https://docs.example.org/install', isArticle: false, notArticleReason: 'no article body found',
    title: 'Install guide', byline: null, siteName: null, policies: [], report: null, partial: false,
  };
}

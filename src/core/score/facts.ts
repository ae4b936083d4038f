import type { AnonymousFinding, Attribution, NonAnswerFinding, Report } from '../types';
import { WRITER } from '../attribution/writer';

/** What the score reads from a report, sorted once so components stay one-liners. */
export interface ScoreFacts {
  /** Every anonymous mention, follow-ups included: each is a statement resting on anonymity. */
  anonymousMentions: AnonymousFinding[];
  /** Anonymous mentions that introduce a source; follow-ups ("the official said") are left out. */
  anonymousSources: AnonymousFinding[];
  nonAnswers: NonAnswerFinding[];
  /** On-the-record attributions of every kind (people, institutions, documents, publications). */
  onRecord: Attribution[];
  /** onRecord + anonymousMentions: the attributed statements S9 divides. */
  attributedStatements: number;
  sentenceCount: number;
}

export type ScorableReport = Omit<Report, 'score'>;

export function collectFacts(report: ScorableReport): ScoreFacts {
  const anonymousMentions: AnonymousFinding[] = [];
  const nonAnswers: NonAnswerFinding[] = [];
  for (const finding of report.findings) {
    if (finding.kind === 'anonymous_source') anonymousMentions.push(finding);
    else nonAnswers.push(finding);
  }
  // The writer's own "I found", "we asked" is the byline speaking, not a source the story cites.
  const onRecord = report.attributions.filter((attribution) => attribution.name !== WRITER);
  return {
    anonymousMentions,
    anonymousSources: anonymousMentions.filter((finding) => !finding.details.followUp),
    nonAnswers,
    onRecord,
    attributedStatements: onRecord.length + anonymousMentions.length,
    sentenceCount: report.sentenceCount,
  };
}

/** Case- and space-insensitive key, so "the Justice Department" and "The Justice  Department" count once. */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/^(the|a|an)\s+/, '').replace(/\s+/g, ' ').trim();
}

export function distinctNames(attributions: Attribution[]): string[] {
  return [...new Set(attributions.map((attribution) => nameKey(attribution.name)))].filter(Boolean);
}

export function ids(findings: { id: string }[]): string[] {
  return findings.map((finding) => finding.id);
}

/** "1 anonymous source", "3 anonymous sources": counts read as words in details. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

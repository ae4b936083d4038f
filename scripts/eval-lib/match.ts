// Matching findings to hand labels: same kind, same sentence (whitespace and quotes normalised),
// and the finding's text overlaps the label's quote. One finding per label and vice versa.

import type { Finding } from '../../src/core/types';
import type { Label } from './corpus';

export function normalise(s: string): string {
  return s.replace(/[“”„″]/g, '"').replace(/[‘’‚′]/g, "'").replace(/[\u00ad\u200b]/g, '').replace(/\s+/g, ' ').trim();
}

export interface Judged { finding: Finding; label: Label | null }

function sameSentence(label: Label, finding: Finding): boolean {
  const ls = normalise(label.sentence);
  const fs = normalise(finding.sentence);
  if (fs.includes(ls) || ls.includes(fs)) return true;
  // Segmenters differ: accept when the label's quote with some context appears in the finding's sentence.
  const q = normalise(label.quote);
  const at = ls.indexOf(q);
  if (at < 0) return false;
  const window = ls.slice(Math.max(0, at - 25), Math.min(ls.length, at + q.length + 25));
  return fs.includes(window);
}

function textOverlapsQuote(label: Label, finding: Finding): boolean {
  const fs = normalise(finding.sentence);
  const q = normalise(label.quote);
  const prefix = finding.sentence.slice(0, finding.start - finding.sentenceStart);
  const fStart = normalise(prefix + 'x').length - 1;
  const fEnd = fStart + normalise(finding.text).length;
  for (let at = fs.indexOf(q); at >= 0; at = fs.indexOf(q, at + 1)) {
    if (at < fEnd + 1 && fStart < at + q.length + 1) return true;
  }
  return false;
}

/** Pairs findings and labels of one page. */
export function judge(findings: Finding[], labels: Label[]): { judged: Judged[]; missed: Label[] } {
  const used = new Set<Label>();
  const judged: Judged[] = findings.map((finding) => {
    const label = labels.find((l) => !used.has(l) && l.kind === finding.kind && sameSentence(l, finding) && textOverlapsQuote(l, finding)) ?? null;
    if (label) used.add(label);
    return { finding, label };
  });
  return { judged, missed: labels.filter((l) => !used.has(l)) };
}

export interface Score { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }

export function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

const LOOSE_SUBTYPES = new Set(['generic_group', 'vague_attribution']);

/** Strict mode drops borderline labels and the loose subtypes; findings on them are ignored, not false. */
export function isStrictLabel(l: Label): boolean {
  return !l.borderline && !LOOSE_SUBTYPES.has(l.subtype);
}

export function countedInStrict(j: Judged): boolean {
  if (j.label) return isStrictLabel(j.label);
  return !(j.finding.kind === 'anonymous_source' && LOOSE_SUBTYPES.has(j.finding.subtype));
}

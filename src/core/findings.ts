// From the rules' candidate matches to the report's findings: one finding per use, with its
// explanation and the standards it bears on.
import type { Finding, StandardId } from './types';
import { overlaps, type Candidate } from './candidate';
import type { Rule } from './rules/index';
import { explainAnonymous, explainNonAnswer } from './explain';

/**
 * Which subtype wins when two phrasing classes claim the same words with spans of the same length: the
 * more specific reading first ("people familiar with", then a spokesperson, an official, …, a hedge).
 * Declared here so that the registry's order never decides a finding's subtype, and with it the score.
 */
export const SUBTYPE_PRECEDENCE: readonly string[] = [
  'explicit_anonymous', 'unnamed_spokesperson', 'unnamed_official', 'unnamed_organisation', 'unnamed_individual',
  'generic_group', 'vague_attribution',
  'declined_to_comment', 'no_response', 'unable_or_unavailable', 'refused_or_evaded',
];

/** True when candidate `c` should replace the overlapping `other`: longer, or as long and ranked higher. */
function outranks(c: Candidate, other: Candidate): boolean {
  const a = c.match.end - c.match.start;
  const b = other.match.end - other.match.start;
  if (a !== b) return a > b;
  const rank = SUBTYPE_PRECEDENCE.indexOf(c.match.subtype) - SUBTYPE_PRECEDENCE.indexOf(other.match.subtype);
  // Same length and subtype: the reading is the same, and the match kept first stays (its rule names it).
  return rank < 0;
}

/** One finding per use: overlapping matches of the same kind keep the longest span, fallbacks last. */
export function merge(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.match.start - b.match.start || b.match.end - a.match.end);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    // Sorted by start and non-overlapping per kind: only the last few kept matches can clash.
    let clash = -1;
    for (let k = kept.length - 1; k >= 0 && k >= kept.length - 8; k--) {
      if (kept[k]!.match.kind === c.match.kind && overlaps(kept[k]!.match, c.match)) { clash = k; break; }
    }
    if (clash < 0) { kept.push(c); continue; }
    const other = kept[clash]!;
    if (c.rule.fallback !== other.rule.fallback) {
      if (other.rule.fallback) kept[clash] = c;
      continue;
    }
    if (outranks(c, other)) kept[clash] = c;
  }
  return kept.sort((a, b) => a.match.start - b.match.start);
}

const STANDARD_ORDER: readonly StandardId[] = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9', 'S10', 'S11', 'S12'];

/** The rule's standards, plus S3 when a motive is stated and S6 for a single source; in S-order. */
function standardsFor(rule: Rule, motive: boolean, single: boolean): StandardId[] {
  return STANDARD_ORDER.filter((s) => rule.standards.includes(s) || (motive && s === 'S3') || (single && s === 'S6'));
}

export function toFinding(c: Candidate, index: number, text: string): Finding {
  const { match, rule, sentence } = c;
  const base = {
    id: `f${index}`, rule: rule.id, text: text.slice(match.start, match.end), start: match.start, end: match.end,
    sentence: text.slice(sentence.start, sentence.end), sentenceStart: sentence.start, sentenceEnd: sentence.end,
  };
  if (match.kind === 'non_answer') {
    return { ...base, kind: 'non_answer', subtype: match.subtype, details: match.details, explanation: explainNonAnswer(match.subtype, match.details, base.text), standards: standardsFor(rule, false, false) };
  }
  return { ...base, kind: 'anonymous_source', subtype: match.subtype, details: match.details, explanation: explainAnonymous(match.subtype, match.details), standards: standardsFor(rule, match.details.motive !== null, match.details.count === 1) };
}

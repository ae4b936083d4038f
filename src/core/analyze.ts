// The detection pipeline: text → sentences → rules → merged findings, attributions and a score.

import type { Attribution, Finding, Report, StandardId } from './types';
import { segmentSentences, type Sentence } from './sentences';
import { tokenize } from './tokens';
import { RULES, type Rule, type RuleMatch, type SentenceContext, type SpeakerEvent } from './rules/index';
import { findAttributions } from './attributions';
import { explainAnonymous, explainNonAnswer } from './explain';
import { computeScore } from './score/index';

/** Longer texts are cut here and the report marked partial; no real article comes close. */
export const MAX_ANALYSED_CHARS = 2_000_000;

/** How far back (in characters) follow-up rules may look for an antecedent speaker. */
const SPEAKER_MEMORY_CHARS = 3000;

interface Candidate { rule: Rule; match: RuleMatch; sentence: Sentence }

const MAIN_RULES = RULES.filter((r) => r.phase !== 'follow-up');
const FOLLOW_UP_RULES = RULES.filter((r) => r.phase === 'follow-up');

export function analyzeText(input: string): Report {
  const partial = input.length > MAX_ANALYSED_CHARS;
  const text = partial ? input.slice(0, MAX_ANALYSED_CHARS) : input;
  const sentences = segmentSentences(text);
  const speakers: SpeakerEvent[] = [];
  const candidates: Candidate[] = [];
  const attributions: Attribution[] = [];

  for (const sentence of sentences) {
    const tokens = tokenize(text, sentence.start, sentence.end);
    const sentenceText = text.slice(sentence.start, sentence.end);
    const words = new Set<string>();
    for (const t of tokens) if (t.isWord) words.add(t.lower);
    const ctx: SentenceContext = { text, sentence, sentenceText, tokens, words, speakers };
    const found: Candidate[] = [];
    for (const rule of MAIN_RULES) for (const match of rule.match(ctx)) found.push({ rule, match, sentence });
    const kept = found.length ? dropSpokespeopleWhoOnlyDecline(found, text, sentence.end) : found;
    const named = findAttributions(text, tokens).filter((a) => !kept.some((c) => overlaps(c.match, a)));
    for (const { plural: _plural, ...a } of named) attributions.push(a);
    if (kept.length === 0 && named.length === 0 && speakers.length === 0) continue;

    const events: SpeakerEvent[] = [
      ...kept.filter((c) => c.match.kind === 'anonymous_source').map((c) => eventOf(c.match, text)),
      ...named.filter((a) => a.kind === 'named_person' || a.kind === 'institution')
        .map((a) => ({ at: a.start, anonymous: false, plural: a.plural, subtype: null, descriptor: a.name })),
    ].sort((a, b) => a.at - b.at);
    speakers.push(...events);
    for (const rule of FOLLOW_UP_RULES) {
      for (const match of rule.match(ctx)) {
        if (kept.some((c) => overlaps(c.match, match))) continue;
        kept.push({ rule, match, sentence });
        insertSorted(speakers, eventOf(match, text));
      }
    }
    for (const c of kept) candidates.push(c);
    // Antecedents only reach back a paragraph or two: forget older speakers so memory stays flat.
    if (speakers.length > 256) {
      const keepFrom = speakers.findIndex((s) => s.at >= sentence.start - SPEAKER_MEMORY_CHARS);
      speakers.splice(0, keepFrom < 0 ? speakers.length : keepFrom);
    }
  }

  const findings = merge(candidates).map((c, i) => toFinding(c, i, text));
  const counts = {
    anonymous_source: findings.filter((f) => f.kind === 'anonymous_source').length,
    non_answer: findings.filter((f) => f.kind === 'non_answer').length,
    named_person: attributions.filter((a) => a.kind === 'named_person').length,
    institution: attributions.filter((a) => a.kind === 'institution').length,
    document: attributions.filter((a) => a.kind === 'document').length,
    publication: attributions.filter((a) => a.kind === 'publication').length,
  };
  const withoutScore = { version: 1 as const, textLength: text.length, sentenceCount: sentences.length, findings, attributions, counts, partial };
  return { ...withoutScore, score: computeScore(withoutScore) };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function eventOf(match: RuleMatch, text: string): SpeakerEvent {
  const plural = match.kind === 'anonymous_source' && match.details.count !== 1;
  return {
    at: match.start, anonymous: match.kind === 'anonymous_source', plural,
    subtype: match.kind === 'anonymous_source' ? match.subtype : null,
    descriptor: match.kind === 'anonymous_source' ? match.details.descriptor : text.slice(match.start, match.end),
  };
}

function insertSorted(events: SpeakerEvent[], event: SpeakerEvent): void {
  let k = events.length;
  while (k > 0 && events[k - 1]!.at > event.at) k--;
  events.splice(k, 0, event);
}

/** Characters of reported content between a spokesperson's verb and a later non-answer that count as a claim. */
const SPOKESPERSON_CLAIM_CHARS = 50;

/**
 * "a spokeswoman said she was not available": an unnamed spokesperson who only declines is a non-answer
 * alone. One who also claims something ("said the department was aware of reports but declined to give
 * details", "…does not comment on leaks and that talks were continuing") stays a source.
 */
function dropSpokespeopleWhoOnlyDecline(found: Candidate[], text: string, sentenceEnd: number): Candidate[] {
  return found.filter((c) => {
    if (c.match.kind !== 'anonymous_source' || c.match.subtype !== 'unnamed_spokesperson') return true;
    // The nearest later non-answer decides (rules run in registry order, not text order).
    let decline: Candidate | undefined;
    for (const o of found) {
      if (o.match.kind === 'non_answer' && o.match.start >= c.match.start && (!decline || o.match.start < decline.match.start)) decline = o;
    }
    if (!decline) return !onlyQuotedAnEvasion(found, c, text);
    // A span that runs over the non-answer ("spokesperson … did not respond … said") is one clause.
    if (decline.match.start < c.match.end) return false;
    if (decline.match.start - c.match.end > SPOKESPERSON_CLAIM_CHARS) return true;
    // "said the squad was told on Friday but declined to discuss the fee": a claim, then a refusal.
    if (/\b(?:but|and)\s/.test(text.slice(c.match.end, decline.match.start))) return true;
    const rest = text.slice(decline.match.end, Math.min(sentenceEnd, decline.match.end + 200));
    return /\b(?:and|but) (?:that|said|added|noted|stressed)\b/.test(rest);
  });
}

/** Quote closers a spokesperson's tag may follow, plus descriptor words the span left out: "…,” a transport ministry spokesman said". */
const QUOTE_THEN_TAG = /^[,.]?[”"],?\s*(?:[\w’'-]+\s+){0,3}$/;

/**
 * "“We do not discuss security arrangements,” a spokesman said": the quote before the tag is nothing but
 * a quoted evasion, so the spokesperson only declined. A longer quote with a claim keeps the source.
 */
function onlyQuotedAnEvasion(found: Candidate[], spokesperson: Candidate, text: string): boolean {
  for (const o of found) {
    if (o.match.kind !== 'non_answer' || !o.match.details.quoted || o.match.end > spokesperson.match.start) continue;
    if (!QUOTE_THEN_TAG.test(text.slice(o.match.end, spokesperson.match.start))) continue;
    // The evasion must open its quote: "“We don't discuss…" — not the tail of a longer quoted claim.
    const opener = text.slice(Math.max(0, o.match.start - 2), o.match.start).trim();
    if (opener.endsWith('“') || opener.endsWith('"')) return true;
  }
  return false;
}

/** One finding per use: overlapping matches of the same kind keep the longest span. */
function merge(candidates: Candidate[]): Candidate[] {
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
    if (c.match.end - c.match.start > other.match.end - other.match.start) kept[clash] = c;
  }
  return kept.sort((a, b) => a.match.start - b.match.start);
}

const STANDARD_ORDER: readonly StandardId[] = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9', 'S10', 'S11', 'S12'];

/** The rule's standards, plus S3 when a motive is stated and S6 for a single source; in S-order. */
function standardsFor(rule: Rule, motive: boolean, single: boolean): StandardId[] {
  return STANDARD_ORDER.filter((s) => rule.standards.includes(s) || (motive && s === 'S3') || (single && s === 'S6'));
}

function toFinding(c: Candidate, index: number, text: string): Finding {
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

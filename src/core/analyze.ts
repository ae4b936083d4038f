// The detection pipeline: text → sentences → rules → merged findings, attributions and a score.
// It runs one sentence at a time (startAnalysis), so a caller that must not hold the thread for
// long (the content script) can stop between sentences; analyzeText runs it straight through.
// Either way the report is the same: the state carried from sentence to sentence lives here.

import type { Attribution, Report } from './types';
import { segmentSentences, type Sentence } from './sentences';
import { tokenize, type Token } from './tokens';
import { RULES, type RuleMatch, type SentenceContext, type SpeakerEvent } from './rules/index';
import { findAttributions, type FoundAttribution } from './attributions';
import { findOnRecord } from './attribution/on-record';
import { ATTRIBUTION_CUE_WORDS } from './lexicon/en/cue-index';
import { overlaps, type Candidate } from './candidate';
import { merge, toFinding } from './findings';
import { dropSpokespeopleWhoOnlyDecline } from './spokesperson-declines';
import { computeScore } from './score/index';

/** Longer texts are cut here and the report marked partial; no real article comes close. */
export const MAX_ANALYSED_CHARS = 2_000_000;

/** How far back (in characters) follow-up rules may look for an antecedent speaker. */
const SPEAKER_MEMORY_CHARS = 3000;

const MAIN_RULES = RULES.filter((r) => r.phase !== 'follow-up');
const FOLLOW_UP_RULES = RULES.filter((r) => r.phase === 'follow-up');

/** An analysis in progress, advanced one sentence per `next()` call. */
export interface TextAnalysis {
  /** Analyses the next sentence; false (and nothing done) once every sentence has been analysed. */
  next(): boolean;
  /** The report, once `next()` has returned false (it finishes the remaining sentences otherwise). */
  report(): Report;
}

export function analyzeText(input: string): Report {
  return startAnalysis(input).report();
}

export function startAnalysis(input: string): TextAnalysis {
  const partial = input.length > MAX_ANALYSED_CHARS;
  const text = partial ? input.slice(0, MAX_ANALYSED_CHARS) : input;
  const sentences = segmentSentences(text);
  const speakers: SpeakerEvent[] = [];
  const candidates: Candidate[] = [];
  const attributions: Attribution[] = [];
  let index = 0;

  function next(): boolean {
    const sentence = sentences[index];
    if (!sentence) return false;
    index++;
    analyseSentence(text, sentence, speakers, candidates, attributions);
    return true;
  }

  function report(): Report {
    while (next());
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

  return { next, report };
}

/** Runs every rule on one sentence, adding to the running candidates, attributions and speakers. */
function analyseSentence(
  text: string, sentence: Sentence, speakers: SpeakerEvent[], candidates: Candidate[], attributions: Attribution[],
): void {
  const tokens = tokenize(text, sentence.start, sentence.end);
  const sentenceText = text.slice(sentence.start, sentence.end);
  const words = new Set<string>();
  for (const t of tokens) if (t.isWord) words.add(t.lower);
  const ctx: SentenceContext = { text, sentence, sentenceText, tokens, words, speakers };
  const found: Candidate[] = [];
  // Most sentences of a story attribute nothing; the attribution grammar skips those whole.
  const attributive = tokens.some((t) => ATTRIBUTION_CUE_WORDS.has(t.lower));
  for (const rule of MAIN_RULES) {
    if (rule.needsCue && !attributive) continue;
    for (const match of rule.match(ctx)) found.push({ rule, match, sentence });
  }
  const kept = found.length ? dropSpokespeopleWhoOnlyDecline(found, text, sentence.end) : found;
  const named = attributive ? onRecordAttributions(text, tokens, speakers).filter((a) => !kept.some((c) => overlaps(c.match, a))) : [];
  for (const { plural: _plural, ...a } of named) attributions.push(a);
  if (kept.length === 0 && named.length === 0 && speakers.length === 0) return;

  const events: SpeakerEvent[] = [
    ...kept.filter((c) => c.match.kind === 'anonymous_source').map((c) => eventOf(c.match, text)),
    ...named.filter((a) => a.kind === 'named_person' || a.kind === 'institution')
      .map((a) => ({ at: a.start, anonymous: false, plural: a.plural, subtype: null, descriptor: a.name, institution: a.kind === 'institution' })),
  ].sort((a, b) => a.at - b.at);
  speakers.push(...events);
  for (const rule of FOLLOW_UP_RULES) {
    if (rule.needsCue && !attributive) continue;
    for (const match of rule.match(ctx)) {
      // A follow-up outranks the catch-all: "One called it tense" after "Two donors …" is the donors again.
      const clashing = kept.filter((c) => overlaps(c.match, match));
      if (clashing.some((c) => !c.rule.fallback)) continue;
      for (const c of clashing) kept.splice(kept.indexOf(c), 1);
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

/** Words the older reader's "documents reviewed/obtained/seen by …" and "according to" need. */
const OLDER_READER_CUES = new Set(['reviewed', 'obtained', 'seen', 'according']);

/**
 * The attribution layer's on-record sources, plus the documents and publications of the older reader
 * that it does not cover ("documents reviewed by the Post").
 */
function onRecordAttributions(text: string, tokens: Token[], speakers: readonly SpeakerEvent[]): FoundAttribution[] {
  const layer = findOnRecord(text, tokens, speakers);
  // The older reader only adds documents and publications now: run it where its cues are.
  if (!tokens.some((t) => OLDER_READER_CUES.has(t.lower))) return layer;
  const older = findAttributions(text, tokens)
    .filter((a) => (a.kind === 'document' || a.kind === 'publication') && !layer.some((b) => overlaps(a, b)));
  return [...layer, ...older].sort((a, b) => a.start - b.start);
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

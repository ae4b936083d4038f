// The shape every detection rule has. A rule is one file in this folder; its id is the file name,
// so ids, CSS names and docs cannot drift apart. Rules see one sentence at a time, plus what came
// before it (for follow-ups like "the official said").

import type { FindingKind, AnonymousDetails, AnonymousSubtype, NonAnswerDetails, NonAnswerSubtype, StandardId } from '../types';
import type { Sentence } from '../sentences';
import type { Token } from '../tokens';

/** Someone who was quoted or paraphrased earlier: lets "they said" find its antecedent. */
export interface SpeakerEvent {
  /** Offset in the analysed text where the speaker was mentioned. */
  at: number;
  anonymous: boolean;
  plural: boolean;
  subtype: AnonymousSubtype | null;
  descriptor: string;
  /** An institution speaking ("the ministry said"): what "it" and "they" may point back to. */
  institution?: boolean;
}

export interface SentenceContext {
  /** The whole analysed text; offsets index into it. */
  text: string;
  sentence: Sentence;
  /** The sentence's text. */
  sentenceText: string;
  tokens: Token[];
  /** The lower-cased words of the sentence, for cheap checks before any regex runs. */
  words: ReadonlySet<string>;
  /** Speakers met so far, in text order (previous sentences, then earlier in this one). */
  speakers: readonly SpeakerEvent[];
}

export type RuleMatch =
  | { kind: 'anonymous_source'; subtype: AnonymousSubtype; start: number; end: number; details: AnonymousDetails }
  | { kind: 'non_answer'; subtype: NonAnswerSubtype; start: number; end: number; details: NonAnswerDetails };

export interface Rule {
  id: string;
  /** What the rule finds; lets settings and docs group rules without running them. */
  kind: FindingKind;
  description: string;
  standards: StandardId[];
  /** Follow-up rules run after the others, once this sentence's speakers are known. */
  phase?: 'follow-up';
  /**
   * A fallback rule's match gives way to any other rule's overlapping match, whatever their lengths:
   * the phrasing-specific rules and the follow-ups know more about a span than the catch-all does.
   */
  fallback?: true;
  /**
   * The rule matches only where an attribution cue stands (a verb of its lexicon, "according to",
   * a statement noun): sentences without any cue word skip it. Declared by rules built on the
   * attribution grammar; see lexicon/en/cue-index.ts.
   */
  needsCue?: true;
  match(ctx: SentenceContext): RuleMatch[];
}

// Finds where a source noun is the speaker of an attribution verb, in the orders news uses:
//   subject first   "a senior official, who was not authorized to speak, said"
//   inverted        "…,” said a Virginia Democrat"
//   according to    "according to two people familiar with the talks"
//   relative        "aides, who saw the announcement as a distraction"
// Every scan is bounded by a small window, so the whole pass stays linear in the sentence.

import type { Token } from '../tokens';
import { ATTRIBUTION_VERBS, AUXILIARIES, INVERSION_VERBS, NEGATIONS, STANCE_ADJECTIVES, isAdverb } from '../lexicon/verbs';
import { voicesClaim } from './verb-sense';
import { COMPLEMENT_STARTERS, DETERMINERS, FUNCTION_WORDS, MODIFIERS, OBJECT_PREPOSITIONS, QUANTIFIER_NOUNS } from '../lexicon/nouns';

export type PhraseOrder = 'subject-first' | 'inverted' | 'according-to' | 'relative';

/** The verbs a phrase may end in: the rules' own list by default, or the attribution layer's cues. */
export interface VerbLexicon {
  verbs: ReadonlySet<string>;
  /** Verbs that may stand before their subject after a quote. */
  inversions: ReadonlySet<string>;
  /** A further check on the verb in its sentence ("pointed to", not "pointed a gun"). */
  accepts?(tokens: Token[], verb: number): boolean;
  /** Verbs whose negation still reports a view: "analysts don't expect a cut" (a belief, not a silence). */
  negatable?: ReadonlySet<string>;
  /**
   * Also read sources that stand after the cue as its agent or its interviewee: "criticised by
   * analysts", "a statement by a spokesperson", "spoke to one mother", "interviewed residents".
   */
  agents?: {
    participles: ReadonlySet<string>; nouns: ReadonlySet<string>; interviews: ReadonlySet<string>;
    /** Who can be the one interviewing: the writer, reporters, an outlet by name. */
    interviewers: ReadonlySet<string>;
    /** Nouns of talk held in a group, read with "among": "discussions among pilots". */
    groupTalk: ReadonlySet<string>;
    /** Verbs of causing whose object goes on to speak: "prompted some users to argue". */
    prompters: ReadonlySet<string>;
    /** Nouns of a view held after "are of the": "view", "opinion". */
    heldViews: ReadonlySet<string>;
  };
}

const DEFAULT_LEXICON: VerbLexicon = { verbs: ATTRIBUTION_VERBS, inversions: INVERSION_VERBS };

export interface SourcePhrase {
  /** Token index where the descriptor starts (its determiner, if any). */
  descStart: number;
  /** Token index of the head noun. */
  head: number;
  /** Token index just after the descriptor, complement included ("familiar with the talks"). */
  descEnd: number;
  /** Token indexes of the attributing verb (or "according to"). */
  verbStart: number;
  verbEnd: number;
  order: PhraseOrder;
  /** The determiner's count, or null when the descriptor has none ("officials said"). */
  determiner: string | null;
}

const MAX_LEFT = 7;
const MAX_COMPLEMENT = 14;
const MAX_CLAUSE = 28;
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be']);
const CLAUSE_BREAKS = new Set([';', ':', '“', '”', '"', '(', ')', '.', '?', '!', '—', '–']);
/** "one of the officials", "two of them": a count picked out of a group. */
const PARTITIVES = new Set(['one', 'two', 'three', 'four', 'some', 'many', 'most', 'several', 'each', 'another', 'few', 'both']);
/** A source a reporter read about in another outlet: "…, citing people familiar with the talks". */
const CITING = new Set(['citing', 'cited', 'quoting', 'quoted']);
/** A listener, never a speaker, follows these: "told supporters", "tells reporters". */
const TELL_FORMS = new Set(['told', 'tell', 'tells']);
/** How far back a coordinated source may sit from its "according to": "according to a draft and two diplomats". */
const MAX_COORDINATION = 12;

/** Walks left from the head over modifiers to the determiner; returns the descriptor's first index. */
export function walkDescriptorLeft(tokens: Token[], head: number): { start: number; determiner: string | null } {
  let start = head;
  for (let k = head - 1; k >= 0 && head - k <= MAX_LEFT; k--) {
    const t = tokens[k]!;
    if (DETERMINERS.has(t.lower)) {
      // "one of the diplomats": the count before "of" is the determiner that matters.
      const part = tokens[k - 2];
      if (tokens[k - 1]?.lower === 'of' && part && PARTITIVES.has(part.lower)) return { start: k - 2, determiner: part.lower };
      return { start: k, determiner: t.lower };
    }
    if (t.lower === 'of' && k > 0 && QUANTIFIER_NOUNS.has(tokens[k - 1]!.lower)) {
      const article = tokens[k - 2];
      const from = article && (article.lower === 'a' || article.lower === 'an') ? k - 2 : k - 1;
      return { start: from, determiner: `a ${tokens[k - 1]!.lower} of` };
    }
    if (!t.isWord) {
      if (t.text === '-' || t.text === '’' || t.text === "'") { start = k; continue; }
      break;
    }
    if (FUNCTION_WORDS.has(t.lower)) break;
    if (t.lower === 'and' && k > 0 && (tokens[k - 1]!.capitalised || MODIFIERS.has(tokens[k - 1]!.lower))) { start = k; continue; }
    if (t.capitalised || MODIFIERS.has(t.lower) || t.lower.includes('-') || /'s$/.test(t.lower)) { start = k; continue; }
    // One unlisted modifier right after a determiner: "another commonwealth Democrat".
    const det = tokens[k - 1];
    if (det && DETERMINERS.has(det.lower) && k === head - 1) return { start: k - 1, determiner: det.lower };
    break;
  }
  return { start, determiner: null };
}

function skipAuxiliaries(tokens: Token[], from: number): { next: number; negated: boolean; passive: boolean } {
  let j = from;
  let negated = false;
  let passive = false;
  while (j < tokens.length && j - from < 6) {
    const l = tokens[j]!.lower;
    if (NEGATIONS.has(l) || l === 'not') { negated = true; j++; continue; }
    if (BE_FORMS.has(l)) { passive = true; j++; continue; }
    if (AUXILIARIES.has(l) || isAdverb(l)) { j++; continue; }
    if (/^(?:have|has|had|do|does|did|is|are|was|were|could|would|should|can|will)n't$/.test(l)) { negated = true; j++; continue; }
    break;
  }
  return { next: j, negated, passive };
}

/** The verb that makes the source speak, right after index `from`; -1 if none (or negated/passive). */
function verbAfter(tokens: Token[], from: number, lexicon: VerbLexicon): number {
  const { next, negated, passive } = skipAuxiliaries(tokens, from);
  const t = tokens[next];
  if (!t || (negated && !lexicon.negatable?.has(t.lower))) return -1;
  if (passive && STANCE_ADJECTIVES.has(t.lower)) return next;
  // "experts are of the view that …": a view held, with the attribution layer's lexicon.
  if (passive && lexicon.agents && t.lower === 'of' && tokens[next + 1]?.lower === 'the' && lexicon.agents.heldViews.has(tokens[next + 2]?.lower ?? '')) return next;
  if (!lexicon.verbs.has(t.lower)) return -1;
  if (passive && !t.lower.endsWith('ing')) return -1; // "officials were told": they heard, not said
  if (!voicesClaim(tokens, next)) return -1;
  if (lexicon.accepts && !lexicon.accepts(tokens, next)) return -1;
  return next;
}

/** Skips a complement after the head: a comma clause, or "familiar with the matter". */
/** "…, who was not authorized to speak, said": the end of a comma-enclosed clause at `comma`. */
function commaClauseEnd(tokens: Token[], comma: number): number {
  for (let k = comma + 1; k < tokens.length && k - comma <= MAX_CLAUSE; k++) {
    const t = tokens[k]!;
    if (CLAUSE_BREAKS.has(t.text)) return -1;
    if (t.text === ',') return k + 1;
  }
  return -1;
}

function complementEnd(tokens: Token[], head: number, lexicon: VerbLexicon): number[] {
  const ends = [head + 1];
  const first = tokens[head + 1];
  if (!first) return ends;
  if (first.text === ',') {
    const end = commaClauseEnd(tokens, head + 1);
    if (end > 0) ends.push(end);
  } else if (COMPLEMENT_STARTERS.has(first.lower) || servesSomeone(tokens, head) || participleOpens(tokens, head, lexicon)) {
    // "the official who wrote the op-ed …": the relative clause's own verb is not the attribution.
    const from = first.lower === 'who' || first.lower === 'that' ? head + 3 : head + 2;
    // A relative clause inside the description ("a teacher at a hub where three kids were hurt has said")
    // has its own verb group; the broad lexicon skips it before the description may end.
    let ownClause = false;
    for (let k = from; k < tokens.length && k - head <= MAX_COMPLEMENT; k++) {
      const t = tokens[k]!;
      if (CLAUSE_BREAKS.has(t.text)) break;
      if (lexicon.agents && RELATIVES.has(t.lower)) { ownClause = true; continue; }
      if (ownClause) {
        // The clause's verb group: auxiliaries, then the verb that closes it ("were murdered", "live").
        if (VERB_AUXILIARIES.has(t.lower)) continue;
        if (lexicon.verbs.has(t.lower) || t.lower.endsWith('ed') || finitePast(tokens, k)) { ownClause = false; continue; }
      }
      if (t.text === ',') {
        // "a person briefed on the talks, who was not authorized to speak, said"
        const end = commaClauseEnd(tokens, k);
        if (end > 0) ends.push(end);
        break;
      }
      // A verb group may end the complement only at its start: "officials in the Treasury have been
      // told" must be judged from "have" (a passive), not from "told". A participle ("…got a letter
      // saying") is not the noun's own verb.
      // After an article a cue word is a noun: "those making the claim have offered".
      const cueWord = lexicon.verbs.has(t.lower) && !t.lower.endsWith('ing') && !ARTICLES.has(tokens[k - 1]!.lower);
      if (AUXILIARIES.has(t.lower) || isAdverb(t.lower) || cueWord) {
        if (!inVerbGroup(tokens[k - 1]!)) {
          ends.push(k);
          // The attribution layer's broad lexicon ends the description at its first verb group:
          // "observers from the bloc were expected to publish a report" has no later verb of theirs.
          if (lexicon.agents && (VERB_AUXILIARIES.has(t.lower) || cueWord)) break;
        }
      } else if (lexicon.agents && finitePast(tokens, k)) {
        break; // "officials from the utility attended the meeting to answer …": their verb was no cue
      }
    }
  }
  return ends;
}

/**
 * "those involved in the programme", "those making the claim": with the attribution layer's lexicon,
 * a participle after the noun opens its description, unless it is itself the cue ("officials saying").
 */
function participleOpens(tokens: Token[], head: number, lexicon: VerbLexicon): boolean {
  if (!lexicon.agents) return false;
  const next = tokens[head + 1]!.lower;
  return next.length > 4 && next.endsWith('ing') && !lexicon.verbs.has(next);
}

/** People defined by whom they serve: "aides to Senator Kelly", "allies to the mayor". */
const SERVING_HEADS = new Set(['aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'ally', 'allies', 'assistant', 'assistants']);

/**
 * "to" opens a complement only after such a noun and before a named or determined person: "aides to the
 * minister said". Elsewhere "to" starts an infinitive ("asked aides to say nothing"), so it stays out
 * of COMPLEMENT_STARTERS.
 */
function servesSomeone(tokens: Token[], head: number): boolean {
  const next = tokens[head + 2];
  if (tokens[head + 1]?.lower !== 'to' || !next || !SERVING_HEADS.has(tokens[head]!.lower)) return false;
  return next.capitalised || DETERMINERS.has(next.lower);
}

/** Auxiliaries proper; AUXILIARIES also holds words like "both" and "first" that may sit in a description. */
const VERB_AUXILIARIES = new Set(['have', 'has', 'had', 'are', 'is', 'were', 'was', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'do', 'does', 'did', 'been']);
/** Words after which a verb form is a noun ("the claim", "their fears"); "her" may be an object, so it is not one. */
const ARTICLES = new Set(['a', 'an', 'the', 'their', 'its', 'his', 'my', 'our', 'your']);
const RELATIVES = new Set(['who', 'where', 'which', 'that', 'when', 'whose']);

/** A past-tense word right after a noun ("the utility attended"), not after a preposition or article. */
function finitePast(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  if (!t.isWord || t.capitalised || !t.lower.endsWith('ed') || t.lower.length < 5 || !prev?.isWord) return false;
  return !DETERMINERS.has(prev.lower) && !OBJECT_PREPOSITIONS.has(prev.lower) && !COMPLEMENT_STARTERS.has(prev.lower) && !AUXILIARIES.has(prev.lower);
}

function inVerbGroup(t: Token): boolean {
  return AUXILIARIES.has(t.lower) || BE_FORMS.has(t.lower) || NEGATIONS.has(t.lower) || isAdverb(t.lower);
}

/** All attributions whose speaker is the noun at `head`. */
export function phraseAt(tokens: Token[], head: number, lexicon: VerbLexicon = DEFAULT_LEXICON): SourcePhrase | null {
  const { start, determiner } = walkDescriptorLeft(tokens, head);
  const before = tokens[start - 1];
  const before2 = tokens[start - 2];
  if (before && before2 && before.lower === 'to' && before2.lower === 'according') {
    return { descStart: start, head, descEnd: head + 1, verbStart: start - 2, verbEnd: start, order: 'according-to', determiner };
  }
  // "Bloomberg reported, citing people familiar with the talks": the outlet's own anonymous source.
  if (before && CITING.has(before.lower)) {
    return { descStart: start, head, descEnd: head + 1, verbStart: start - 1, verbEnd: start, order: 'according-to', determiner };
  }
  // "criticised by analysts", "a statement by a spokesperson", "WIRED spoke to one mother".
  if (before && lexicon.agents && agentOrInterviewee(tokens, start, lexicon.agents)) {
    return { descStart: start, head, descEnd: head + 1, verbStart: start - 2, verbEnd: start, order: 'according-to', determiner };
  }
  // "according to witnesses and a local rights group": each conjunct is a source.
  if (before && before.lower === 'and' && coordinatedWithAccordingTo(tokens, start - 1)) {
    return { descStart: start, head, descEnd: head + 1, verbStart: start - 1, verbEnd: start, order: 'according-to', determiner };
  }
  // "with some residents saying …" makes the residents speak; elsewhere "with officials" is an object.
  const withSpeakers = lexicon.agents !== undefined && before?.lower === 'with' && (tokens[head + 1]?.lower.endsWith('ing') ?? false);
  const isObject = before !== undefined && OBJECT_PREPOSITIONS.has(before.lower) && !withSpeakers;
  // "calls from restaurant owners who said they were struggling": a restrictive "who" clause with a verb
  // of saying makes the people speak, even where they stand as an object.
  if (lexicon.agents && tokens[head + 1]?.lower === 'who') {
    const { next, negated } = skipAuxiliaries(tokens, head + 2);
    const t = tokens[next];
    if (t && !negated && lexicon.inversions.has(t.lower) && voicesClaim(tokens, next)) {
      return { descStart: start, head, descEnd: head + 2, verbStart: next, verbEnd: next + 1, order: 'subject-first', determiner };
    }
  }
  // "prompted some users to argue", "led one woman, who works nearby, to slam": the object of a verb of
  // causing is the one who then speaks.
  if (lexicon.agents && before && lexicon.agents.prompters.has(before.lower)) {
    const verb = promptedCue(tokens, head, lexicon);
    if (verb >= 0) return { descStart: start, head, descEnd: head + 1, verbStart: verb, verbEnd: verb + 1, order: 'subject-first', determiner };
  }
  if (!isObject) {
    for (const end of complementEnd(tokens, head, lexicon)) {
      const verb = verbAfter(tokens, end, lexicon);
      if (verb >= 0) return { descStart: start, head, descEnd: end, verbStart: verb, verbEnd: verb + 1, order: 'subject-first', determiner };
    }
    // "…, said investigators had not found": the noun starts a reported clause, it does not speak.
    const after = tokens[head + 1];
    const startsClause = after !== undefined && (AUXILIARIES.has(after.lower) || lexicon.verbs.has(after.lower));
    if (before && lexicon.inversions.has(before.lower) && !TELL_FORMS.has(before.lower) && (!before2 || !before2.isWord) && !startsClause) {
      return { descStart: start, head, descEnd: head + 1, verbStart: start - 1, verbEnd: start, order: 'inverted', determiner };
    }
  }
  // "aides, who saw it as a distraction": a non-restrictive relative clause voices the group's
  // view; a restrictive one ("the official who wrote the op-ed") only identifies.
  const k = head + 2;
  if (tokens[head + 1]?.text === ',' && tokens[k]?.lower === 'who') {
    const verb = verbAfter(tokens, k + 1, lexicon);
    if (verb >= 0) return { descStart: start, head, descEnd: head + 1, verbStart: verb, verbEnd: verb + 1, order: 'relative', determiner };
  }
  return null;
}

/** The cue after "to" that a prompted person speaks with, past a comma clause about them; -1 if none. */
function promptedCue(tokens: Token[], head: number, lexicon: VerbLexicon): number {
  let k = head + 1;
  if (tokens[k]?.text === ',') {
    const end = commaClauseEnd(tokens, k);
    if (end < 0) return -1;
    k = end;
  }
  if (tokens[k]?.lower !== 'to') return -1;
  const verb = tokens[k + 1];
  return verb && lexicon.verbs.has(verb.lower) && voicesClaim(tokens, k + 1) ? k + 1 : -1;
}

/** The cue before "by", "from" or "to"/"with" at start - 1 makes the noun phrase at `start` its source. */
function agentOrInterviewee(tokens: Token[], start: number, agents: NonNullable<VerbLexicon['agents']>): boolean {
  const prep = tokens[start - 1]!.lower;
  const cue = tokens[start - 2]?.lower ?? '';
  if (prep === 'by') return agents.participles.has(cue) || agents.nouns.has(cue);
  // "an email reply from a company representative", "a statement from a club spokesman".
  if (prep === 'from') return agents.nouns.has(cue);
  // "online discussions among pilots", "speculation among investors": talk held in a group.
  if (prep === 'among') return agents.nouns.has(cue) || agents.groupTalk.has(cue);
  const verb = prep === 'to' || prep === 'with' ? start - 2 : start - 1;
  if (!agents.interviews.has(tokens[verb]?.lower ?? '') || (verb === start - 1 && /^(?:spoke|talked)$/.test(prep))) return false;
  return interviewedByReporter(tokens, verb, agents.interviewers);
}

/**
 * "WIRED spoke to one mother", "I interviewed residents": the reporter asked, so the person answered as
 * a source. "Lee had spoken to investigators" makes Lee the speaker, not the investigators.
 */
function interviewedByReporter(tokens: Token[], verb: number, interviewers: ReadonlySet<string>): boolean {
  for (let k = verb - 1; k >= 0 && verb - k <= 4; k--) {
    const t = tokens[k]!;
    if (!t.isWord) return false;
    if (interviewers.has(t.lower) && (t.capitalised || t.lower === 'i' || t.lower === 'we' || t.lower === 'reporters')) return true;
    // An outlet styled in capitals: "WIRED spoke to one mother".
    if (t.text.length > 2 && t.text === t.text.toUpperCase() && /^[A-Z]+$/.test(t.text)) return true;
  }
  return false;
}

/** True when "and" at `and` joins a noun phrase to an earlier "according to" in the same clause. */
function coordinatedWithAccordingTo(tokens: Token[], and: number): boolean {
  for (let k = and - 1; k > 0 && and - k <= MAX_COORDINATION; k--) {
    const t = tokens[k]!;
    if (CLAUSE_BREAKS.has(t.text) || t.text === ',') return false;
    if (t.lower === 'to' && tokens[k - 1]!.lower === 'according') return true;
  }
  return false;
}

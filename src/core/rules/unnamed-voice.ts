// The attribution layer's catch-all: any person or group the story does not name who says, believes
// or wants something ("a shopkeeper said", "several warned", "fans have speculated", "Omani planners
// say"). The phrasing-specific rules find the classic formulas; this one reads the grammar of
// attribution itself — a person noun as the subject of any cue verb — so wordings no list foresaw
// are found too. Its nouns and verbs live in lexicon/en/, its guards in phrases/voice-guards.ts.

import type { Rule, SentenceContext } from './rule';
import type { Token } from '../tokens';
import type { AnonymousSubtype } from '../types';
import type { SourcePhrase, VerbLexicon } from '../phrases/source-phrase';
import { anonymousRule } from '../phrases/anonymous-matches';
import {
  AGENT_PARTICIPLES, AS_VERBS, CUE_FORMS, GROUP_TALK_NOUNS, HELD_VIEW_NOUNS, INTERVIEW_VERBS, INVERTING_FORMS, NEEDS_NEXT,
  NEGATABLE_FORMS, PROMPTING_VERBS, QUOTE_ONLY, STATEMENT_NOUNS, cueLemma,
} from '../lexicon/en/cues';
import { PEOPLE_QUANTIFIERS, isPluralPerson, personClass, type PersonClass } from '../lexicon/en/people';
import { DETERMINERS } from '../lexicon/nouns';
import { OUTLET_NAME_WORDS } from '../lexicon/outlets';
import { insideQuotation, isNameInText, nameFollows } from '../phrases/name-evidence';
import {
  countsNonPeople, cueIsNotTheSubjectsVerb, describesNamedPerson, disagreesInNumber, inObjectPosition,
  invertedNounStartsClause, isSurveyFigure, membersOfNamedGroup, negatedQuantifier, relativeClauseHasOwnSubject,
  insideReportedClause, namedLater, verbOfInnerRelative,
} from '../phrases/voice-guards';

export const id = 'unnamed-voice';
export const description = 'An unnamed person or group says, believes or wants something: "a resident said", "several warned".';
export const standards: Rule['standards'] = ['S2', 'S9'];

const QUOTE_MARKS = /[“”"]/;
const HYPOTHETICAL = new Set(['would', 'could', 'might', 'may', 'can']);
const AS_REACH = 8;

/** The cue verb in its sentence: the word it needs next, "as" for a view, a quotation for manner of speech. */
function cueFits(tokens: Token[], verb: number): boolean {
  const word = tokens[verb]!.lower;
  // A bare participle after the noun starts a reduced clause ("residents living nearby"), not a claim,
  // except after "with": "with some people saying they had switched".
  if (word.endsWith('ing') && !/^(?:is|are|was|were|been|be)$/.test(tokens[verb - 1]?.lower ?? '') && !withClause(tokens, verb)) return false;
  // "attended the meeting to answer questions": an infinitive of purpose is not the subject's claim.
  if (cueIsNotTheSubjectsVerb(tokens, verb) || tokens[verb - 1]?.lower === 'to') return false;
  const lemma = cueLemma(word);
  if (!lemma) return true;
  const needs = NEEDS_NEXT.get(lemma);
  if (needs && !needs.has(tokens[verb + 1]?.lower ?? '')) return false;
  if (AS_VERBS.has(lemma) && !holdsAs(tokens, verb)) return false;
  if (QUOTE_ONLY.has(lemma) && !quoteBeside(tokens, verb)) return false;
  return true;
}

function withClause(tokens: Token[], verb: number): boolean {
  for (let k = verb - 1; k >= 0 && verb - k <= 5; k--) {
    if (!tokens[k]!.isWord) return false;
    if (tokens[k]!.lower === 'with') return true;
  }
  return false;
}

/** A quotation mark within a few words of the verb: "“Let her speak,” they chanted". */
function quoteBeside(tokens: Token[], verb: number): boolean {
  for (let k = Math.max(0, verb - 4); k < tokens.length && k <= verb + 2; k++) if (QUOTE_MARKS.test(tokens[k]!.text)) return true;
  return false;
}

function holdsAs(tokens: Token[], verb: number): boolean {
  if (tokens[verb + 1]?.lower === 'that') return true;
  for (let k = verb + 1; k < tokens.length && k - verb <= AS_REACH; k++) if (tokens[k]!.lower === 'as') return true;
  return false;
}

/** The writer, the press and outlets by name: who interviews a story's sources. */
const INTERVIEWERS: ReadonlySet<string> = new Set(['i', 'we', 'reporters', ...OUTLET_NAME_WORDS]);

const CUES: VerbLexicon = {
  verbs: CUE_FORMS, inversions: INVERTING_FORMS, accepts: cueFits, negatable: NEGATABLE_FORMS,
  agents: {
    participles: AGENT_PARTICIPLES, nouns: STATEMENT_NOUNS, interviews: INTERVIEW_VERBS, interviewers: INTERVIEWERS,
    groupTalk: GROUP_TALK_NOUNS, prompters: PROMPTING_VERBS, heldViews: HELD_VIEW_NOUNS,
  },
};

function classAt(tokens: Token[], i: number): PersonClass | undefined {
  const t = tokens[i]!;
  return personClass(t.lower) ?? PEOPLE_QUANTIFIERS.get(t.lower) ?? (isDemonym(t) ? 'group' : undefined);
}

/** "Americans", "Canadians", "Sudanese": a people named by where it is from. */
function isDemonym(t: Token): boolean {
  // Party members ("Republicans") are the party-member rule's to judge.
  if (!t.capitalised || !(t.lower.endsWith('ans') || t.lower.endsWith('ese'))) return false;
  return /^\p{Lu}\p{Ll}+(?:ians|ans|ese)$/u.test(t.text) && !PARTIES.test(t.text);
}

const PARTIES = /^(?:Republicans|Democrats|Libertarians|Conservatives|Liberals|Republic\w*)$/;

const COUNTING = new Set(['many', 'most', 'some', 'several', 'few', 'numerous']);

/** "Many Native Americans … ascribe": a counted people speaks as a group, capitalised or not. */
function countedDemonym(tokens: Token[], phrase: SourcePhrase): boolean {
  return isDemonym(tokens[phrase.head]!) && COUNTING.has(phrase.determiner ?? '');
}

/**
 * "the police officer who made the arrest said": a definite description with its own identifying clause
 * introduces someone the story does not name, rather than pointing back to someone it did.
 */
function identifiedByAct(tokens: Token[], phrase: SourcePhrase): boolean {
  if (phrase.determiner !== 'the' || tokens[phrase.head + 1]?.lower !== 'who') return false;
  const act = tokens[phrase.head + 2];
  if (!act?.isWord || DETERMINERS.has(act.lower) || /^(?:he|she|they|we|i|you|it)$/.test(act.lower)) return false;
  return !CUE_FORMS.has(act.lower) && phrase.order === 'subject-first';
}

function isHead(tokens: Token[], i: number): boolean {
  return classAt(tokens, i) !== undefined;
}

/** Determiners that point back to someone the story already introduced, named or not. */
const DEFINITE = new Set(['the', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that']);

/** A singular person noun needs a determiner; bare, it is a headline ("Furious mum demands") or a compound. */
function bareSingular(tokens: Token[], phrase: SourcePhrase): boolean {
  const head = tokens[phrase.head]!.lower;
  if (phrase.determiner !== null || personClass(head) === undefined || isPluralPerson(head)) return false;
  // Headline style drops articles: "Teacher at Southport hub brands rioters a disgrace" has no full
  // stop and a present-tense verb, and there the bare noun is a person as surely as "a teacher".
  return !headline(tokens, phrase);
}

const PRESENT_SAYING = /^(?:says|claims|brands|slams|warns|reveals|admits|insists|demands|accuses|urges|tells|blasts|hits|calls)$/;

function headline(tokens: Token[], phrase: SourcePhrase): boolean {
  let end = tokens.length - 1;
  while (end > 0 && /^[”"’')]$/.test(tokens[end]!.text)) end--;
  if (end < 0 || /^[.!?]$/.test(tokens[end]!.text)) return false;
  return phrase.order === 'subject-first' && PRESENT_SAYING.test(tokens[phrase.verbStart]!.lower);
}

function accept(phrase: SourcePhrase, tokens: Token[], ctx: SentenceContext): boolean {
  const head = tokens[phrase.head]!;
  if (phrase.determiner !== null && DEFINITE.has(phrase.determiner) && !identifiedByAct(tokens, phrase)) return false;
  if (bareSingular(tokens, phrase) || negatedQuantifier(tokens, phrase)) return false;
  // A quantifier speaks for people only on its own: "several warned", not "several reports found".
  if (PEOPLE_QUANTIFIERS.has(head.lower) && !personClass(head.lower)) {
    if (phrase.descStart !== phrase.head || countsNonPeople(tokens, phrase)) return false;
    // "few would argue", "one would think": a hypothetical about anyone, not a report of someone.
    if (HYPOTHETICAL.has(tokens[phrase.descEnd]?.lower ?? '')) return false;
  }
  // A relative clause after a comma describes the group ("officials, who have pressed for …", "people, who
  // regard whales as kin"); the sentence's own verb says what they told the reporter.
  if (phrase.order === 'relative') return false;
  if (head.capitalised && !countedDemonym(tokens, phrase)) {
    // Capitalised mid-sentence, a person noun is part of a name or a title: "said Judge", "Coast Guard".
    if (phrase.head !== tokens.findIndex((t) => t.isWord)) return false;
    // Capitalised at the start, it may still be a surname: "Baker says" in a story about Ann Baker.
    if (isNameInText(ctx.text, head.text)) return false;
  }
  if (membersOfNamedGroup(tokens, phrase) || nameFollows(tokens, phrase.descEnd - 1) || describesNamedPerson(tokens, phrase)) return false;
  if (insideQuotation(tokens, phrase.head) || isSurveyFigure(tokens, phrase)) return false;
  if (disagreesInNumber(tokens, phrase) || relativeClauseHasOwnSubject(tokens, phrase) || invertedNounStartsClause(tokens, phrase)) return false;
  if (verbOfInnerRelative(tokens, phrase) || namedLater(tokens, phrase)) return false;
  if (phrase.order !== 'inverted' && phrase.order !== 'according-to') {
    if (insideReportedClause(tokens, phrase) || inObjectPosition(tokens, phrase.descStart)) return false;
  }
  return true;
}

function subtype(phrase: SourcePhrase, tokens: Token[]): AnonymousSubtype {
  const head = tokens[phrase.head]!.lower;
  const cls = classAt(tokens, phrase.head);
  if (cls === 'spokesperson') return 'unnamed_spokesperson';
  if (cls === 'official') return 'unnamed_official';
  if (cls === 'individual') return 'unnamed_individual';
  // A single member of a class ("an analyst said") is one unnamed person, not the class.
  const count = phrase.determiner === null ? null : DETERMINERS.get(phrase.determiner);
  return count === 1 || (!isPluralPerson(head) && !PEOPLE_QUANTIFIERS.has(head)) ? 'unnamed_individual' : 'generic_group';
}

export const rule: Rule = { ...anonymousRule({ id, description, standards }, { subtype, isHead, accept, lexicon: CUES }), fallback: true };

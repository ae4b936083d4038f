// Named parts that several non-answer classes share: who the subject is, what may follow, and the
// look-alikes to leave out. Words come from the lexicon; only the grammar lives here.

import { LEX } from '../../lexicon/non-answers';
import { anyOf, type NonAnswerException, type PhrasePart } from '../../phrases/non-answer-matches';

/** A short phrase with no clause break in it, matched as briefly as possible (a subject, an object). */
export const SHORT_PHRASE = `[^,.;:()“”"!?]{2,60}?`;

/** Zero-width: the clause ends here (punctuation, a dash, a closing quote or the sentence's end). */
export const CLAUSE_END = `\\s*(?:[.,;:!?)”"—–]|\\s-\\s|$)`;

/** Zero-width: the clause ends, or goes on with a time, a reason or a new clause ("by Friday", "when asked"). */
export const CLAUSE_GOES_ON = `(?:${CLAUSE_END}|\\s+(?:by|on|before|after|when|despite|as|and|but|or|since|until|to|in|at|over|about|regarding|for)\\b)`;

export const NOT_DONE: PhrasePart = { name: 'negation', words: LEX.notDone };
export const WOULD_NOT: PhrasePart = { name: 'negation', words: LEX.wouldNot };
/** "did not", "would not", "has yet to": every way of saying the act did not happen. */
export const ANY_NEGATION: PhrasePart = { name: 'negation', words: [...LEX.notDone, ...LEX.wouldNot, ...LEX.yetTo] };
export const MANNER: PhrasePart = { name: 'manner', words: LEX.manner, optional: true };
export const MANNER_2: PhrasePart = { name: 'manner-2', words: LEX.manner, optional: true };

/** An outlet's possessive before a request: "The Ledger's", "Channel 9 News'". */
export const OUTLET_POSSESSIVE = `(?:[Tt]he\\s+)?[A-Z][\\w&.-]*(?:\\s+[A-Z][\\w&.-]*){0,3}(?:'s|')`;

/** Nouns and titles of those who can be asked: a non-answer needs one of them as its subject. */
const ANSWERER_NOUNS = anyOf(LEX.answerer);

/**
 * Who may stand as the one who did not answer: a pronoun, a capitalised name or institution, or a
 * phrase whose head is an answerer ("the club", "her lawyer"). "a deal" or "the survivors" are not.
 */
export const ANSWERER = new RegExp(`^(?:(?:him|her|them|it)$|[A-Z]|(?:[\\w'.&-]+\\s+){0,4}${ANSWERER_NOUNS}$)`);

/** As ANSWERER, but a lone capitalised word is not enough: "efforts to reach Kabul" are not a call. */
export const PERSON_OR_BODY = new RegExp(`^(?:(?:him|her|them)$|[A-Z][\\w'.&-]+(?:\\s+(?:of\\s+|the\\s+|for\\s+|and\\s+|&\\s+)*[A-Z][\\w'.&-]+)+$|(?:[\\w'.&-]+\\s+){0,4}${ANSWERER_NOUNS}$)`);

/** "The study did not say": documents, plans and products say nothing when asked. */
export const SUBJECT_IS_NOT_A_SPEAKER: NonAnswerException = {
  why: 'a document, plan or product is not asked questions',
  before: new RegExp(`(?<![\\w'])${anyOf(LEX.notASpeaker)}\\s+(?:[a-z]+ly\\s+|also\\s+|still\\s+)?$`),
};

/** "“I did not say that,” he said": a denial, not a refusal to answer. */
export const FIRST_PERSON_DENIAL: NonAnswerException = {
  why: 'a speaker denying their own words answers the question',
  before: /(?:^|[^\w'])(?:I|we|We)\s+(?:never\s+)?$/,
};

/** ", saying only": the one line a dismissal let through, part of the same non-answer. */
export const SAYING_ONLY: PhrasePart = { name: 'saying-only', pattern: ',?\\s+(?:saying|replying|adding|answering)\\s+(?:only|merely|simply)', optional: true, glued: true };

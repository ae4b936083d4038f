// Grammar checks that keep the attribution layer's catch-all honest. Each names one way a person
// noun next to a cue verb is not a source speaking: the "verb" is really a noun ("member states
// have"), the noun is an object ("lets users flag"), the phrase describes a named person ("Ann Lee,
// a neighbour, said"), or it counts things, not people ("one of the biggest states"). Every check
// reads word classes from the lexicons, never a story's words.

import type { Token } from '../tokens';
import type { SourcePhrase } from './source-phrase';
import { AUXILIARIES } from '../lexicon/verbs';
import { DETERMINERS, OBJECT_PREPOSITIONS } from '../lexicon/nouns';
import { ON_RECORD_CUE_FORMS, cueFamily, cueLemma } from '../lexicon/en/cues';
import { LEGISLATURES, isPluralPerson, personClass } from '../lexicon/en/people';
import { verbForms } from '../lexicon/en/inflect';

const MODALS = new Set(['can', 'could', 'will', 'would', 'may', 'might', 'should', 'must', 'shall']);
const BE_HAVE = new Set(['is', 'are', 'was', 'were', 'have', 'has', 'had']);
const OBJECT_PRONOUNS = new Set(['them', 'him', 'her', 'us', 'me', 'it', 'you']);
/** After an article or a possessive, a word is a noun: "a dangerous suspect", "their fears". */
const NOUN_MARKERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'my', 'our', 'your']);
/** Verbs whose object does the next verb: "lets users flag", "helped residents understand". */
const CAUSATIVES = new Set(['let', 'lets', 'letting', 'make', 'makes', 'made', 'help', 'helps', 'helped', 'allow', 'allows', 'allowed', 'enable', 'enables', 'enabled', 'convince', 'convinced', 'watch', 'watched', 'hear', 'heard', 'encourage', 'encouraged', 'urge', 'urged', 'ask', 'asked', 'tell', 'told']);
const CLAUSE_BREAKS = new Set(['.', ';', ':', '“', '”', '"', '(', ')', '?', '!', '—', '–']);

/** "member states have supplied", "a dangerous suspect", "makes them worry": the cue word is a noun or an object's verb. */
export function cueIsNotTheSubjectsVerb(tokens: Token[], verb: number): boolean {
  const next = tokens[verb + 1]?.lower ?? '';
  const prev = tokens[verb - 1]?.lower ?? '';
  if (MODALS.has(next) || BE_HAVE.has(next)) return true;
  return NOUN_MARKERS.has(prev) || OBJECT_PRONOUNS.has(prev);
}

/** "trader support", "most of her music … says": subject and verb disagree in number, so they do not go together. */
export function disagreesInNumber(tokens: Token[], phrase: SourcePhrase): boolean {
  const word = tokens[phrase.verbStart]!.lower;
  const lemma = cueLemma(word);
  // An auxiliary in between carries the agreement ("several have warned"); only a subject agrees.
  if (!lemma || phrase.verbStart > phrase.descEnd || phrase.order !== 'subject-first') return false;
  const forms = verbForms(lemma);
  const head = tokens[phrase.head]!.lower;
  const plural = isPluralPerson(head) || personClass(head) === undefined && head !== 'one' && head !== 'another' && head !== 'someone' && head !== 'somebody';
  if (word === forms[1] && word !== forms[2]) return plural; // "-s" form wants one subject
  if (word === lemma && word !== forms[2]) return !plural; // base form wants many
  return false;
}

/** "lets users flag", "wanted some say", "convince people that": the noun is something else's object. */
export function inObjectPosition(tokens: Token[], descStart: number): boolean {
  const before = tokens[descStart - 1];
  if (!before?.isWord) return false;
  return CAUSATIVES.has(before.lower) || ON_RECORD_CUE_FORMS.has(before.lower) && !AUXILIARIES.has(before.lower);
}

/**
 * "Eric Reeves, one of the leading voices on Sudan, said", "Caro Ruiz, a student and an activist in
 * Ohio, said": a descriptor between commas after a name describes that named person.
 */
export function describesNamedPerson(tokens: Token[], phrase: SourcePhrase): boolean {
  if (phrase.order === 'inverted' || phrase.order === 'according-to') return false;
  if (tokens[phrase.descEnd]?.text !== ',' && tokens[phrase.descEnd - 1]?.text !== ',') return false;
  for (let k = phrase.descStart - 1; k >= 0 && phrase.descStart - k <= 24; k--) {
    const t = tokens[k]!;
    if (CLAUSE_BREAKS.has(t.text)) return false;
    if (t.text === ',') return tokens[k - 1]?.capitalised === true && tokens[k - 1]!.isWord;
  }
  return false;
}

/** "one of the biggest states", "most of the companies", "one of them": a count this rule cannot take as a new source. */
export function countsNonPeople(tokens: Token[], phrase: SourcePhrase): boolean {
  if (tokens[phrase.head + 1]?.lower !== 'of' || personClass(tokens[phrase.head]!.lower)) return false;
  const first = tokens[phrase.head + 2]?.lower;
  // "one of them" needs an antecedent group: that is the follow-up rule's to judge, not a new source.
  if (first === 'them' || first === 'us') return true;
  if (first === 'those' && tokens[phrase.head + 3]?.lower === 'who') return false;
  for (let k = phrase.head + 2; k < phrase.descEnd && k < tokens.length; k++) if (personClass(tokens[k]!.lower)) return false;
  return true;
}

/** "36% of investors said", "economists in a recent poll": aggregate data, not a source. */
export function isSurveyFigure(tokens: Token[], phrase: SourcePhrase): boolean {
  // "36% of new crypto investors", "the number of young people": a share of a population.
  for (let k = phrase.descStart - 1; k > 0 && phrase.descStart - k <= 4; k--) {
    if (tokens[k]!.lower === 'of' && /^(?:%|percent|cent|number|share|proportion|majority|minority|percentage)$/.test(tokens[k - 1]!.lower)) return true;
  }
  const to = Math.max(phrase.verbStart, phrase.descEnd + 3);
  for (let k = phrase.descStart; k < to && k < tokens.length; k++) if (/^(?:poll|polls|survey|surveys|polled|surveyed|study)$/.test(tokens[k]!.lower)) return true;
  return false;
}

/** "the person that Harry and Meghan trust", "people who it thinks": the relative clause has its own subject. */
export function relativeClauseHasOwnSubject(tokens: Token[], phrase: SourcePhrase): boolean {
  const rel = tokens[phrase.head + 1]?.lower;
  if (rel !== 'that' && rel !== 'who' && rel !== 'whom') return false;
  const next = tokens[phrase.head + 2];
  return next !== undefined && (next.capitalised || /^(?:it|he|she|they|we|i|you)$/.test(next.lower));
}

/** "…, said indigenous people in the region were used to it": after an inverted verb the noun starts the reported clause. */
export function invertedNounStartsClause(tokens: Token[], phrase: SourcePhrase): boolean {
  if (phrase.order !== 'inverted') return false;
  for (let k = phrase.head + 1; k < tokens.length && k - phrase.head <= 10; k++) {
    const t = tokens[k]!;
    if (!t.isWord) return false;
    if (BE_HAVE.has(t.lower) || MODALS.has(t.lower)) return true;
  }
  return false;
}

/** "no one can say", "none of them knew": a negative quantifier names nobody. */
export function negatedQuantifier(tokens: Token[], phrase: SourcePhrase): boolean {
  const before = tokens[phrase.descStart - 1]?.lower;
  return before === 'no' || tokens[phrase.descStart]!.lower === 'none';
}

/** "Freedom Caucus members demanded": members of a named group speak as that group. */
export function membersOfNamedGroup(tokens: Token[], phrase: SourcePhrase): boolean {
  const head = tokens[phrase.head]!.lower;
  if (head !== 'members' && head !== 'member') return false;
  const before = tokens[phrase.head - 1];
  // "Freedom Caucus members demanded" is the caucus; "a prominent party committee member" is one unnamed person.
  const counted = phrase.determiner !== null && typeof DETERMINERS.get(phrase.determiner) === 'number';
  if (before?.capitalised && phrase.head - 1 >= phrase.descStart && !DETERMINERS.has(before.lower) && !counted) return true;
  if (tokens[phrase.head + 1]?.lower !== 'of') return false;
  const next = tokens[phrase.head + 2]?.lower === 'the' ? tokens[phrase.head + 3] : tokens[phrase.head + 2];
  return next?.capitalised === true && !LEGISLATURES.has(next.lower);
}

/** "those from nations who disagreed": the verb belongs to a relative clause inside the description. */
export function verbOfInnerRelative(tokens: Token[], phrase: SourcePhrase): boolean {
  if (phrase.order !== 'subject-first') return false;
  const rel = tokens[phrase.verbStart - 1]?.lower;
  return (rel === 'who' || rel === 'which' || rel === 'that') && phrase.verbStart - 1 > phrase.head + 1;
}

/** "Investors had long expected a merger, said Ann Lee": the sentence's claim is the named speaker's. */
export function namedLater(tokens: Token[], phrase: SourcePhrase): boolean {
  if (phrase.order !== 'subject-first') return false;
  for (let k = phrase.verbEnd; k + 2 < tokens.length; k++) {
    if (tokens[k]!.text !== ',') continue;
    const a = tokens[k + 1]!;
    const b = tokens[k + 2]!;
    if (/^(?:said|says|added|adds|noted|explained|argued|wrote)$/.test(a.lower) && b.capitalised && !DETERMINER_WORDS.has(b.lower)) return true;
    if (a.capitalised && /^(?:said|says|added|adds|noted|explained|argued|wrote)$/.test(b.lower)) return true;
  }
  return false;
}

const DETERMINER_WORDS = new Set(['the', 'a', 'an', 'one', 'two', 'another', 'several', 'some']);

/** Nouns whose "that" opens what someone holds: "the assertion that voters dismissed it". */
const CLAIM_NOUNS = new Set(['assertion', 'claim', 'claims', 'argument', 'belief', 'view', 'fear', 'fears', 'hope', 'suggestion', 'idea', 'notion', 'insistence', 'contention', 'position']);

/** "Roe said critics were wrong", "the assertion that voters dismissed it": the noun sits inside someone else's claim. */
export function insideReportedClause(tokens: Token[], phrase: SourcePhrase): boolean {
  // "calls from farmers who said": after a preposition the phrase is no clause's subject at all.
  if (OBJECT_PREPOSITIONS.has(tokens[phrase.descStart - 1]?.lower ?? '')) return false;
  for (let k = phrase.descStart - 1; k >= 0 && phrase.descStart - k <= 3; k--) {
    const t = tokens[k]!;
    if (!t.isWord) return false;
    // A relative "that" ("a point that experts highlight") is not a claim's opening; a complement one is.
    if (t.lower === 'that') return opensClaim(tokens[k - 1], tokens[k - 2]);
    const family = cueFamily(t.lower);
    if (family === 'speech' || family === 'cognition') return true;
  }
  return false;
}

function opensClaim(before: Token | undefined, article: Token | undefined): boolean {
  if (!before?.isWord) return false;
  // "a point that experts highlight": after an article the cue word is a noun, and "that" relative.
  if (article && /^(?:a|an|the)$/.test(article.lower)) return CLAIM_NOUNS.has(before.lower);
  return CLAIM_NOUNS.has(before.lower) || cueFamily(before.lower) !== undefined;
}


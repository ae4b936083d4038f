// What kind of source a noun phrase is. Names, institutions, documents and publications are on the
// record; person nouns without a name are the anonymous-source rules' business; pronouns are
// resolved by the caller; anything else ("growing unease", "the count of cases") is no source.

import type { Token } from '../tokens';
import { ATTACHING, type Span } from './source-span';
import { DOCUMENT_HEADS, FRACTIONS, INSTITUTION_HEADS, NAME_TITLES, PERSON_ROLE_HEADS, POLL_SHARE_HEADS, SOURCE_PRONOUNS } from '../lexicon/en/sources';
import { OUTLET_NAME_WORDS } from '../lexicon/outlets';
import { personClass } from '../lexicon/en/people';
import { isNameInText } from '../phrases/name-evidence';

export type SourceKind = 'named_person' | 'institution' | 'publication' | 'document' | 'pronoun' | 'person_noun' | 'none';

const OUTLETS = new Set(OUTLET_NAME_WORDS);
/** Capitalised words that start sentences or mark time and place, never a speaker's name. */
const NOT_NAMES = new Set(['the', 'a', 'an', 'this', 'that', 'but', 'and', 'in', 'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** All-capital words of two to six letters: acronyms of institutions ("FBI", "NHS", "WHO"). */
const ACRONYM = /^[A-Z]{2,6}$/;

const DEFINITE = new Set(['the', 'this', 'that']);
const NUMBER = /^\d+(?:\.\d+)?$/;

/** The phrase is a share of respondents: "52 percent of voters", "26%", "six in 10", "a majority". */
export function isPollShare(tokens: Token[], span: Span): boolean {
  if (tokens[span.end - 1]?.text === '%') return true;
  const all = tokens.slice(span.start, span.end).filter((t) => t.isWord);
  // "Seven in 10" is a share, not a head with a place after it.
  const of = all.findIndex((t, k) => k > 0 && ATTACHING.has(t.lower) && !/^\d/.test(all[k + 1]?.text ?? ''));
  const words = of > 0 ? all.slice(0, of) : all;
  return words.length > 0 && isShareHead(words);
}

function isShareHead(words: Token[]): boolean {
  const head = words.at(-1)!;
  if (FRACTIONS.has(head.lower) && DEFINITE.has(words[0]!.lower)) return false;
  if (POLL_SHARE_HEADS.has(head.lower)) return words.length > 1 || head.lower.startsWith('major') || head.lower === 'half';
  const k = words.length;
  return k >= 3 && NUMBER.test(head.text) && words[k - 2]!.lower === 'in';
}

export function classifySource(tokens: Token[], span: Span, text: string, sentenceFirst: number): SourceKind {
  const all = tokens.slice(span.start, span.end).filter((t) => t.isWord);
  // "David French of the National Retail Federation": the head stands before "of".
  // "Seven in 10" is a share, not a head with a place after it.
  const of = all.findIndex((t, k) => k > 0 && ATTACHING.has(t.lower) && !/^\d/.test(all[k + 1]?.text ?? ''));
  const words = of > 0 ? all.slice(0, of) : all;
  const head = words.at(-1);
  if (!head) return 'none';
  if (words.length === 1 && SOURCE_PRONOUNS.has(head.lower)) return 'pronoun';
  const capitalised = words.filter((t) => t.capitalised && !NOT_NAMES.has(t.lower));
  if (all.some((t) => t.capitalised && OUTLETS.has(t.lower)) && !words.some((t) => NAME_TITLES.has(t.lower))) return 'publication';
  if (DOCUMENT_HEADS.has(head.lower) && !head.capitalised) return 'document';
  // "52 percent (of voters) say", "six in 10 said": a share of a poll's respondents speaks through
  // the poll's data, so it is on the record as a document is.
  if (isPollShare(tokens, span)) return 'document';
  if (INSTITUTION_HEADS.has(head.lower) || words.some((t) => ACRONYM.test(t.text) && t.text !== 'I')) return 'institution';
  if (personClass(head.lower) && (!head.capitalised || tokens.indexOf(head) === sentenceFirst)) return 'person_noun';
  // "the former president", "The Florida Republican": a definite role, which the caller resolves to a
  // named antecedent. Only with a determiner: a bare "Republican" may be a name.
  if (PERSON_ROLE_HEADS.has(head.lower) && words.length > 1 && DEFINITE.has(words[0]!.lower)) return 'person_noun';
  if (capitalised.length === 0) return 'none';
  // A lone capitalised word at the start of the sentence is a name only if the text uses it as one elsewhere.
  if (capitalised.length === 1 && head.capitalised && tokens.indexOf(head) === sentenceFirst) {
    return isNameInText(text, head.text) ? 'named_person' : 'none';
  }
  const titled = words.some((t) => NAME_TITLES.has(t.lower));
  return head.capitalised || titled ? 'named_person' : 'none';
}

// "analysts say", "experts believe", "critics argue", "many in the party saw": a whole class of
// people speaks, so no one can be checked or asked.

import type { Rule } from './rule';
import type { Token } from '../tokens';
import { anonymousRule } from '../phrases/anonymous-matches';
import { DETERMINERS } from '../lexicon/nouns';

export const id = 'generic-group';
export const description = 'A vague group speaks: "analysts say", "experts believe", "critics argue".';
export const standards: Rule['standards'] = ['S2', 'S4'];

const GROUP_NOUNS = new Set([
  'analysts', 'analyst', 'experts', 'expert', 'critics', 'observers', 'scientists', 'researchers',
  'economists', 'strategists', 'commentators', 'pundits', 'elders', 'activists', 'supporters', 'opponents',
  'skeptics', 'sceptics', 'politicians', 'historians', 'followers', 'watchers', 'veterans',
  'specialists', 'academics', 'scholars', 'lawmakers', 'legislators', 'locals',
  'detractors', 'defenders', 'advocates', 'campaigners', 'conservationists', 'environmentalists',
  // Unnamed organisations in the plural are a class too: "human rights groups have accused".
  'groups', 'organizations', 'organisations', 'charities', 'ngos',
]);
/** Plural organisations speak as a class only without "the" or a possessive ("the groups", "its charities"). */
const ORGANISATION_PLURALS = new Set(['groups', 'organizations', 'organisations', 'charities', 'ngos']);
// "Many in the U.N. saw": a quantifier standing for people.
const QUANTIFIER_PRONOUNS = new Set(['many', 'some', 'most', 'few']);

// Plural professions: "oceanographers", "epidemiologists", "statisticians".
const PROFESSION_PLURAL = /(?:ologists|ographers|ticians|nomists)$/;

function isHead(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (GROUP_NOUNS.has(t.lower) || PROFESSION_PLURAL.test(t.lower)) return true;
  const next = tokens[i + 1]?.lower;
  return QUANTIFIER_PRONOUNS.has(t.lower) && (next === 'in' || next === 'within' || next === 'at') && tokens[i + 2]?.lower === 'the';
}

export const rule = anonymousRule({ id, description, standards }, {
  subtype: 'generic_group',
  isHead,
  // A counted, specific person ("a Republican strategist said") is not a group.
  // Respondents to a poll are aggregate data, not sources: "economists in a Reuters poll expected".
  accept: (phrase, tokens, ctx) => {
    const span = ctx.text.slice(tokens[phrase.descStart]!.start, tokens[phrase.verbEnd - 1]!.end);
    if (/\b(?:poll|survey|polled|surveyed)\b/i.test(span)) return false;
    if (ORGANISATION_PLURALS.has(tokens[phrase.head]!.lower) && phrase.determiner !== null && DETERMINERS.get(phrase.determiner) === 'definite') return false;
    // "the expert explains" points back to the expert the page quotes; it is not a class speaking.
    if (phrase.determiner !== null && DETERMINERS.get(phrase.determiner) === 'definite' && !tokens[phrase.head]!.lower.endsWith('s')) return false;
    return tokens[phrase.head]!.lower.endsWith('s') || phrase.determiner !== 'a';
  },
});

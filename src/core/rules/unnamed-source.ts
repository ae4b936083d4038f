// "sources say", "a source told", "people familiar with the matter said", "insiders said":
// a source the story itself marks as anonymous.

import type { Rule, SentenceContext } from './rule';
import type { Token } from '../tokens';
import type { SourcePhrase } from '../phrases/source-phrase';
import { reasonIn } from '../details/source-details';
import { anonymousRule } from '../phrases/anonymous-matches';

export const id = 'unnamed-source';
export const description = 'An explicitly anonymous source: "sources say", "people familiar with the matter said".';
export const standards: Rule['standards'] = ['S1', 'S2', 'S6'];

const SOURCE_NOUNS = new Set(['source', 'sources', 'insider', 'insiders']);
const PEOPLE_NOUNS = new Set(['person', 'people', 'individual', 'individuals', 'someone', 'persons']);
// "people familiar with", "a person briefed on": knowledge without a name.
const KNOWLEDGE_COMPLEMENT = /^(?:familiar|briefed|knowledgeable|aware|privy|involved|with)$/;

/** Strong knowledge complements: after any counted person noun they mark the classic anonymous formula. */
const VANTAGE_COMPLEMENT = /^(?:familiar|briefed|knowledgeable|privy)$/;
const COUNTED = /^(?:a|an|one|another|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|some|numerous|few)$/;

/**
 * "two senators familiar with the talks", "a lawyer briefed on the case": a counted noun of any
 * kind followed by a knowledge complement is the "people familiar with" formula with a role for
 * "people", whatever the role (no role list can be complete).
 */
function countedWithVantage(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!t.isWord || t.capitalised || !/^[a-z][a-z-]{2,}$/.test(t.lower)) return false;
  return VANTAGE_COMPLEMENT.test(tokens[i + 1]?.lower ?? '') && COUNTED.test(tokens[i - 1]?.lower ?? '');
}

function isHead(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (countedWithVantage(tokens, i)) return true;
  if (SOURCE_NOUNS.has(t.lower)) {
    // "open source", "sources of revenue" are not people.
    const prev = tokens[i - 1]?.lower;
    const next = tokens[i + 1]?.lower;
    if (prev === 'open' || prev === 'energy' || prev === 'power' || prev === 'data' || prev === 'light') return false;
    return next !== 'of';
  }
  if (PEOPLE_NOUNS.has(t.lower)) {
    const next = tokens[i + 1]?.lower ?? '';
    if (next === 'with') return tokens[i + 2]?.lower === 'knowledge' || tokens[i + 3]?.lower === 'knowledge';
    // "a person who attended the meeting", "people who were in the room"
    if (next === 'who') return WITNESS_VERBS.test(tokens[i + 2]?.lower ?? '');
    if (KNOWLEDGE_COMPLEMENT.test(next)) return true;
    // "the people said", "said the person, who asked not to be identified": checked in acceptPlainPeople.
    return tokens[i - 1]?.lower === 'the';
  }
  return false;
}

const WITNESS_VERBS = /^(?:attended|was|were|witnessed|saw|heard|participated|spoke|had|has|have|knows|know|worked|works)$/;
/** How far back an earlier anonymous source makes "the person said" a follow-up to it. */
const FOLLOW_UP_REACH = 1500;

/** A plain "the person"/"the people" is anonymous when the sentence gives an anonymity reason, or it refers back to one. */
function acceptPlainPeople(phrase: SourcePhrase, tokens: Token[], ctx: SentenceContext): boolean {
  const head = tokens[phrase.head]!;
  if (!PEOPLE_NOUNS.has(head.lower) || tokens[phrase.head - 1]?.lower !== 'the') return true;
  const next = tokens[phrase.head + 1]?.lower ?? '';
  if (next === 'who' || next === 'with' || KNOWLEDGE_COMPLEMENT.test(next)) return true;
  if (reasonIn(ctx.sentenceText)) return true;
  const last = ctx.speakers[ctx.speakers.length - 1];
  return last !== undefined && last.anonymous && head.start - last.at < FOLLOW_UP_REACH;
}

export const rule = anonymousRule({ id, description, standards }, { subtype: 'explicit_anonymous', isHead, accept: acceptPlainPeople });

// What an anonymous mention tells the reader about its source: the descriptor, the vantage point
// (S2), a reason for anonymity (S1, specific or boilerplate), a motive (S3) and a count (S6).

import type { AnonymousDetails } from '../types';
import type { SentenceContext } from '../rules/rule';
import type { SourcePhrase } from '../phrases/source-phrase';
import { DETERMINERS } from '../lexicon/nouns';

// Reasons that say why this source could not be named. Bounded gaps keep these linear.
const SPECIFIC_REASONS = /\b(?:not (?:authorized|authorised|permitted|allowed|cleared) to (?:speak|discuss|comment|talk|be (?:named|identified|quoted))[^.,;]{0,60}|to discuss (?:private|internal|confidential|sensitive|ongoing|closed-door|classified)[^.,;]{0,60}|(?:for|out of) fear of (?:reprisal|retaliation|retribution|losing|being|reprisals)[^.,;]{0,40}|because (?:the|an?) (?:investigation|inquiry|probe|case|negotiations?|talks) (?:is|are|was|were) (?:ongoing|continuing|not public|confidential)|(?:to|so (?:he|she|they) could) speak (?:freely|candidly)|because (?:the )?(?:information|matter|talks|discussions|deliberations|negotiations|details|plans?|decision|process|review) (?:is|are|was|were|has not been|have not been|hasn't been|haven't been) (?:not )?(?:yet )?(?:public|private|confidential|made public|announced)|completed the survey anonymously)/i;
const BOILERPLATE_REASONS = /\b(?:because of the sensitiv\w+ of the (?:matter|issue|subject|situation|discussions?|talks)|(?:on|under) (?:the )?condition (?:of|that) (?:anonymity|(?:he|she|they) not be (?:named|identified))|(?:who )?(?:asked|requested|declined) (?:not )?to be (?:named|identified)|requested anonymity|spoke anonymously|insisted on anonymity|granted anonymity)/i;
const MOTIVE = /\b(?:an? (?:ally|allies|critic|supporter|opponent|rival|friend|loyalist|confidant) of [^,.;]{1,50}|(?:allies|critics|supporters|opponents|rivals|loyalists|confidants) of [^,.;]{1,50}|who (?:opposes?|opposed|supports?|supported|favou?rs?|favou?red|backs?|backed) [^,.;]{1,50}|loyal to [^,.;]{1,40})/i;
// Knowledge or organisation in the descriptor gives the reader a vantage point.
const KNOWLEDGE = /\b(?:familiar with|briefed on|with (?:direct )?knowledge|knowledgeable|close to|involved in|who (?:attended|saw|witnessed|participated|was present|were present|spoke to|had spoken)|inside|privy to|aware of|representing|in the room)\b/i;
const ROLE_WORDS = /\b(?:official|officials|aide|aides|adviser|advisers|advisor|advisors|spokes\w+|representative|investigators?|diplomats?|staffers?|policymakers?|insiders?|Republicans?|Democrats?|donors?|father|mother|doctor|lawyer|analysts?|experts?)\b/;

// Reason and motive belong to the sentence; computing them once per sentence keeps a sentence
// with many mentions linear.
let cachedFor: SentenceContext | null = null;
let cached: Pick<AnonymousDetails, 'reason' | 'motive'> = { reason: null, motive: null };

function sentenceFacts(ctx: SentenceContext): Pick<AnonymousDetails, 'reason' | 'motive'> {
  if (cachedFor !== ctx) {
    cachedFor = ctx;
    cached = { reason: reasonIn(ctx.sentenceText), motive: MOTIVE.exec(ctx.sentenceText)?.[0] ?? null };
  }
  return cached;
}

export function describeSource(ctx: SentenceContext, phrase: SourcePhrase, options: { followUp?: boolean } = {}): AnonymousDetails {
  const { text, tokens } = ctx;
  const descriptor = text.slice(tokens[phrase.descStart]!.start, tokens[phrase.descEnd - 1]!.end).replace(/,\s*$/, '');
  const { reason, motive } = sentenceFacts(ctx);
  return {
    descriptor,
    vantage: vantageOf(descriptor, tokens, phrase),
    reason: reason && { ...reason },
    motive,
    count: countOf(phrase, tokens),
    followUp: options.followUp ?? phrase.determiner === 'the',
  };
}

export function reasonIn(sentenceText: string): AnonymousDetails['reason'] {
  const specific = SPECIFIC_REASONS.exec(sentenceText);
  if (specific) return { text: specific[0].trim(), specific: true };
  const boilerplate = BOILERPLATE_REASONS.exec(sentenceText);
  if (boilerplate) return { text: boilerplate[0].trim(), specific: false };
  return null;
}

function vantageOf(descriptor: string, tokens: SentenceContext['tokens'], phrase: SourcePhrase): AnonymousDetails['vantage'] {
  if (KNOWLEDGE.test(descriptor)) return 'described';
  // An organisation or place in the descriptor: "a senior Justice Department official".
  for (let k = phrase.descStart; k < phrase.head; k++) {
    const t = tokens[k]!;
    if (t.capitalised && !DETERMINERS.has(t.lower)) return 'described';
  }
  if (phrase.descEnd > phrase.head + 1) return 'described';
  if (phrase.head > phrase.descStart + (phrase.determiner ? 1 : 0)) return 'partial';
  return ROLE_WORDS.test(tokens[phrase.head]!.text) && !/^sources?$/i.test(tokens[phrase.head]!.text) ? 'partial' : 'none';
}

function countOf(phrase: SourcePhrase, tokens: SentenceContext['tokens']): number | 'many' {
  const head = tokens[phrase.head]!.lower;
  const plural = (head.endsWith('s') && !head.endsWith('ss')) || head === 'people' || head === 'families';
  const det = phrase.determiner ? DETERMINERS.get(phrase.determiner) : undefined;
  if (typeof det === 'number') return det;
  if (phrase.determiner?.startsWith('a couple')) return 2;
  return plural ? 'many' : 1;
}

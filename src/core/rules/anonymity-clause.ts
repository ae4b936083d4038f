// "One teacher, who asked not to be identified, said", "A nurse on the ward, who spoke on condition
// of anonymity, said", "two engineers, speaking anonymously, said": whatever the noun (woman, ambassador, co-worker), a clause asking not to be
// named makes its speaker an anonymous source. The noun lists of the other rules cannot name every
// role a story might use, so this rule keys on the clause instead.

import type { Rule, RuleMatch, SentenceContext } from './rule';
import type { Token } from '../tokens';
import { phraseAt } from '../phrases/source-phrase';
import { describeSource } from '../details/source-details';
import { COMPLEMENT_STARTERS, DETERMINERS, FUNCTION_WORDS, OBJECT_PREPOSITIONS } from '../lexicon/nouns';

export const id = 'anonymity-clause';
export const description = 'Anyone described as asking not to be named: "a nurse, who spoke on condition of anonymity, said".';
export const standards: Rule['standards'] = ['S1', 'S2'];

/** The clause's own words; bounded gaps keep the test linear. */
// "who wanted to remain anonymous", "who asked to use the pseudonym Ana": staying unnamed as a wish.
const STAYS_UNNAMED = String.raw`(?:remain|stay|be kept) (?:anonymous|unnamed|unidentified)|(?:use|go by|be identified by) (?:a|the) (?:pseudonym|first name|nickname)`;
const ANONYMITY = new RegExp(
  String.raw`^who (?:(?:had |has )?(?:asked|requested|declined|did not want|didn't want|does not want|doesn't want|wished|wanted|preferred|chose|` +
  String.raw`insisted on|spoke on|spoke under|agreed to speak on|spoke only on|was granted|were granted|requested|refused) )[^,;.]{0,20}?` +
  String.raw`(?:to be (?:named|identified|quoted by name)|(?:give|provide|share) (?:his|her|their) (?:full |last |real )?names?|` +
  String.raw`identify (?:himself|herself|themselves)|anonymity|condition (?:of|that)|${STAYS_UNNAMED})`,
  'i',
);
/** The participial form: "two engineers, speaking on condition of anonymity because…, said". */
const SPEAKING_ANONYMOUSLY = /^speaking (?:only )?(?:(?:on|under) (?:the )?condition (?:of|that)|anonymously|without being (?:named|identified)|on background)/i;
/** The words that can open an anonymity clause after the comma. */
const CLAUSE_OPENERS: ReadonlyMap<string, RegExp> = new Map([['who', ANONYMITY], ['speaking', SPEAKING_ANONYMOUSLY]]);
/** Roles that make the speaker an official rather than a private person. */
const OFFICIAL_ROLES = /^(?:ambassadors?|envoys?|ministers?|officers?|diplomats?|officials?|lawmakers?|legislators?|senators?|mps?|councill?ors?|commanders?|generals?|executives?|administrators?|managers?|directors?|staffers?|aides?|advisers?|advisors?|commissioners?|inspectors?|superintendents?|deputies|chiefs?|secretar(?:y|ies))$/;
/** "the people, who asked not to be named": bare people and sources are the explicit anonymous formula. */
const BARE_SOURCES = /^(?:people|persons?|individuals?|sources?|insiders?)$/;

function subtypeOf(head: string): 'explicit_anonymous' | 'unnamed_official' | 'unnamed_individual' {
  if (BARE_SOURCES.test(head)) return 'explicit_anonymous';
  return OFFICIAL_ROLES.test(head) ? 'unnamed_official' : 'unnamed_individual';
}

/** How far left of the clause the noun phrase may start: "A nurse on the affected ward," is 6 tokens. */
const MAX_LEFT = 8;
const MAX_CLAUSE = 24;

function clauseEnd(tokens: Token[], who: number): number {
  let end = who;
  while (end + 1 < tokens.length && end - who < MAX_CLAUSE && tokens[end + 1]!.text !== ',' && tokens[end + 1]!.text !== '.') end++;
  return end;
}

function clauseText(ctx: SentenceContext, tokens: Token[], who: number): string {
  return ctx.text.slice(tokens[who]!.start, tokens[clauseEnd(tokens, who)]!.end);
}

/** The head noun of the phrase ending at the comma: leftmost determiner, then right over modifiers to a complement. */
function headBefore(tokens: Token[], comma: number): number {
  let det = -1;
  for (let k = comma - 1; k >= 0 && comma - k <= MAX_LEFT; k--) {
    const t = tokens[k]!;
    if (!t.isWord) break;
    if (DETERMINERS.has(t.lower)) det = k;
    else if (FUNCTION_WORDS.has(t.lower) && !OBJECT_PREPOSITIONS.has(t.lower)) break;
  }
  if (det < 0 || det + 1 >= comma) return -1;
  let head = det + 1;
  while (head + 1 < comma && !COMPLEMENT_STARTERS.has(tokens[head + 1]!.lower)) head++;
  const t = tokens[head]!;
  return t.isWord && !DETERMINERS.has(t.lower) ? head : -1;
}

function match(ctx: SentenceContext): RuleMatch[] {
  const { tokens } = ctx;
  const out: RuleMatch[] = [];
  if (!ctx.words.has('who') && !ctx.words.has('speaking')) return out;
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i]!.text !== ',') continue;
    const clause = CLAUSE_OPENERS.get(tokens[i + 1]!.lower);
    if (!clause || !clause.test(clauseText(ctx, tokens, i + 1))) continue;
    const head = headBefore(tokens, i);
    if (head < 0) continue;
    const phrase = phraseAt(tokens, head);
    if (!phrase) continue;
    // "…,” says the head of the clinic, who asked not to be named.": the speaker follows its verb and
    // the clause closes the sentence; the highlight runs from the verb to the clause's end.
    const inverted = phrase.order === 'inverted';
    if (!inverted && (phrase.order !== 'subject-first' || phrase.descEnd <= i)) continue;
    out.push({
      kind: 'anonymous_source',
      subtype: subtypeOf(tokens[head]!.lower),
      start: tokens[inverted ? phrase.verbStart : phrase.descStart]!.start,
      end: tokens[inverted ? clauseEnd(tokens, i + 1) : phrase.verbEnd - 1]!.end,
      details: describeSource(ctx, phrase),
    });
  }
  return out;
}

export const rule: Rule = { id, kind: 'anonymous_source', description, standards, needsCue: true, match };

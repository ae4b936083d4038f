// Shared loop of the anonymous-source rules: each rule says which nouns are its heads and which
// phrases it accepts; this turns every accepted phrase into a highlighted match.

import type { AnonymousSubtype } from '../types';
import type { Rule, RuleMatch, SentenceContext } from '../rules/rule';
import type { Token } from '../tokens';
import { phraseAt, type SourcePhrase, type VerbLexicon } from './source-phrase';
import { describeSource } from '../details/source-details';
import { outletAfterTell } from './outlet-object';

export interface AnonymousRuleSpec {
  subtype: AnonymousSubtype | ((phrase: SourcePhrase, tokens: Token[]) => AnonymousSubtype);
  isHead(tokens: Token[], i: number): boolean;
  /** Extra checks on the phrase (e.g. "people" counts only when "familiar with" follows). */
  accept?(phrase: SourcePhrase, tokens: Token[], ctx: SentenceContext): boolean;
  /** The verbs the phrase may end in; the rules' own attribution verbs when absent. */
  lexicon?: VerbLexicon;
}

/** A capitalised word right after the head is a name: "spokesperson Sarah Flores" is on the record. */
export function followedByName(tokens: Token[], head: number): boolean {
  const next = tokens[head + 1];
  // "people I spoke to": the pronoun I is capitalised but names no one.
  if (next?.capitalised && next.isWord && next.text !== 'I') return true;
  // "her father, John Smith, said"
  return next?.text === ',' && tokens[head + 2]?.capitalised === true && tokens[head + 3]?.capitalised === true;
}

/** "Mark Spivey, a spokesman for ...": an appositive to a name describes a named person. */
export function appositiveToName(tokens: Token[], descStart: number, verbStart: number): boolean {
  // Only "Name, a/the <role>, said" is an appositive; "Thursday, sources said" and
  // "…for Migration, a senior official said." are not.
  if (!/^(?:a|an|the)$/.test(tokens[descStart]?.lower ?? '')) return false;
  if (tokens[verbStart - 1]?.text !== ',') return false;
  const comma = tokens[descStart - 1];
  const name = tokens[descStart - 2];
  return comma?.text === ',' && name?.capitalised === true && name.isWord;
}

/** A noun before these is a modifier of a document: "a company filing", "an official statement". */
const DOCUMENT_NOUNS = new Set([
  'filing', 'filings', 'report', 'reports', 'statement', 'statements', 'document', 'documents', 'record',
  'records', 'letter', 'letters', 'memo', 'memos', 'data', 'survey', 'study', 'papers', 'draft', 'release',
  'website', 'email', 'emails', 'presentation', 'announcement', 'transcript', 'figures', 'estimates',
]);

/** "a company filing", "staff reports": a document; but "scientists report that" is the people reporting. */
function documentCompound(tokens: Token[], head: number): boolean {
  if (!DOCUMENT_NOUNS.has(tokens[head + 1]?.lower ?? '')) return false;
  const after = tokens[head + 2]?.lower;
  return after !== 'that' && after !== ':';
}

/** "the officials’ own records": a plural possessive modifies the noun after it. */
function pluralPossessive(tokens: Token[], head: number): boolean {
  const mark = tokens[head + 1];
  return (mark?.text === '’' || mark?.text === "'") && tokens[head + 2]?.isWord === true && mark.start === tokens[head]!.end;
}

export function findAnonymous(ctx: SentenceContext, spec: AnonymousRuleSpec): RuleMatch[] {
  const { tokens } = ctx;
  const out: RuleMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.isWord || !spec.isHead(tokens, i)) continue;
    if (followedByName(tokens, i) || documentCompound(tokens, i) || pluralPossessive(tokens, i)) continue;
    const phrase = phraseAt(tokens, i, spec.lexicon);
    if (!phrase || appositiveToName(tokens, phrase.descStart, phrase.verbStart)) continue;
    if (spec.accept && !spec.accept(phrase, tokens, ctx)) continue;
    const first = Math.min(phrase.descStart, phrase.verbStart);
    let last = Math.max(phrase.descEnd, phrase.verbEnd) - 1;
    if (phrase.order === 'subject-first') last = Math.max(last, outletAfterTell(tokens, phrase.verbStart));
    const subtype = typeof spec.subtype === 'function' ? spec.subtype(phrase, tokens) : spec.subtype;
    out.push({
      kind: 'anonymous_source',
      subtype,
      start: tokens[first]!.start,
      end: tokens[last]!.end,
      details: describeSource(ctx, phrase),
    });
  }
  return out;
}

/**
 * The rule most anonymous-source files export: every phrase `spec` accepts, highlighted. Each file
 * keeps its own id, description, standards and head nouns; only this wiring is shared.
 */
export function anonymousRule(info: Pick<Rule, 'id' | 'description' | 'standards'>, spec: AnonymousRuleSpec): Rule {
  return { ...info, kind: 'anonymous_source', needsCue: true, match: (ctx) => findAnonymous(ctx, spec) };
}

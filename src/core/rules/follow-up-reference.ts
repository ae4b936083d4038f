// "they said", "she added", "one called", "others said": a pronoun that points back to an unnamed
// source introduced earlier is another use of that source, and is highlighted as one.

import type { Rule, RuleMatch, SentenceContext, SpeakerEvent } from './rule';
import { ATTRIBUTION_VERBS, AUXILIARIES, INVERSION_VERBS, NEGATIONS, SAY_SET_PHRASES, isAdverb } from '../lexicon/verbs';
import { CUE_FORMS, cueFamily } from '../lexicon/en/cues';

export const id = 'follow-up-reference';
export const description = 'A pronoun ("they said", "she added") that refers back to an unnamed source.';
export const standards: Rule['standards'] = ['S2', 'S6'];

const SINGULAR = new Set(['he', 'she', 'one', 'another']);
const PLURAL = new Set(['they', 'others', 'some']);
/** "one of them said", "many of those interviewed say": a member of an earlier group speaks. */
const PARTITIVES = new Set(['one', 'two', 'three', 'some', 'many', 'most', 'several', 'each', 'another', 'few', 'both', 'all', 'none']);
const GROUP_PRONOUNS = new Set(['them', 'those']);
/** How far back (in characters) an antecedent may be. */
const REACH = 600;
/** How close a lone unnamed speaker must be for "they" to mean that one person ("A spokesman said … They added"). */
const SINGULAR_THEY_REACH = 300;

/**
 * The verbs a pronoun may speak with: the rules' attribution verbs and the attribution layer's speech
 * cues ("they stress"). Belief verbs stay out: after a pronoun they narrate more often than they cite
 * ("they felt", "they also found").
 */
const FOLLOW_UP_VERBS: ReadonlySet<string> = new Set([...ATTRIBUTION_VERBS, ...[...CUE_FORMS].filter((f) => cueFamily(f) === 'speech')]);
/** Words after which a pronoun opens a reported or relative clause: "said she had seen", "which they cited". */
const CLAUSE_OPENERS = new Set(['which', 'that', 'who', 'whom', 'said', 'says', 'told', 'added', 'believe', 'believes', 'think', 'thinks']);

/** A pronoun right after these opens a subordinate clause ("when they tell"), not a new statement. */
const SUBORDINATORS = new Set(['when', 'if', 'because', 'while', 'until', 'since', 'whether', 'before', 'after', 'unless', 'once']);
/** A person named between the antecedent and "he"/"she" is the likelier referent. */
// A capitalised pair after an article names a thing ("a Tax Preparation Service"), not a person.
const NAMED_PERSON = /\b(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov)\.? \p{Lu}|(?<!\b(?:[Aa]n?|[Tt]he|of|for|at|on) |\p{Lu}[\p{L}-]* )\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u;

function antecedent(ctx: SentenceContext, at: number, plural: boolean | 'any', personal: boolean): SpeakerEvent | null {
  const speakers = ctx.speakers;
  let nearest = true;
  for (let k = speakers.length - 1; k >= 0; k--) {
    const s = speakers[k]!;
    if (s.at >= at) continue;
    if (at - s.at > REACH) return null;
    const first = nearest;
    nearest = false;
    // The nearest speaker of matching number decides: a named person in between breaks the chain.
    // "A spokesman for the force said … They added": singular "they" for the one unnamed person just quoted.
    const singularThey = plural === true && s.anonymous && !s.plural && at - s.at <= SINGULAR_THEY_REACH && first;
    if (plural === 'any' || s.plural === plural || !s.anonymous || singularThey) {
      if (!s.anonymous) return null;
      if (personal && NAMED_PERSON.test(ctx.text.slice(s.at + s.descriptor.length, at))) return null;
      return s;
    }
  }
  return null;
}

function match(ctx: SentenceContext): RuleMatch[] {
  const { tokens } = ctx;
  const out: RuleMatch[] = [];
  if (ctx.speakers.length === 0) return out;
  // Pronouns inside a quotation belong to the quoted speaker's story, not to the reporter's.
  let quoteOpen = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text === '“') quoteOpen = true;
    else if (t.text === '”') quoteOpen = false;
    else if (t.text === '"') quoteOpen = !quoteOpen;
    const partitive = PARTITIVES.has(t.lower) && tokens[i + 1]?.lower === 'of' && GROUP_PRONOUNS.has(tokens[i + 2]?.lower ?? '');
    const plural = PLURAL.has(t.lower);
    if (!partitive && !plural && !SINGULAR.has(t.lower)) continue;
    let verb = -1;
    let start = i;
    // Subject first: "they said", "she later added", "one of them said".
    const subjectEnd = partitive ? i + 2 : i;
    let j = subjectEnd + 1;
    let negated = false;
    while (j < tokens.length && j - subjectEnd <= 4 && (AUXILIARIES.has(tokens[j]!.lower) || isAdverb(tokens[j]!.lower))) {
      if (NEGATIONS.has(tokens[j]!.lower) || tokens[j]!.lower === 'not') negated = true;
      j++;
    }
    if (!negated && tokens[j] && FOLLOW_UP_VERBS.has(tokens[j]!.lower) && !/^(?:is|are|was|were|been|be|being)$/.test(tokens[j - 1]?.lower ?? '')) verb = j;
    // Inverted after a quote: "…,” said one.
    if (verb < 0 && !partitive && i > 0 && INVERSION_VERBS.has(tokens[i - 1]!.lower) && (i < 2 || !tokens[i - 2]!.isWord)) { verb = i - 1; start = i - 1; }
    if (verb < 0) continue;
    // "they said goodbye" takes a set phrase, not a claim.
    if (verb === j && SAY_SET_PHRASES.has(tokens[j + 1]?.lower ?? '')) continue;
    // "one"/"another"/"some" only as a standalone subject, not "one official" (the rules cover that).
    if (!partitive && (t.lower === 'one' || t.lower === 'another' || t.lower === 'some' || t.lower === 'others') && verb !== i - 1 && verb !== j) continue;
    if (!partitive && t.lower === 'one' && i > 0 && tokens[i - 1]!.isWord && verb !== i - 1) continue;
    if (i > 0 && SUBORDINATORS.has(tokens[i - 1]!.lower) && verb !== i - 1) continue;
    if (i > 0 && CLAUSE_OPENERS.has(tokens[i - 1]!.lower) && verb !== i - 1) continue;
    if (quoteOpen) continue;
    // "one", "another", "others" pick members out of any earlier group; "he"/"she" need a person.
    const personal = !partitive && (t.lower === 'he' || t.lower === 'she' || t.lower === 'they');
    // "one of them" needs a group to pick from.
    const source = antecedent(ctx, t.start, partitive ? true : personal ? plural : 'any', t.lower === 'he' || t.lower === 'she');
    if (!source) continue;
    const end = Math.max(verb, i);
    out.push({
      kind: 'anonymous_source',
      subtype: source.subtype ?? 'explicit_anonymous',
      start: tokens[start]!.start,
      end: tokens[end]!.end,
      details: { descriptor: source.descriptor, vantage: 'none', reason: null, motive: null, count: plural || (partitive && t.lower !== 'one') ? 'many' : 1, followUp: true },
    });
  }
  return out;
}

export const rule: Rule = { id, kind: 'anonymous_source', description, standards, phase: 'follow-up', needsCue: true, match };

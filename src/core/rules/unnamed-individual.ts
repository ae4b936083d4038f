// "according to her father", "two donors told ABC News", "people close to Ms. Haley insisted",
// "those who know her believe": a private person the story leaves unnamed.

import type { Rule, RuleMatch, SentenceContext } from './rule';
import type { Token } from '../tokens';
import { findAnonymous } from '../phrases/anonymous-matches';
import { reasonIn } from '../details/source-details';
import { refersBackToAnonymous, roleMentionedUnnamed, roleNamedEarlier } from '../phrases/antecedent';
import type { SourcePhrase } from '../phrases/source-phrase';
import { DETERMINERS } from '../lexicon/nouns';
import { insideReportedClause } from '../phrases/voice-guards';

export const id = 'unnamed-individual';
export const description = 'A private person (relative, witness, donor, friend) quoted without a name.';
export const standards: Rule['standards'] = ['S1', 'S2'];

const PERSON_NOUNS = new Set([
  'father', 'mother', 'parents', 'brother', 'sister', 'son', 'daughter', 'wife', 'husband', 'uncle', 'aunt',
  'cousin', 'grandmother', 'grandfather', 'friend', 'friends', 'neighbor', 'neighbors', 'neighbour',
  'neighbours', 'relative', 'relatives', 'witness', 'witnesses', 'donor', 'donors', 'resident', 'residents',
  'colleague', 'colleagues', 'classmate', 'classmates', 'acquaintance', 'acquaintances', 'doctor', 'doctors',
  'employee', 'employees', 'bystander', 'bystanders', 'confidant', 'confidants', 'associate', 'associates',
  'lawyer', 'attorney', 'ally', 'allies', 'supporter',
]);
// Roles and relations a story often leaves unnamed. "The teacher said" is anonymous unless the story
// named a teacher shortly before ("Ana Ruiz, a teacher, …"), which acceptRole checks.
const ROLE_NOUNS = new Set([
  'teacher', 'teachers', 'nurse', 'nurses', 'guard', 'guards', 'teammate', 'teammates', 'families',
  'co-worker', 'co-workers', 'coworker', 'coworkers', 'worker', 'workers', 'student', 'students', 'patient',
  'patients', 'researcher', 'passenger', 'passengers', 'customer', 'customers', 'volunteer', 'volunteers',
  'survivor', 'survivors', 'caregiver', 'caregivers', 'shopkeeper', 'shopkeepers', 'farmer', 'farmers',
  'villager', 'villagers', 'parent', 'roommate', 'roommates', 'ex-wife', 'ex-husband', 'girlfriend',
  'boyfriend', 'partner', 'landlord', 'tenant', 'tenants', 'soldier', 'soldiers',
]);

/** An unnamed source, or an unnamed mention of the same role, before a definite "the nurse". */
function pointsBackUnnamed(ctx: SentenceContext, tokens: Token[], head: number): boolean {
  return refersBackToAnonymous(ctx, tokens, head) || roleMentionedUnnamed(ctx, tokens, head);
}

/** Determiners that point back to someone already in the story. */
const BACK_POINTING = new Set(['the', 'these', 'those', 'this', 'that']);

function isHead(tokens: Token[], i: number): boolean {
  const l = tokens[i]!.lower;
  if (PERSON_NOUNS.has(l) || ROLE_NOUNS.has(l)) return true;
  // "people close to Ms. Haley", "those who know her"
  const next = tokens[i + 1]?.lower;
  if ((l === 'people' || l === 'person') && next === 'close') return true;
  return l === 'those' && next === 'who' && /^(?:know|knew|worked|work)$/.test(tokens[i + 2]?.lower ?? '');
}

// Reporting from interviews the story does not attribute to anyone by name.
const INTERVIEWS = /\b(?:according to|based on|through|from) (?:(?:dozens of|several|many|multiple|numerous|more than \w+|\w+) )?interviews\b/gi;

export const rule: Rule = {
  id,
  kind: 'anonymous_source',
  needsCue: true,
  description,
  standards,
  match(ctx) {
    const acceptRole = (phrase: SourcePhrase, tokens: Token[]): boolean => {
      const head = tokens[phrase.head]!;
      // "Washington and its allies agreed", "Nato allies will say": allies of a state or bloc are states.
      const modifier = tokens[phrase.head - 1];
      const namedBloc = modifier?.capitalised === true && !DETERMINERS.has(modifier.lower) && phrase.head - 1 >= phrase.descStart;
      if ((head.lower === 'allies' || head.lower === 'ally') && (phrase.determiner === 'its' || namedBloc)) return false;
      // "the mother of three says", "these workers said": a definite person points back to someone the
      // story introduced; anonymous only when that was an unnamed source, never by default.
      if (phrase.determiner !== null && BACK_POINTING.has(phrase.determiner)) {
        // "Fischer said that these workers are frustrated": the people sit inside a named speaker's claim.
        if (!pointsBackUnnamed(ctx, tokens, phrase.head) || insideReportedClause(tokens, phrase)) return false;
      }
      if (!ROLE_NOUNS.has(head.lower)) return true;
      // "had not told her boyfriend, who still believed…": a relative clause on one person describes
      // them; only a group's relative clause ("aides, who saw…") voices a view.
      if (phrase.order === 'relative') return false;
      // "the National Guard said", "Coast Guard officials": part of a proper name, an institution.
      if (head.capitalised && tokens[phrase.head - 1]?.capitalised) return false;
      return phrase.determiner !== 'the' || !roleNamedEarlier(ctx, tokens, phrase.head);
    };
    const found = findAnonymous(ctx, { subtype: 'unnamed_individual', isHead, accept: acceptRole });
    if (!ctx.words.has('interviews')) return found;
    const sentence = ctx.sentenceText;
    for (const m of sentence.matchAll(INTERVIEWS)) {
      const start = ctx.sentence.start + (m.index ?? 0);
      const match: RuleMatch = {
        kind: 'anonymous_source', subtype: 'unnamed_individual', start, end: start + m[0].length,
        details: { descriptor: m[0], vantage: 'none', reason: reasonIn(sentence), motive: null, count: 'many', followUp: false },
      };
      found.push(match);
    }
    return found;
  },
};

// "reportedly", "is said to have", "it is understood", "is widely believed", "according to local
// reports", "we're told": a claim that leans on a source without naming any.

import type { Rule, RuleMatch, SentenceContext } from './rule';
import { hasAnyWord } from '../phrases/non-answer-matches';

export const id = 'vague-attribution';
export const description = 'A claim attributed to nobody: "reportedly", "is said to", "it is understood".';
export const standards: Rule['standards'] = ['S2', 'S8'];

// Each alternative is a fixed phrase with bounded optional words, so matching stays linear.
const PATTERNS: { pattern: RegExp; cues: readonly string[] }[] = [
  { cues: ['reportedly'], pattern: /\breportedly\b/gi },
  { cues: ['understood', 'believed', 'thought', 'rumored', 'rumoured', 'alleged'], pattern: /\b(?:it is|it was|it's) (?:understood|believed|thought|rumou?red|alleged)\b/gi },
  { cues: ['widely', 'generally', 'commonly'], pattern: /\b(?:is|are|was|were) (?:widely |generally |commonly )(?:believed|thought|considered|regarded|understood)\b/gi },
  { cues: ['rumored', 'rumoured'], pattern: /\b(?:is|are|was|were|has been|have been) (?:widely |generally )?rumou?red\b/gi },
  { cues: ['according'], pattern: /\baccording to (?:(?:local|media|news|press|unconfirmed|some|several|multiple|published|early|initial|state|other) ){0,3}(?:reports|accounts)\b/gi },
  { cues: ['told'], pattern: /\b(?:we're|we are|we've been|we have been|I'm|I am|I've been|I have been) told\b/gi },
  { cues: ['learned'], pattern: /\b(?:\w+ )?has learned\b/gi },
  { cues: ['saying'], pattern: /\b(?:local |state |some |foreign )?(?:newspapers|media|outlets) (?:quote|quoted|cite|cited) [^,.;]{1,40} as saying\b/gi },
  { cues: ['reports'], pattern: /\breports of\b/gi },
  { cues: ['described'], pattern: /\b(?:was|were|been|being|is|are) described as [“"]/gi },
];

// "is said to" / "was reported to" speak about a person; "execution is said to be complete" does not.
const SAID_TO = /\b([\p{L}’']+) (?:is|are|was|were) (?:said|reported|rumou?red|believed|thought) to (?:be|have|own|hold|plan|want|favou?r|consider)\b/giu;
const SAID_TO_CUES = ['said', 'reported', 'rumored', 'rumoured', 'believed', 'thought'];
const PERSONAL_SUBJECT = /^(?:he|she|they|who|\p{Lu}[\p{L}’']*)$/u;

function collect(ctx: SentenceContext): RuleMatch[] {
  const base = ctx.sentence.start;
  const sentence = ctx.sentenceText;
  const out: RuleMatch[] = [];
  const push = (index: number, phrase: string) => {
    out.push({
      kind: 'anonymous_source', subtype: 'vague_attribution', start: base + index, end: base + index + phrase.length,
      details: { descriptor: phrase, vantage: 'none', reason: null, motive: null, count: 'many', followUp: false },
    });
  };
  for (const { pattern, cues } of PATTERNS) {
    if (!hasAnyWord(ctx, cues)) continue;
    for (const m of sentence.matchAll(pattern)) {
      // "has learned" counts only for an outlet or a reporter, written capitalised: "TMZ has learned".
      if (/has learned$/i.test(m[0]) && !/^\p{Lu}/u.test(m[0])) continue;
      // "described as “heartbreaking” by the conservation department" names its source.
      if (/described as/i.test(m[0]) && /^[^”"]{0,60}[”"]\s+by\b/.test(sentence.slice((m.index ?? 0) + m[0].length))) continue;
      if (/^reports of$/i.test(m[0]) && /\b(?:no|any|earlier|the) $/i.test(sentence.slice(Math.max(0, (m.index ?? 0) - 8), m.index))) continue;
      push(m.index ?? 0, m[0].replace(/ [“"]$/, ''));
    }
  }
  if (!ctx.words.has('to') || !hasAnyWord(ctx, SAID_TO_CUES)) return out;
  for (const m of sentence.matchAll(SAID_TO)) {
    if (!PERSONAL_SUBJECT.test(m[1]!) || /^(?:It|This|That|The|There)$/.test(m[1]!)) continue;
    // A capitalised first word proves nothing ("Execution is said to…"); a name needs company.
    if ((m.index ?? 0) === 0 && !/^(?:he|she|they|who)$/i.test(m[1]!)) continue;
    const offset = (m.index ?? 0) + m[1]!.length + 1;
    push(offset, m[0].slice(m[1]!.length + 1));
  }
  return out;
}

export const rule: Rule = { id, kind: 'anonymous_source', description, standards, match: collect };

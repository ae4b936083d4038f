// "reportedly", "is said to have", "it is understood", "is widely believed", "according to local
// reports", "we're told": a claim that leans on a source without naming any.

import type { Rule, RuleMatch, SentenceContext } from './rule';
import { hasAnyWord } from '../phrases/non-answer-matches';
import { OUTLET_WORDS } from '../phrases/outlet-object';

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
// The subject may close an appositive ("Her aide, Owen Pratt, is said to") or follow a determiner
// ("The victim is thought to have been").
const SAID_TO = /(\b[\p{L}’']+ )?\b([\p{L}’']+),? (?:is|are|was|were) (?:said|reported|rumou?red|believed|thought|understood|alleged) to (?:be|have|own|hold|plan|want|favou?r|consider|face|oppose|support|back|lead|control|prefer|harbou?r|owe)\b/giu;
const SAID_TO_CUE = /\b(?:is|are|was|were) (?:said|reported|rumou?red|believed|thought|understood|alleged) to\b/i;
const OUTLET_KNOWS_CUE = /\b(?:understands|has been told|can reveal|can disclose)\b/;
const SAID_TO_CUES = ['said', 'reported', 'rumored', 'rumoured', 'believed', 'thought', 'understood', 'alleged'];
const PERSONAL_SUBJECT = /^(?:he|she|they|who|\p{Lu}[\p{L}’']*)$/u;
const REPORTED_SPEECH_BEFORE = /\b(?:said|says|added|adds|told \w+|noted|stated|explained|according to \w+)(?: that)?\b/i;
const DETERMINER_BEFORE = /^(?:the|a|an|his|her|their|its|this|that) $/i;
// "The Herald understands", "the Post can reveal": the outlet's own unnamed sourcing.
const OUTLET_KNOWS = /\b((?:\p{Lu}[\p{L}’'.]* ){0,3}\p{Lu}[\p{L}’'.]*) (?:understands|has been told|can reveal|can disclose)\b/gu;
const OUTLET_REPORTS = /\b(?:\p{Lu}[\p{L}’'.]* ){0,3}\p{Lu}[\p{L}’'.]* (?:reports|reported|says|said|has reported) (?:that )?/u;

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
      // "according to reports from The Wrap and Deadline": the reports are named outlets'.
      if (/^according to/i.test(m[0]) && /^\s+(?:from|by|in)\s+(?:the\s+)?\p{Lu}/u.test(sentence.slice((m.index ?? 0) + m[0].length))) continue;
      // "The Post reports that … is reportedly preparing": the claim already has a named outlet.
      if (/^reportedly$/i.test(m[0]) && namedOutletReports(sentence.slice(0, m.index ?? 0))) continue;
      // "…reportedly hissed at staff, according to a royal correspondent": the sentence gives the source.
      if (/^reportedly$/i.test(m[0]) && /\baccording to\b/i.test(sentence.slice((m.index ?? 0) + m[0].length))) continue;
      push(m.index ?? 0, m[0].replace(/ [“"]$/, ''));
    }
  }
  if (OUTLET_KNOWS_CUE.test(sentence)) {
    for (const m of sentence.matchAll(OUTLET_KNOWS)) {
      const last = m[1]!.split(' ').pop()!.toLowerCase();
      if (OUTLET_WORDS.has(last)) push(m.index ?? 0, m[0]);
    }
  }
  // The cheap, unanchored test runs first: the full pattern, with its Unicode classes and optional
  // leading word, only on the rare sentence that holds the hedge.
  if (!ctx.words.has('to') || !hasAnyWord(ctx, SAID_TO_CUES) || !SAID_TO_CUE.test(sentence)) return out;
  for (const m of sentence.matchAll(SAID_TO)) {
    const before = m[1] ?? '';
    const subject = m[2]!;
    if (/^(?:It|This|That|The|There)$/i.test(subject)) continue;
    const at = (m.index ?? 0) + before.length;
    // "Her aide, Owen Pratt, is said to": the appositive is a name. "A strain of Candida auris," is not.
    const appositive = m[0].startsWith(`${before}${subject},`) && /^\p{Lu}/u.test(subject) && /^\p{Lu}/u.test(before);
    // A definite noun with a hedging verb ("The victim is thought to have") is a guess; "a write is said
    // to be complete" defines a term.
    const hedgedNoun = (DETERMINER_BEFORE.test(before) || /^\p{Ll}/u.test(subject)) && !/^an? $/i.test(before) && /\b(?:thought|believed|understood)\b/i.test(m[0]);
    const rest = sentence.slice((m.index ?? 0) + m[0].length);
    const agent = /to be$/i.test(m[0]) && AGENT_STATE.test(rest);
    const coordinated = /^(?:and|but)$/i.test(subject) && clauseHasPersonalSubject(ctx, sentence.slice(0, at));
    if (!appositive && !hedgedNoun && !agent && !coordinated && !personal(ctx, subject, at)) continue;
    // "…is believed to have spread, according to a lab report", "the official added that no one was
    // believed to…": the hedge sits inside a claim that already has its source.
    if (/\baccording to\b/i.test(sentence.slice((m.index ?? 0) + m[0].length))) continue;
    if (REPORTED_SPEECH_BEFORE.test(sentence.slice(0, m.index ?? 0))) continue;
    const offset = at + subject.length + (appositive ? 2 : 1);
    push(offset, m[0].slice(offset - (m.index ?? 0)));
  }
  return out;
}

// "The unions are said to be holding out", "…is said to be furious": being in the middle of doing
// something, or feeling something, is said of people; "a write is said to be complete" is a definition.
// Machine states ("the process is said to be running") are left out of the -ing verbs.
const AGENT_STATE = /^ (?:(?!(?:running|pending|missing|working|loading|executing|blocking|waiting|listening|spinning)\b)[a-z]{2,}ing|furious|angry|unhappy|frustrated|upset|livid|delighted|keen|eager|reluctant|determined|in talks|close to)\b/;
/** How far back the subject of a coordinated "…and is said to" may sit. */
const MAX_COORDINATED_CHARS = 120;

/**
 * "Smith left the meeting early and is said to be weighing his options": the hedge's subject is the
 * clause's own, earlier: a name or pronoun the story uses. A noun subject ("The function … and is said to
 * be pure") counts only through AGENT_STATE.
 */
function clauseHasPersonalSubject(ctx: SentenceContext, before: string): boolean {
  if (before.length > MAX_COORDINATED_CHARS) return false;
  const first = /^[“"]?([\p{L}’']+)(?: ([\p{L}’']+))?/u.exec(before);
  if (!first) return false;
  if (/^(?:he|she|they)$/i.test(first[1]!)) return true;
  return personal(ctx, first[1]!, 0);
}

/** A pronoun, or a capitalised word the story also capitalises mid-sentence (a name, not "Execution"). */
function personal(ctx: SentenceContext, subject: string, at: number): boolean {
  if (!PERSONAL_SUBJECT.test(subject)) return false;
  if (/^(?:he|she|they|who)$/i.test(subject) || at > 0) return true;
  const start = ctx.sentence.start;
  const from = Math.max(0, start - 4000);
  const window = ctx.text.slice(from, Math.min(ctx.text.length, start + 4000));
  for (let k = window.indexOf(subject); k >= 0; k = window.indexOf(subject, k + 1)) {
    if (from + k === start) continue;
    if (/\p{L}/u.test(window[k + subject.length] ?? '')) continue;
    if (k > 1 && /[\s,]/u.test(window[k - 1]!) && /\p{L}/u.test(window[k - 2]!)) return true;
  }
  return false;
}

function namedOutletReports(before: string): boolean {
  const m = OUTLET_REPORTS.exec(before);
  if (!m) return false;
  return m[0].split(' ').some((w) => OUTLET_WORDS.has(w.toLowerCase()));
}

export const rule: Rule = { id, kind: 'anonymous_source', description, standards, match: collect };

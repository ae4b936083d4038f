// The shape of an agentless-attribution phrasing class and the token matcher that runs it. A class is
// a sequence of steps over a sentence's tokens (each step a list of words or phrases from the lexicon),
// with exceptions that say why a look-alike is left out, and the examples that prove it. Matching is a
// bounded walk from each token: no regular expression is built from the words.

import type { Token } from '../../tokens';
import type { RuleMatch, SentenceContext } from '../rule';

export interface Step {
  name: string;
  /** Words or space-separated phrases, lower case with straight apostrophes ("been", "a mix of"). */
  words: readonly string[];
  optional?: boolean;
  /** How many times the step may repeat (adverbs, adjectives); 1 unless given. */
  max?: number;
  /** Matched but not highlighted: a comma before a reduced clause, "that" after "it emerged". */
  context?: boolean;
  /** Any one word token except those in `words` (the infinitive's verb after "is said to"). */
  anyWord?: boolean;
}

/** One matched class: token positions, and where each named step matched. */
export interface Hit {
  ctx: SentenceContext;
  tokens: readonly Token[];
  /** First and one-past-last token of the whole match. */
  from: number;
  to: number;
  steps: ReadonlyMap<string, { from: number; to: number }>;
}

export interface Exception {
  why: string;
  test: (hit: Hit) => boolean;
}

export interface Example {
  text: string;
  /** Words the highlight must overlap. */
  match: string;
}

export interface AgentlessClass {
  id: string;
  description: string;
  steps: readonly Step[];
  /** The step whose words must occur in the sentence before the class runs at all. */
  trigger: string;
  unless: readonly Exception[];
  examples: readonly Example[];
  counterExamples: readonly string[];
}

const phraseWords = (phrase: string): string[] => phrase.split(' ');

/** The words a sentence must contain for the class to run: the first word of each trigger phrase. */
export function classCues(cls: AgentlessClass): string[] {
  const step = cls.steps.find((s) => s.name === cls.trigger);
  if (!step) throw new Error(`${cls.id}: no step named ${cls.trigger}`);
  return [...new Set(step.words.map((w) => phraseWords(w)[0]!))];
}

/** Where a phrase ends if it starts at token i, or -1. */
function phraseAt(tokens: readonly Token[], i: number, phrase: readonly string[]): number {
  if (i + phrase.length > tokens.length) return -1;
  for (let k = 0; k < phrase.length; k++) if (tokens[i + k]!.lower !== phrase[k]) return -1;
  return i + phrase.length;
}

interface Compiled {
  cls: AgentlessClass;
  cues: string[];
  phrases: string[][][];
}

export function compileClass(cls: AgentlessClass): Compiled {
  return { cls, cues: classCues(cls), phrases: cls.steps.map((s) => s.words.map(phraseWords)) };
}

/** Every end a step may reach from token i (longest first), repeats included. */
function stepEnds(tokens: readonly Token[], i: number, phrases: string[][], step: Step): number[] {
  if (step.anyWord) {
    const t = tokens[i];
    return t?.isWord && !phrases.some((p) => p.length === 1 && p[0] === t.lower) ? [i + 1] : [];
  }
  const max = step.max ?? 1;
  const ends: number[] = [];
  let frontier = [i];
  for (let n = 0; n < max && frontier.length > 0; n++) {
    const next: number[] = [];
    for (const at of frontier) for (const p of phrases) {
      const end = phraseAt(tokens, at, p);
      if (end > 0 && !next.includes(end)) next.push(end);
    }
    ends.push(...next);
    frontier = next;
  }
  return [...new Set(ends)].sort((a, b) => b - a);
}

type Spans = Map<string, { from: number; to: number }>;

function walk(c: Compiled, tokens: readonly Token[], k: number, i: number, spans: Spans): { to: number; spans: Spans } | null {
  const steps = c.cls.steps;
  if (k === steps.length) return { to: i, spans };
  const step = steps[k]!;
  for (const end of stepEnds(tokens, i, c.phrases[k]!, step)) {
    const found = walk(c, tokens, k + 1, end, new Map(spans).set(step.name, { from: i, to: end }));
    if (found) return found;
  }
  return step.optional ? walk(c, tokens, k + 1, i, spans) : null;
}

/** The highlighted tokens: the match without its context steps at either edge. */
function highlight(c: Compiled, hit: Hit): { from: number; to: number } {
  let from = hit.to;
  let to = hit.from;
  for (const step of c.cls.steps) {
    const span = hit.steps.get(step.name);
    if (!span || step.context || span.to === span.from) continue;
    from = Math.min(from, span.from);
    to = Math.max(to, span.to);
  }
  return { from, to };
}

/** The hits of one class in a sentence, exceptions applied, without overlaps. */
export function findHits(c: Compiled, ctx: SentenceContext): Hit[] {
  if (!c.cues.some((w) => ctx.words.has(w))) return [];
  const tokens = ctx.tokens;
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const found = walk(c, tokens, 0, i, new Map());
    if (!found || found.to === i) continue;
    const hit: Hit = { ctx, tokens, from: i, to: found.to, steps: found.spans };
    if (c.cls.unless.some((e) => e.test(hit))) continue;
    hits.push(hit);
    i = found.to - 1;
  }
  return hits;
}

/** The class's hits as vague-attribution matches: a claim with no source at all. */
export function matchClass(c: Compiled, ctx: SentenceContext): RuleMatch[] {
  return findHits(c, ctx).map((hit) => {
    const { from, to } = highlight(c, hit);
    const start = hit.tokens[from]!.start;
    const end = hit.tokens[to - 1]!.end;
    const descriptor = ctx.text.slice(start, end);
    return {
      kind: 'anonymous_source', subtype: 'vague_attribution', start, end,
      details: { descriptor, vantage: 'none', reason: null, motive: null, count: 'many', followUp: false },
    };
  });
}

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

/** A step ready to run: its phrases indexed by first word, so a token is tried only against its own. */
interface CompiledStep {
  step: Step;
  byFirstWord: ReadonlyMap<string, readonly string[][]>;
  /** The one-word phrases, for `anyWord` steps (which match any word but these). */
  singles: ReadonlySet<string>;
}

interface Compiled {
  cls: AgentlessClass;
  cues: string[];
  steps: CompiledStep[];
  /**
   * For each required step, the first words of its phrases: a sentence lacking all of one set cannot
   * match, so the walk is skipped. Only words of two or more characters: a punctuation token is one
   * character long, so such a word can only be a word token, and ctx.words holds every word token.
   */
  gates: ReadonlySet<string>[];
}

function compileStep(step: Step): CompiledStep {
  const byFirstWord = new Map<string, string[][]>();
  for (const phrase of step.words.map(phraseWords)) {
    const list = byFirstWord.get(phrase[0]!) ?? [];
    list.push(phrase);
    byFirstWord.set(phrase[0]!, list);
  }
  return { step, byFirstWord, singles: new Set(step.words.filter((w) => !w.includes(' '))) };
}

function gateOf(step: Step): ReadonlySet<string> | null {
  if (step.optional || step.anyWord) return null;
  const first = new Set(step.words.map((w) => phraseWords(w)[0]!));
  return [...first].every((w) => w.length >= 2) ? first : null;
}

export function compileClass(cls: AgentlessClass): Compiled {
  const gates = cls.steps.map(gateOf).filter((g): g is ReadonlySet<string> => g !== null);
  return { cls, cues: classCues(cls), steps: cls.steps.map(compileStep), gates };
}

/** Does the sentence hold any of the words? Iterates the smaller of the two sets. */
function holdsAny(words: ReadonlySet<string>, wanted: ReadonlySet<string>): boolean {
  if (wanted.size <= words.size) {
    for (const w of wanted) if (words.has(w)) return true;
  } else {
    for (const w of words) if (wanted.has(w)) return true;
  }
  return false;
}

/** Every end one phrase of the step reaches from token i; repeats are stepEnds' job. */
function phraseEnds(tokens: readonly Token[], i: number, c: CompiledStep, into: number[]): void {
  const t = tokens[i];
  if (!t) return;
  const phrases = c.byFirstWord.get(t.lower);
  if (!phrases) return;
  for (const p of phrases) {
    const end = phraseAt(tokens, i, p);
    if (end > 0 && !into.includes(end)) into.push(end);
  }
}

/** Every end a step may reach from token i (longest first), repeats included. */
function stepEnds(tokens: readonly Token[], i: number, c: CompiledStep): number[] {
  const { step } = c;
  if (step.anyWord) {
    const t = tokens[i];
    return t?.isWord && !c.singles.has(t.lower) ? [i + 1] : [];
  }
  const max = step.max ?? 1;
  const ends: number[] = [];
  let frontier = [i];
  for (let n = 0; n < max && frontier.length > 0; n++) {
    const next: number[] = [];
    for (const at of frontier) phraseEnds(tokens, at, c, next);
    for (const end of next) if (!ends.includes(end)) ends.push(end);
    frontier = next;
  }
  return ends.length > 1 ? ends.sort((a, b) => b - a) : ends;
}

/** The steps matched on the way down, innermost last: turned into a Hit's map only on success. */
type Path = { name: string; from: number; to: number }[];

function walk(c: Compiled, tokens: readonly Token[], k: number, i: number, path: Path): number {
  if (k === c.steps.length) return i;
  const step = c.steps[k]!;
  for (const end of stepEnds(tokens, i, step)) {
    path.push({ name: step.step.name, from: i, to: end });
    const found = walk(c, tokens, k + 1, end, path);
    if (found >= 0) return found;
    path.pop();
  }
  return step.step.optional ? walk(c, tokens, k + 1, i, path) : -1;
}

/** Where each named step matched; a later step of the same name overwrites an earlier one. */
function spansOf(path: Path): Map<string, { from: number; to: number }> {
  const spans = new Map<string, { from: number; to: number }>();
  for (const { name, from, to } of path) spans.set(name, { from, to });
  return spans;
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

/** Could the class match the sentence at all: its cue words and every required step's words present. */
function mayMatch(c: Compiled, ctx: SentenceContext): boolean {
  return c.cues.some((w) => ctx.words.has(w)) && c.gates.every((g) => holdsAny(ctx.words, g));
}

/** Every class's word sets, indexed by word: which (class, set) pairs a word satisfies. */
interface GateIndex {
  byWord: ReadonlyMap<string, readonly number[]>;
  /** For each class, the ids of its sets (cue words first). */
  setsOf: readonly number[][];
  setCount: number;
}

const gateIndexes = new WeakMap<readonly Compiled[], GateIndex>();

function gateIndex(classes: readonly Compiled[]): GateIndex {
  const known = gateIndexes.get(classes);
  if (known) return known;
  const byWord = new Map<string, number[]>();
  let setCount = 0;
  const setsOf = classes.map((c) => [new Set(c.cues), ...c.gates].map((words) => {
    const id = setCount++;
    for (const w of words) byWord.set(w, [...(byWord.get(w) ?? []), id]);
    return id;
  }));
  const index = { byWord, setsOf, setCount };
  gateIndexes.set(classes, index);
  return index;
}

/**
 * For each class, whether it may match the sentence (as mayMatch), from one look-up per word of the
 * sentence instead of one per word of every class: with fifteen classes the per-class checks cost
 * more than the walks.
 */
export function mayMatchEach(classes: readonly Compiled[], ctx: SentenceContext): boolean[] {
  const { byWord, setsOf, setCount } = gateIndex(classes);
  const held = new Uint8Array(setCount);
  for (const w of ctx.words) {
    const ids = byWord.get(w);
    if (ids) for (const id of ids) held[id] = 1;
  }
  return setsOf.map((ids) => ids.every((id) => held[id] === 1));
}

/**
 * The hits of one class in a sentence, exceptions applied, without overlaps. `gated`: the caller
 * has already answered mayMatch for this sentence.
 */
export function findHits(c: Compiled, ctx: SentenceContext, gated = false): Hit[] {
  if (!gated && !mayMatch(c, ctx)) return [];
  const tokens = ctx.tokens;
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const path: Path = [];
    const to = walk(c, tokens, 0, i, path);
    if (to < 0 || to === i) continue;
    const hit: Hit = { ctx, tokens, from: i, to, steps: spansOf(path) };
    if (c.cls.unless.some((e) => e.test(hit))) continue;
    hits.push(hit);
    i = to - 1;
  }
  return hits;
}

/** The class's hits as vague-attribution matches: a claim with no source at all. */
export function matchClass(c: Compiled, ctx: SentenceContext, gated = false): RuleMatch[] {
  return findHits(c, ctx, gated).map((hit) => {
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

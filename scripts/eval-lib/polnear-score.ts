// Source recall and a precision estimate of the engine against PolNeAR attributions, per article,
// plus the tallies that add them up. Depends only on the public Report shape.

import type { Report } from '../../src/core/types';
import type { PolnearAttribution, Span } from './polnear-parse';
import { cueHead, opensSentence, sourceKind, type SourceKind } from './polnear-classify';

/** One thing the engine found that names a source: an anonymous_source finding or an attribution. */
export interface EngineSpan {
  kind: 'anonymous_source' | 'named_person' | 'institution' | 'document' | 'publication';
  start: number;
  end: number;
  text: string;
  /**
   * Where the engine puts the source itself: an attribution's `name` inside its span ("Spicer" in
   * "Spicer said"), else the whole span (a finding's span is its source description).
   */
  nameStart: number;
  nameEnd: number;
}

/** The engine spans that count as "found a source": anonymous_source findings and every attribution. */
export function engineSpans(report: Pick<Report, 'findings' | 'attributions'>): EngineSpan[] {
  const out: EngineSpan[] = [];
  for (const f of report.findings) {
    if (f.kind === 'anonymous_source') out.push({ kind: f.kind, start: f.start, end: f.end, text: f.text, nameStart: f.start, nameEnd: f.end });
  }
  for (const a of report.attributions) {
    const at = a.name ? a.text.indexOf(a.name) : -1;
    const [nameStart, nameEnd] = at >= 0 ? [a.start + at, a.start + at + a.name.length] : [a.start, a.end];
    out.push({ kind: a.kind, start: a.start, end: a.end, text: a.text, nameStart, nameEnd });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Half-open ranges [s, e) share at least one character. */
export const rangesOverlap = (s1: number, e1: number, s2: number, e2: number): boolean => s1 < e2 && s2 < e1;

export function spanOverlaps(span: Span, start: number, end: number): boolean {
  return span.fragments.some(([s, e]) => rangesOverlap(s, e, start, end));
}

const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|St|Jr|Sr|Inc|Co|Corp|No|vs|[A-Z])\.$/;

/** True when the whitespace at `i` follows a sentence end: . ! ? (maybe then a closing quote), not an abbreviation. */
function endsSentenceBefore(text: string, i: number): boolean {
  let j = i;
  if (/["”’)]/.test(text[j - 1] ?? '')) j--;
  const c = text[j - 1] ?? '';
  if (c === '!' || c === '?') return true;
  return c === '.' && !ABBREVIATION.test(text.slice(Math.max(0, j - 6), j));
}

/** The sentence around [start, end): from the previous sentence end (or line break) to the next. */
export function sentenceAround(text: string, start: number, end: number, max = 320): string {
  let s = start;
  while (s > 0 && text[s - 1] !== '\n' && !(/\s/.test(text[s - 1]!) && endsSentenceBefore(text, s - 1))) s--;
  let e = Math.max(end, s);
  while (e < text.length && text[e] !== '\n' && !(/\s/.test(text[e]!) && endsSentenceBefore(text, e))) e++;
  let out = text.slice(s, e).replace(/\s+/g, ' ').trim();
  if (out.length > max) {
    const from = Math.max(0, start - s - Math.floor(max / 3));
    out = `${from > 0 ? '…' : ''}${out.slice(from, from + max)}…`;
  }
  return out;
}

export type CueKind = 'speech' | 'other';

export interface SourceOutcome {
  attribution: PolnearAttribution;
  cueKind: CueKind;
  cueLemma: string;
  sourceKind: SourceKind;
  found: boolean;
}

export interface EngineOutcome {
  span: EngineSpan;
  /** What the engine span overlaps in PolNeAR: a source span; failing that a cue; failing that content; or nothing. */
  overlaps: 'source' | 'cue' | 'content' | 'nothing';
  /** The engine's name for the source (see EngineSpan.nameStart) overlaps a PolNeAR source span. */
  nameOnSource: boolean;
}

export interface ArticleResult {
  article: string;
  text: string;
  /** Attributions with a source span, judged found or missed. */
  sources: SourceOutcome[];
  /** Attributions without a source span (not recallable), with their cue kind. */
  noSource: Array<{ attribution: PolnearAttribution; cueKind: CueKind; cueLemma: string }>;
  engine: EngineOutcome[];
}

function cueOf(a: PolnearAttribution): { cueKind: CueKind; cueLemma: string } {
  const h = cueHead(a.cue ? a.cue.text : '');
  return { cueKind: h.kind, cueLemma: h.lemma };
}

/** Scores one article: which PolNeAR sources the engine overlaps, and what each engine span overlaps. */
export function scoreArticle(article: string, text: string, gold: PolnearAttribution[], engine: EngineSpan[]): ArticleResult {
  const sources: SourceOutcome[] = [];
  const noSource: ArticleResult['noSource'] = [];
  for (const a of gold) {
    const cue = cueOf(a);
    if (!a.source) {
      noSource.push({ attribution: a, ...cue });
      continue;
    }
    const src = a.source;
    sources.push({
      attribution: a,
      ...cue,
      sourceKind: sourceKind(src.text, opensSentence(text, src.start)),
      found: engine.some((e) => spanOverlaps(src, e.start, e.end)),
    });
  }
  const out: EngineOutcome[] = engine.map((span) => {
    const hit = (pick: (a: PolnearAttribution) => Span[]) => gold.some((a) => pick(a).some((s) => spanOverlaps(s, span.start, span.end)));
    const overlaps = hit((a) => (a.source ? [a.source] : []))
      ? 'source'
      : hit((a) => (a.cue ? [a.cue] : []))
        ? 'cue'
        : hit((a) => a.content)
          ? 'content'
          : 'nothing';
    const nameOnSource = gold.some((a) => a.source !== null && spanOverlaps(a.source, span.nameStart, span.nameEnd));
    return { span, overlaps, nameOnSource };
  });
  return { article, text, sources, noSource, engine: out };
}

// ---- Tallies ---------------------------------------------------------------------------------

export interface Recall { found: number; total: number; recall: number }
const recall = (found: number, total: number): Recall => ({ found, total, recall: total ? found / total : 0 });

export interface Tally {
  articles: number;
  attributions: number;
  overall: Recall;
  byCue: Record<CueKind, Recall>;
  bySource: Record<SourceKind, Recall>;
  /** Attributions with no source span, by cue kind (excluded from recall). */
  noSource: Record<CueKind, number> & { total: number };
  engine: {
    total: number;
    byKind: Record<string, number>;
    overlapsSource: number;
    overlapsCue: number;
    overlapsContent: number;
    overlapsNothing: number;
    /** Share of engine spans that overlap a PolNeAR source or cue: the precision estimate. */
    precisionSourceOrCue: number;
    /** Stricter: share that overlap a PolNeAR source. */
    precisionSource: number;
    /** Engine spans whose name part (EngineSpan.nameStart) overlaps a PolNeAR source. */
    nameOnSource: number;
    /** Strictest: share whose name part overlaps a PolNeAR source. */
    precisionName: number;
  };
}

export function tally(results: ArticleResult[]): Tally {
  const sources = results.flatMap((r) => r.sources);
  const noSource = results.flatMap((r) => r.noSource);
  const engine = results.flatMap((r) => r.engine);
  const rec = (pred: (s: SourceOutcome) => boolean): Recall => {
    const part = sources.filter(pred);
    return recall(part.filter((s) => s.found).length, part.length);
  };
  const count = (o: EngineOutcome['overlaps']) => engine.filter((e) => e.overlaps === o).length;
  const byKind: Record<string, number> = {};
  for (const e of engine) byKind[e.span.kind] = (byKind[e.span.kind] ?? 0) + 1;
  const [src, cue, content, nothing] = [count('source'), count('cue'), count('content'), count('nothing')];
  return {
    articles: results.length,
    attributions: sources.length + noSource.length,
    overall: rec(() => true),
    byCue: { speech: rec((s) => s.cueKind === 'speech'), other: rec((s) => s.cueKind === 'other') },
    bySource: {
      pronoun: rec((s) => s.sourceKind === 'pronoun'),
      name: rec((s) => s.sourceKind === 'name'),
      determiner: rec((s) => s.sourceKind === 'determiner'),
      other: rec((s) => s.sourceKind === 'other'),
    },
    noSource: {
      speech: noSource.filter((n) => n.cueKind === 'speech').length,
      other: noSource.filter((n) => n.cueKind === 'other').length,
      total: noSource.length,
    },
    engine: {
      total: engine.length,
      byKind,
      overlapsSource: src,
      overlapsCue: cue,
      overlapsContent: content,
      overlapsNothing: nothing,
      precisionSourceOrCue: engine.length ? (src + cue) / engine.length : 0,
      precisionSource: engine.length ? src / engine.length : 0,
      nameOnSource: engine.filter((e) => e.nameOnSource).length,
      precisionName: engine.length ? engine.filter((e) => e.nameOnSource).length / engine.length : 0,
    },
  };
}

/** Counts of a key over items, most common first. */
export function topCounts<T>(items: T[], key: (t: T) => string, n: number): Array<[string, number]> {
  const m = new Map<string, number>();
  for (const it of items) m.set(key(it), (m.get(key(it)) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n);
}

// ---- Seeded sampling -------------------------------------------------------------------------

/** mulberry32: a small, fast, seeded PRNG giving floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n items drawn without replacement (partial Fisher–Yates), in a seed-determined order. */
export function sample<T>(items: T[], n: number, seed: number): T[] {
  const rnd = seededRandom(seed);
  const a = items.slice();
  const k = Math.min(n, a.length);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rnd() * (a.length - i));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, k);
}

// `npm run eval:polnear -- <dir>` (or POLNEAR_DIR=<dir>): how many of the sources in PolNeAR — an
// attribution corpus of 2016 US political news annotated by an outside team (Newell, Margolin &
// Ruths, LREC 2018) — the engine finds, and an estimate of how many of the engine's own source
// mentions PolNeAR bears out. Reads the train and dev splits only; the test split is held back and
// never opened. The corpus has no licence, so it is read from <dir> at run time and nothing of it
// is stored in this repository; with no <dir>, or one that is absent, it says so and exits 0.
//
//   <dir>            the PolNeAR checkout (with data/), its data/ folder, or a folder with train/ and dev/
//   --split S        train | dev | both (default both)
//   --sample N       engine spans that overlap no PolNeAR source, printed with their sentence (default 40)
//   --misses N       missed PolNeAR sources printed with their cue and sentence (default 0)
//   --seed N         seed for both samples (default 1)
//
// SOURCE RECALL: among PolNeAR attributions that have a source span, the share whose source span
// overlaps (shares a character with) some engine span — an anonymous_source finding or any
// Report.attributions entry. Engine attribution spans carry the cue too ("Spicer said"), so the
// test is overlap, not equality. Split by cue kind and source kind (see polnear-classify.ts).
// Attributions without a source span cannot be recalled: counted, by cue kind, not scored.
//
// PRECISION (estimate): the share of engine spans that overlap a PolNeAR source or cue. PolNeAR
// annotates attributions of speech and of thoughts, intentions and beliefs exhaustively (pseudo-
// recall 94% against PARC3), so a span overlapping none is most likely a false alarm — but PolNeAR
// has one source per attribution, so judge the printed sample before trusting the figure. Two
// stricter figures follow: the span overlaps a source (not just a cue), and the engine's own name
// for the source (an attribution's `name`, found inside its span; a finding's whole span) does —
// an engine span "told the Daily Planet" overlaps the cue "told" yet names the wrong source.
//
// Offsets: PolNeAR's offsets count code points, the engine's UTF-16 units; polnear-parse.ts
// converts them and checks every span's offsets against its recorded text (the counts are printed).
// Articles annotated by several annotators use the alphabetically first annotator's file.
//
// Output: a table on the terminal and test-output/eval-polnear.json (figures and counts only, no
// corpus text). Samples are printed to the terminal only.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../src/core/index';
import { loadSplit, resolveSplitRoot, SPLITS, type PolnearArticle, type Split } from './eval-lib/polnear-corpus';
import { SOURCE_KINDS } from './eval-lib/polnear-classify';
import {
  engineSpans, sample, scoreArticle, sentenceAround, tally, topCounts,
  type ArticleResult, type Recall, type SourceOutcome, type Tally,
} from './eval-lib/polnear-score';
import { sourceShape } from './eval-lib/polnear-shape';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Options { dir: string | null; splits: Split[]; sample: number; misses: number; seed: number }

function parseArgs(argv: string[]): Options {
  const opts: Options = { dir: process.env.POLNEAR_DIR || null, splits: [...SPLITS], sample: 40, misses: 0, seed: 1 };
  const num = (v: string | undefined, name: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new Error(`eval:polnear: ${name} wants a whole number, got ${v}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--split') {
      const v = value();
      if (v === 'both') opts.splits = [...SPLITS];
      else if (v === 'train' || v === 'dev') opts.splits = [v];
      else throw new Error(`eval:polnear: --split wants train, dev or both, got ${v}`);
    } else if (flag === '--sample') opts.sample = num(value(), '--sample');
    else if (flag === '--misses') opts.misses = num(value(), '--misses');
    else if (flag === '--seed') opts.seed = num(value(), '--seed');
    else if (flag === '--dir') opts.dir = value() ?? null;
    else if (!flag.startsWith('--')) opts.dir = flag;
    else throw new Error(`eval:polnear: unknown option ${flag}`);
  }
  return opts;
}

const pct = (r: Recall): string => (r.total ? `${(100 * r.recall).toFixed(1)}%` : '   —');
const cell = (r: Recall): string => `${pct(r).padStart(6)} ${`${r.found}/${r.total}`.padStart(11)}`;

function printRecallTable(columns: Array<[string, Tally]>): void {
  const rows: Array<[string, (t: Tally) => Recall]> = [
    ['all sources', (t) => t.overall],
    ['cue: speech (say/tell/acc. to)', (t) => t.byCue.speech],
    ['cue: other', (t) => t.byCue.other],
    ...SOURCE_KINDS.map((k) => [`source: ${k}`, (t: Tally) => t.bySource[k]] as [string, (t: Tally) => Recall]),
  ];
  console.log(`\nSOURCE RECALL (PolNeAR source span overlaps an engine span)`);
  console.log(`  ${''.padEnd(32)}${columns.map(([n]) => n.padStart(19)).join('')}`);
  for (const [label, get] of rows) console.log(`  ${label.padEnd(32)}${columns.map(([, t]) => `  ${cell(get(t))}`).join('')}`);
  console.log(`\nAttributions with no source span (not scored)`);
  for (const k of ['speech', 'other', 'total'] as const) {
    console.log(`  ${`cue: ${k}`.padEnd(32)}${columns.map(([, t]) => String(t.noSource[k]).padStart(19)).join('')}`);
  }
  console.log(`  ${'articles / attributions'.padEnd(32)}${columns.map(([, t]) => `${t.articles} / ${t.attributions}`.padStart(19)).join('')}`);
}

function printPrecisionTable(columns: Array<[string, Tally]>): void {
  const share = (n: number, d: number) => `${d ? ((100 * n) / d).toFixed(1) : '—'}% ${`${n}/${d}`.padStart(11)}`;
  console.log(`\nENGINE SPANS (anonymous_source findings + attributions) against PolNeAR`);
  console.log(`  ${''.padEnd(32)}${columns.map(([n]) => n.padStart(19)).join('')}`);
  const rows: Array<[string, (t: Tally) => string]> = [
    ['engine spans', (t) => String(t.engine.total)],
    ...['anonymous_source', 'named_person', 'institution', 'publication', 'document'].map(
      (k) => [`  of which ${k}`, (t: Tally) => String(t.engine.byKind[k] ?? 0)] as [string, (t: Tally) => string],
    ),
    ['overlaps a source', (t) => share(t.engine.overlapsSource, t.engine.total)],
    ['overlaps a cue (no source)', (t) => share(t.engine.overlapsCue, t.engine.total)],
    ['overlaps content only', (t) => share(t.engine.overlapsContent, t.engine.total)],
    ['overlaps nothing', (t) => share(t.engine.overlapsNothing, t.engine.total)],
    ['PRECISION est. (source or cue)', (t) => share(t.engine.overlapsSource + t.engine.overlapsCue, t.engine.total)],
    ['  strict: name on a source', (t) => share(t.engine.nameOnSource, t.engine.total)],
  ];
  for (const [label, get] of rows) console.log(`  ${label.padEnd(32)}${columns.map(([, t]) => get(t).padStart(19)).join('')}`);
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  if (!opts.dir) {
    console.log('eval:polnear: no PolNeAR path given (argument or POLNEAR_DIR) — skipping.');
    return;
  }
  const root = existsSync(opts.dir) ? resolveSplitRoot(opts.dir) : null;
  if (!root) {
    console.log(`eval:polnear: no PolNeAR train/dev splits under ${opts.dir} — skipping.`);
    return;
  }

  const t0 = performance.now();
  const bySplit = new Map<Split, ArticleResult[]>();
  const align = { spans: 0, realigned: 0, unaligned: 0, dangling: 0, multiAnnotated: 0 };
  let analysedChars = 0;
  let analyseMs = 0;
  for (const split of opts.splits) {
    const articles: PolnearArticle[] = loadSplit(root, split);
    const results: ArticleResult[] = [];
    for (const a of articles) {
      align.spans += a.parsed.spansChecked;
      align.realigned += a.parsed.spansRealigned;
      align.unaligned += a.parsed.spansUnaligned;
      align.dangling += a.parsed.danglingRefs;
      if (a.annotatorCount > 1) align.multiAnnotated++;
      const t = performance.now();
      const report = analyzeText(a.text);
      analyseMs += performance.now() - t;
      analysedChars += a.text.length;
      if (report.textLength !== a.text.length) console.log(`  note: ${split}/${a.id} was cut to ${report.textLength} characters by the engine`);
      results.push(scoreArticle(`${split}/${a.id}`, a.text, a.parsed.attributions, engineSpans(report)));
    }
    bySplit.set(split, results);
  }
  const all = [...bySplit.values()].flat();
  if (!all.length) {
    console.log(`eval:polnear: no annotated articles found under ${root} — skipping.`);
    return;
  }

  console.log(`PolNeAR at ${root} — splits: ${opts.splits.join(', ')}`);
  console.log(
    `Offsets: ${align.spans} annotation spans checked against the article text; ${align.realigned} realigned, ` +
      `${align.unaligned} not located, ${align.dangling} dangling references; ${align.multiAnnotated} multiply-annotated ` +
      `article(s) scored on the first annotator's file.`,
  );
  const columns: Array<[string, Tally]> = [...bySplit.entries()].map(([s, r]) => [s, tally(r)]);
  if (columns.length > 1) columns.push(['train+dev', tally(all)]);
  printRecallTable(columns);
  printPrecisionTable(columns);

  // What the misses look like: cue lemmas and source shapes (counts only).
  const missed: SourceOutcome[] = all.flatMap((r) => r.sources.filter((s) => !s.found));
  const missLemmas = topCounts(missed, (m) => m.cueLemma, 15);
  const missShapes = topCounts(missed, (m) => sourceShape(m.attribution.source!.text), 15);
  const missKinds = topCounts(missed, (m) => `${m.sourceKind} / ${m.cueKind}`, 8);
  console.log(`\nMissed sources (${missed.length}) — commonest cue lemmas:`);
  console.log(`  ${missLemmas.map(([k, n]) => `${k} ${n}`).join(', ')}`);
  console.log(`Missed sources — commonest source shapes (Xx capitalised, XX all-caps, x lower-case word, 9 number):`);
  console.log(`  ${missShapes.map(([k, n]) => `"${k}" ${n}`).join(', ')}`);
  console.log(`Missed sources — source kind / cue kind:`);
  console.log(`  ${missKinds.map(([k, n]) => `${k} ${n}`).join(', ')}`);

  // Precision sample: engine spans that overlap no PolNeAR source, for a person to judge.
  const unmatched = all.flatMap((r) => r.engine.filter((e) => e.overlaps !== 'source').map((e) => ({ r, e })));
  const picked = sample(unmatched, opts.sample, opts.seed);
  if (picked.length) {
    console.log(`\nSample of ${picked.length} of the ${unmatched.length} engine spans that overlap no PolNeAR source (seed ${opts.seed}):`);
    for (const { r, e } of picked) {
      console.log(`  [${r.article}] ${e.span.kind}, overlaps ${e.overlaps}: "${e.span.text}"`);
      console.log(`      ${sentenceAround(r.text, e.span.start, e.span.end)}`);
    }
  }
  const missSample = sample(
    all.flatMap((r) => r.sources.filter((s) => !s.found).map((s) => ({ r, s }))),
    opts.misses,
    opts.seed,
  );
  if (missSample.length) {
    console.log(`\nSample of ${missSample.length} missed sources (seed ${opts.seed}):`);
    for (const { r, s } of missSample) {
      const src = s.attribution.source!;
      console.log(`  [${r.article}] ${s.sourceKind}/${s.cueKind}: source "${src.text}", cue "${s.attribution.cue?.text ?? ''}" (${s.cueLemma})`);
      console.log(`      ${sentenceAround(r.text, src.start, src.end)}`);
    }
  }

  const seconds = (performance.now() - t0) / 1000;
  console.log(
    `\n${all.length} articles, ${(analysedChars / 1e6).toFixed(2)} MB analysed in ${(analyseMs / 1000).toFixed(1)} s ` +
      `(${(analysedChars / 1e6 / (analyseMs / 1000)).toFixed(1)} MB/s); ${seconds.toFixed(1)} s in all.`,
  );

  const summary = {
    generatedAt: new Date().toISOString(),
    splits: opts.splits,
    offsets: align,
    tallies: Object.fromEntries(columns),
    missed: { total: missed.length, cueLemmas: missLemmas, sourceShapes: missShapes, kinds: missKinds },
    unmatchedEngineSpans: unmatched.length,
    seconds,
  };
  const out = path.join(repoRoot, 'test-output');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'eval-polnear.json'), JSON.stringify(summary, null, 2));
  console.log(`Wrote ${path.relative(repoRoot, path.join(out, 'eval-polnear.json'))}`);
}

try {
  main();
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 2;
}

// Budget: on every corpus page, analyzeDocument costs at most 1.25× Readability's own parse() (median
// of the per-page ratios). Both sides work on jsdom documents and both clone, because analyzeDocument
// must clone too: baseline = doc.cloneNode(true) + new Readability(clone).parse().
// analyzeDocument narrows Readability to the story when the page marks it (src/page/article-scope.ts),
// so it can cost less than the baseline; for the record, each row also times that narrowed extraction
// alone (clone and read phases) and the ratio of the whole analysis to it: what detection, mapping
// and scoring add on top of the extraction actually run.
//   npx tsx scripts/bench/page.ts
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Readability from '@mozilla/readability/Readability.js';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyzeDocument } from '../../src/page/index';
import { MAX_ANALYSED_CHARS, basePage, clonePhase, readPhase } from '../../src/page/document-phases';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const corpusPagesDir = path.resolve(repoRoot, '../shared/corpus/pages');

export interface Budget {
  label: string;
  value: number;
  limit: number;
  unit: string;
  pass: boolean;
}

/** What every bench in scripts/bench/ returns; scripts/bench.ts prints and stores them together. */
export interface BenchResult {
  name: string;
  rows: Record<string, string | number>[];
  budgets: Budget[];
  pass: boolean;
  /** Set when the bench could not run (e.g. ../shared or dist/ is missing); then pass is true. */
  skipped?: string;
}

export const MAX_RATIO = 1.25;
const ROUNDS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function timed(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

function baseline(doc: Document): unknown {
  const clone = doc.cloneNode(true) as Document;
  return new Readability(clone).parse();
}

/** The extraction analyzeDocument runs: the (possibly narrowed) clone and Readability's parse of it. */
function ownExtraction(doc: Document): unknown {
  return readPhase(clonePhase(doc, MAX_ANALYSED_CHARS), basePage(doc));
}

export async function benchPage(pagesDir = corpusPagesDir): Promise<BenchResult> {
  let files: string[];
  try {
    files = readdirSync(pagesDir).filter((f) => f.endsWith('.html')).sort();
  } catch {
    return { name: 'page', rows: [], budgets: [], pass: true, skipped: `${pagesDir} not found` };
  }
  const rows: BenchResult['rows'] = [];
  const ratios: number[] = [];
  const overOwn: number[] = [];
  for (const file of files) {
    const html = readFileSync(path.join(pagesDir, file), 'utf8');
    // A silent console: jsdom's complaints about publishers' CSS are noise here.
    const doc = new JSDOM(html, { url: `https://corpus.example/${file}`, virtualConsole: new VirtualConsole() }).window.document;
    baseline(doc); // warm both paths up once per page (JIT, lazy jsdom state)
    const page = analyzeDocument(doc);
    ownExtraction(doc);
    const ours: number[] = [];
    const theirs: number[] = [];
    const extraction: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate the order so neither side always runs on a warmer heap.
      if (round % 2) {
        ours.push(timed(() => analyzeDocument(doc)));
        theirs.push(timed(() => baseline(doc)));
        extraction.push(timed(() => ownExtraction(doc)));
      } else {
        extraction.push(timed(() => ownExtraction(doc)));
        theirs.push(timed(() => baseline(doc)));
        ours.push(timed(() => analyzeDocument(doc)));
      }
    }
    const analyseMs = median(ours);
    const readabilityMs = median(theirs);
    const extractionMs = median(extraction);
    const ratio = analyseMs / readabilityMs;
    ratios.push(ratio);
    if (page.isArticle) overOwn.push(analyseMs / extractionMs);
    rows.push({
      page: file,
      kB: Math.round(html.length / 1024),
      article: page.isArticle ? 'yes' : 'no',
      findings: page.report?.findings.length ?? 0,
      readabilityMs: round1(readabilityMs),
      analyzeMs: round1(analyseMs),
      ratio: round2(ratio),
      ownExtractionMs: round1(extractionMs),
      overOwnExtraction: round2(analyseMs / extractionMs),
    });
  }
  const medianRatio = round2(median(ratios));
  console.log(`analyzeDocument / its own (narrowed) extraction, median over article pages: ${round2(median(overOwn))}×`);
  const budget: Budget = { label: 'analyzeDocument / Readability, median', value: medianRatio, limit: MAX_RATIO, unit: '×', pass: medianRatio <= MAX_RATIO };
  return { name: 'page', rows, budgets: [budget], pass: budget.pass };
}

export const round1 = (n: number) => Math.round(n * 10) / 10;
export const round2 = (n: number) => Math.round(n * 100) / 100;

export function printResult(result: BenchResult): void {
  console.log(`\n== bench: ${result.name}${result.skipped ? ` (skipped: ${result.skipped})` : ''}`);
  if (result.rows.length > 0) console.table(result.rows);
  for (const b of result.budgets) {
    console.log(`${b.pass ? 'PASS' : 'FAIL'}  ${b.label}: ${b.value} ${b.unit} (budget ${b.limit} ${b.unit})`);
  }
}

/** For running one bench alone: print it, store it in test-output/bench-<name>.json, set the exit code. */
export async function runAlone(bench: () => Promise<BenchResult>): Promise<void> {
  const result = await bench();
  printResult(result);
  const out = path.join(repoRoot, 'test-output');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, `bench-${result.name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  if (!result.pass) process.exitCode = 1;
}

export function isMain(moduleUrl: string): boolean {
  return process.argv[1] !== undefined && moduleUrl === pathToFileURL(path.resolve(process.argv[1])).href;
}

if (isMain(import.meta.url)) await runAlone(() => benchPage());

// `npm run bench`: every performance figure of the project, each section printed as it finishes,
// then one summary table of all budgets; everything is written to test-output/bench.json.
// Sections (scripts/bench/): core throughput, page layer vs Readability (jsdom), bundle sizes
// (needs `node scripts/build.mjs`), and the built extension in headless Chromium.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './eval-lib/corpus';
import { benchBrowser } from './bench/browser';
import { benchBundle } from './bench/bundle';
import { benchCore, printCore } from './bench/core';
import { benchPage, printResult, type BenchResult } from './bench/page';

async function main(): Promise<void> {
  const core = benchCore();
  if (core) printCore(core);
  else console.log('bench: ../shared/corpus is absent — core throughput skipped.');

  const results: BenchResult[] = [];
  // One at a time: the benches time things, so they must not compete with each other for the CPU.
  for (const bench of [() => benchPage(), () => benchBundle(), () => benchBrowser()]) {
    const result = await bench();
    printResult(result);
    results.push(result);
  }

  console.log('\n== budgets');
  console.table(results.flatMap((r) => (r.skipped
    ? [{ bench: r.name, budget: `skipped: ${r.skipped}`, value: '-', limit: '-', result: 'SKIP' }]
    : r.budgets.map((b) => ({ bench: r.name, budget: b.label, value: `${b.value} ${b.unit}`, limit: `${b.limit} ${b.unit}`, result: b.pass ? 'PASS' : 'FAIL' })))));

  const out = path.join(repoRoot, 'test-output');
  mkdirSync(out, { recursive: true });
  const report = { generatedAt: new Date().toISOString(), node: process.version, core, results };
  writeFileSync(path.join(out, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(repoRoot, path.join(out, 'bench.json'))}`);
  // A missed budget is reported, not hidden: the exit code says so (CI may choose to ignore it).
  if (results.some((r) => !r.pass)) process.exitCode = 1;
}

await main();

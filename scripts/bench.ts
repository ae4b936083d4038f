// `npm run bench`: performance figures, printed as a table and written to test-output/bench.json.
// Each section is a module under scripts/bench/ so page-level benchmarks can be added beside core.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './eval-lib/corpus';
import { benchCore, printCore } from './bench/core';

function main(): void {
  const core = benchCore();
  if (!core) {
    console.log('bench: ../shared/corpus is absent — nothing to measure, skipping.');
    return;
  }
  printCore(core);
  const out = path.join(repoRoot, 'test-output');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'bench.json'), JSON.stringify({ generatedAt: new Date().toISOString(), node: process.version, core }, null, 2));
  console.log(`\nWrote ${path.relative(repoRoot, path.join(out, 'bench.json'))}`);
}

main();

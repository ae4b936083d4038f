// Quick core throughput: the concatenated corpus texts analysed at 1× and 4×, warm, best of three
// (other processes on a shared machine only ever add time). Faster than `npm run bench` for
// iterating on a hot spot. Usage: npx tsx scripts/bench/core-quick.ts

import { readFileSync } from 'node:fs';
import { analyzeText, MAX_ANALYSED_CHARS } from '../../src/core/index';
import { loadPages } from '../eval-lib/corpus';

const joined = loadPages().map((p) => readFileSync(p.textPath, 'utf8')).join('\n\n');
analyzeText(joined); // warm-up: let the JIT reach its optimising tier
for (const factor of [1, 4]) {
  // Kept under the engine's cap, which would otherwise truncate the 4× input.
  const input = Array.from({ length: factor }, () => joined).join('\n').slice(0, MAX_ANALYSED_CHARS);
  let best = Infinity;
  let bestCpu = Infinity;
  for (let i = 0; i < 3; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    analyzeText(input);
    best = Math.min(best, performance.now() - start);
    const used = process.cpuUsage(cpu);
    bestCpu = Math.min(bestCpu, (used.user + used.system) / 1000);
  }
  const mbps = (ms: number) => (input.length / 1e6 / (ms / 1000)).toFixed(2);
  console.log(`${factor}×  ${input.length.toLocaleString('en')} chars  ${best.toFixed(0)} ms  ${mbps(best)} MB/s  (CPU time: ${mbps(bestCpu)} MB/s)`);
}

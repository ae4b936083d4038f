// Budget: the built bundles stay small — content script ≤ 60 KB minified, popup ≤ 40 KB (read from
// dist/chrome after `node scripts/build.mjs`; gzip sizes are shown for information). The content
// script is content.js, the part every web page gets; analyzer.js (Readability + detection engine)
// is injected on demand into pages that may be articles only, so it is listed without a budget.
//   npx tsx scripts/bench/bundle.ts
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { isMain, repoRoot, round1, runAlone, type BenchResult, type Budget } from './page';

export const BUNDLE_BUDGETS_KB: Record<string, number> = { 'content.js': 60, 'popup.js': 40 };
const INFO_ONLY = ['analyzer.js', 'background.js', 'options.js'];

export async function benchBundle(distDir = path.join(repoRoot, 'dist/chrome')): Promise<BenchResult> {
  if (!existsSync(path.join(distDir, 'manifest.json'))) {
    return { name: 'bundle', rows: [], budgets: [], pass: true, skipped: `no build in ${distDir}: run node scripts/build.mjs` };
  }
  const rows: BenchResult['rows'] = [];
  const budgets: Budget[] = [];
  for (const file of [...Object.keys(BUNDLE_BUDGETS_KB), ...INFO_ONLY]) {
    const full = path.join(distDir, file);
    if (!existsSync(full)) continue;
    const bytes = readFileSync(full);
    const kb = round1(bytes.length / 1024);
    const limit = BUNDLE_BUDGETS_KB[file];
    rows.push({ file, kB: kb, gzipKB: round1(gzipSync(bytes).length / 1024), budgetKB: limit ?? '-' });
    if (limit !== undefined) budgets.push({ label: `${file} minified`, value: kb, limit, unit: 'KB', pass: kb <= limit });
  }
  const missing = Object.keys(BUNDLE_BUDGETS_KB).filter((file) => !rows.some((row) => row.file === file));
  for (const file of missing) budgets.push({ label: `${file} missing from the build`, value: 0, limit: 0, unit: 'KB', pass: false });
  return { name: 'bundle', rows, budgets, pass: budgets.every((b) => b.pass) };
}

if (isMain(import.meta.url)) await runAlone(() => benchBundle());

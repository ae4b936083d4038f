// Golden check for performance work: every finding (with its details) and attribution of every corpus and held-out
// text, written as JSON, so a run before and after an optimisation can be diffed for identity.
// The score is left out: it is computed from these, and its weights change on their own.
// Usage: npx tsx scripts/bench/golden-reports.ts /tmp/golden-before.json

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeText } from '../../src/core/index';
import { corpusDir, repoRoot } from '../eval-lib/corpus';

function textFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
}

const fixtures = path.join(repoRoot, 'test/fixtures');
const files = [
  ...textFiles(path.join(corpusDir, 'text')),
  ...readdirSync(fixtures).filter((d) => d.startsWith('heldout')).sort().flatMap((d) => textFiles(path.join(fixtures, d))),
];

const out: Record<string, unknown> = {};
for (const file of files) {
  const report = analyzeText(readFileSync(file, 'utf8'));
  out[path.relative(repoRoot, file)] = {
    findings: report.findings.map((f) => ({ kind: f.kind, subtype: f.subtype, rule: f.rule, start: f.start, end: f.end, details: f.details })),
    attributions: report.attributions.map((a) => ({ kind: a.kind, start: a.start, end: a.end, name: a.name })),
  };
}
const target = process.argv[2] ?? '/tmp/golden-after.json';
writeFileSync(target, `${JSON.stringify(out, null, 1)}\n`);
console.log(`golden: ${files.length} texts → ${target}`);

// `npm run eval`: detection accuracy against the hand labels of ../shared/corpus, on the reference
// texts (analyzeText) and end to end on the saved pages (analyzeDocument). Prints precision, recall
// and F1 per kind and subtype, strict and full, every miss and false alarm, and writes
// test-output/eval.json.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { corpusAvailable, loadLabels, loadPages, repoRoot } from './eval-lib/corpus';
import { runMode, type Mode, type PageResult } from './eval-lib/run';
import { countedInStrict, isStrictLabel, score, type Score } from './eval-lib/match';

const KINDS = ['anonymous_source', 'non_answer'] as const;

/** The pages the rules were first tuned on carry these id prefixes; the rest came later and are reported apart. */
const FIRST_SET = /^(?:gs|np|pl|rd)-/;
const GROUPS: Record<string, (id: string) => boolean> = {
  'first 38 pages': (id) => FIRST_SET.test(id),
  'new 76 pages': (id) => !FIRST_SET.test(id),
};

function tally(results: PageResult[], strict: boolean) {
  const byKind: Record<string, Score> = {};
  const bySubtype: Record<string, Score> = {};
  const news = results.filter((r) => r.page.kind === 'news');
  const judged = news.flatMap((r) => r.judged).filter((j) => !strict || countedInStrict(j));
  const missed = news.flatMap((r) => r.missed).filter((l) => !strict || isStrictLabel(l));
  for (const kind of KINDS) {
    const tp = judged.filter((j) => j.finding.kind === kind && j.label).length;
    const fp = judged.filter((j) => j.finding.kind === kind && !j.label).length;
    const fn = missed.filter((l) => l.kind === kind).length;
    byKind[kind] = score(tp, fp, fn);
  }
  const subtypes = new Set([...judged.map((j) => j.label?.subtype ?? j.finding.subtype), ...missed.map((l) => l.subtype)]);
  for (const st of [...subtypes].sort()) {
    const tp = judged.filter((j) => j.label?.subtype === st).length;
    const fp = judged.filter((j) => !j.label && j.finding.subtype === st).length;
    const fn = missed.filter((l) => l.subtype === st).length;
    bySubtype[st] = score(tp, fp, fn);
  }
  return { byKind, bySubtype };
}

const pct = (x: number) => x.toFixed(2);
function printTable(title: string, rows: Record<string, Score>): void {
  console.log(`\n${title}`);
  console.log(`  ${'what'.padEnd(24)} ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)}   tp  fp  fn`);
  for (const [name, s] of Object.entries(rows)) {
    console.log(`  ${name.padEnd(24)} ${pct(s.precision).padStart(5)} ${pct(s.recall).padStart(5)} ${pct(s.f1).padStart(5)} ${String(s.tp).padStart(4)}${String(s.fp).padStart(4)}${String(s.fn).padStart(4)}`);
  }
}

function report(mode: Mode, results: PageResult[]) {
  const full = tally(results, false);
  const strict = tally(results, true);
  const other = results.filter((r) => r.page.kind === 'other');
  const otherFindings = other.flatMap((r) => r.judged.map((j) => ({ page: r.page.id, kind: j.finding.kind, text: j.finding.text, sentence: j.finding.sentence })));
  console.log(`\n======== ${mode.toUpperCase()} (${mode === 'text' ? 'analyzeText on text/<id>.txt' : 'analyzeDocument on pages/<id>.html'}) ========`);
  printTable('FULL — per kind', full.byKind);
  printTable('STRICT (no borderline, no generic_group / vague_attribution) — per kind', strict.byKind);
  printTable('FULL — per subtype', full.bySubtype);
  const byGroup: Record<string, { full: Record<string, Score>; strict: Record<string, Score> }> = {};
  for (const [name, inGroup] of Object.entries(GROUPS)) {
    const part = results.filter((r) => inGroup(r.page.id));
    byGroup[name] = { full: tally(part, false).byKind, strict: tally(part, true).byKind };
    printTable(`FULL — ${name}`, byGroup[name].full);
    printTable(`STRICT — ${name}`, byGroup[name].strict);
  }
  console.log(`\nNon-news pages (${other.length}): ${otherFindings.length} finding(s)`);
  for (const f of otherFindings) console.log(`  [${f.page}] ${f.kind}: "${f.text}" — ${f.sentence.slice(0, 160)}`);
  const errors = results.filter((r) => r.error);
  for (const r of errors) console.log(`  ERROR on ${r.page.id}: ${r.error}`);
  console.log('\nMisses:');
  const misses = results.filter((r) => r.page.kind === 'news').flatMap((r) => r.missed.map((l) => ({ page: r.page.id, ...l })));
  for (const m of misses) console.log(`  [${m.page}] ${m.kind}/${m.subtype}${m.borderline ? ' (borderline)' : ''}: "${m.quote}" — ${m.sentence.slice(0, 200)}`);
  console.log('\nFalse alarms:');
  const falseAlarms = results.filter((r) => r.page.kind === 'news').flatMap((r) => r.judged.filter((j) => !j.label).map((j) => ({ page: r.page.id, kind: j.finding.kind, subtype: j.finding.subtype, rule: j.finding.rule, text: j.finding.text, sentence: j.finding.sentence })));
  for (const f of falseAlarms) console.log(`  [${f.page}] ${f.kind}/${f.subtype} (${f.rule}): "${f.text}" — ${f.sentence.slice(0, 200)}`);
  return { full, strict, byGroup, nonNewsFindings: otherFindings, misses, falseAlarms, errors: errors.map((r) => ({ page: r.page.id, error: r.error })) };
}

function main(): void {
  if (!corpusAvailable()) {
    console.log('eval: ../shared/corpus is absent — nothing to measure, skipping.');
    return;
  }
  const pages = loadPages();
  const labels = loadLabels();
  const modes = (process.argv.includes('--text-only') ? ['text'] : ['text', 'html']) as Mode[];
  const summary: Record<string, unknown> = { generatedAt: new Date().toISOString(), pages: pages.length, labels: labels.length };
  for (const mode of modes) summary[mode] = report(mode, runMode(pages, labels, mode));
  const out = path.join(repoRoot, 'test-output');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'eval.json'), JSON.stringify(summary, null, 2));
  console.log(`\nWrote ${path.relative(repoRoot, path.join(out, 'eval.json'))}`);
}

main();

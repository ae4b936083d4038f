// Scores every page of ../shared/corpus and prints a table plus sanity lines:
//   npx tsx scripts/eval-scores.ts
// The corpus is read at run time and never copied into the repository; without it the script says
// so and exits cleanly.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../src/core';
import { computeScore } from '../src/core/score';
import type { Score } from '../src/core/types';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus');

interface CorpusPage { id: string; kind: string; words: number }

function readIndex(): CorpusPage[] {
  const [header, ...rows] = readFileSync(path.join(corpusDir, 'index.tsv'), 'utf8').trim().split('\n');
  const columns = (header ?? '').split('\t');
  const at = (name: string) => columns.indexOf(name);
  return rows.map((row) => {
    const cells = row.split('\t');
    return { id: cells[at('id')] ?? '', kind: cells[at('kind')] ?? '', words: Number(cells[at('words')] ?? 0) };
  });
}

function topComponents(score: Score, limit = 3): string {
  return [...score.components]
    .filter((c) => c.points !== 0)
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((c) => `${c.id} ${c.points > 0 ? '+' : ''}${c.points}`)
    .join(', ');
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const pad = (text: string | number, width: number) => String(text).padEnd(width);

function main(): void {
  if (!existsSync(path.join(corpusDir, 'index.tsv'))) {
    console.log(`eval-scores: skipped, no corpus at ${corpusDir}`);
    return;
  }
  const newsScores: number[] = [];
  const bands = { high: 0, medium: 0, low: 0 };
  let newsUnscored = 0;
  let otherScored = 0;
  let mismatched = 0;
  console.log(`${pad('id', 22)}${pad('kind', 6)}${pad('score', 6)}${pad('band', 8)}${pad('anon/na/rec', 12)}top components`);
  for (const page of readIndex()) {
    const textPath = path.join(corpusDir, 'text', `${page.id}.txt`);
    if (!existsSync(textPath)) continue;
    const report = analyzeText(readFileSync(textPath, 'utf8'));
    // Scored here as well, so the table is right even before analyzeText wires the score in.
    const score = computeScore(report);
    if (JSON.stringify(report.score) !== JSON.stringify(score)) mismatched += 1;
    const found = `${report.counts.anonymous_source}/${report.counts.non_answer}/${report.attributions.length}`;
    console.log(`${pad(page.id, 22)}${pad(page.kind, 6)}${pad(score?.value ?? '—', 6)}` +
      `${pad(score?.band ?? '', 8)}${pad(found, 12)}${score ? topComponents(score) : ''}`);
    if (page.kind === 'news') {
      if (score) { newsScores.push(score.value); bands[score.band] += 1; } else newsUnscored += 1;
    } else if (score) otherScored += 1;
  }
  console.log('');
  console.log(`non-news pages with a score: ${otherScored} (should be 0 or near)`);
  console.log(`news pages without a score: ${newsUnscored}`);
  console.log(`median news score: ${median(newsScores) ?? '—'} over ${newsScores.length} pages ` +
    `(high ${bands.high}, medium ${bands.medium}, low ${bands.low})`);
  if (mismatched > 0) console.log(`note: report.score differs from computeScore(report) on ${mismatched} pages (is analyzeText calling computeScore?)`);
}

main();

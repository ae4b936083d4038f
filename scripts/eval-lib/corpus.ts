// Reads the labelled corpus from ../shared/corpus at run time (never copied into the repository).

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Label {
  id: string;
  kind: 'anonymous_source' | 'non_answer';
  subtype: string;
  quote: string;
  sentence: string;
  borderline: boolean;
}

export interface CorpusPage {
  id: string;
  kind: 'news' | 'other';
  url: string;
  textPath: string;
  htmlPath: string;
}

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const corpusDir = path.resolve(repoRoot, '../shared/corpus');

export function corpusAvailable(): boolean {
  return existsSync(path.join(corpusDir, 'index.tsv')) && existsSync(path.join(corpusDir, 'labels.jsonl'));
}

export function loadPages(): CorpusPage[] {
  const [header, ...rows] = readFileSync(path.join(corpusDir, 'index.tsv'), 'utf8').trim().split('\n');
  const cols = header!.split('\t');
  const at = (name: string) => cols.indexOf(name);
  return rows.map((row) => {
    const f = row.split('\t');
    const id = f[at('id')]!;
    return {
      id,
      kind: f[at('kind')] === 'other' ? 'other' : 'news',
      url: f[at('url')] || `https://example.invalid/${id}`,
      textPath: path.join(corpusDir, 'text', `${id}.txt`),
      htmlPath: path.join(corpusDir, 'pages', `${id}.html`),
    };
  });
}

export function loadLabels(): Label[] {
  return readFileSync(path.join(corpusDir, 'labels.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Label);
}

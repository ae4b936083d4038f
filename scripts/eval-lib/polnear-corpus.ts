// Locating and reading PolNeAR's train and dev splits from a directory outside the repository.
// Only the splits asked for are ever opened: this module has no way to name the held-back one.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAnn, type ParsedAnn } from './polnear-parse';

export type Split = 'train' | 'dev';
export const SPLITS: readonly Split[] = ['train', 'dev'];

export interface PolnearArticle {
  split: Split;
  /** The article's file stem, e.g. "publisher_2016-01-01_some-slug". */
  id: string;
  /** The annotator whose file was used (the alphabetically first when several annotated it). */
  annotator: string;
  /** How many annotators' files exist for this article. */
  annotatorCount: number;
  text: string;
  parsed: ParsedAnn;
}

const isDir = (p: string): boolean => existsSync(p) && statSync(p).isDirectory();

/**
 * The directory that holds the split folders, given the corpus path: the repository's root (with
 * data/), its data/ folder, or a folder holding train/ and dev/ directly. Null when none fits.
 */
export function resolveSplitRoot(dir: string): string | null {
  for (const cand of [path.join(dir, 'data'), dir]) {
    if (SPLITS.some((s) => isDir(path.join(cand, s, 'attributions')) && isDir(path.join(cand, s, 'text')))) return cand;
  }
  return null;
}

/** An .ann file name is `<article>_<annotator>.ann`, the annotator a 4-hex-digit id. */
const ANN_NAME = /^(.+)_([0-9a-f]{4})\.ann$/;

/** Reads one split: every text file that has at least one annotation file. */
export function loadSplit(root: string, split: Split): PolnearArticle[] {
  const dir = path.join(root, split);
  if (!isDir(path.join(dir, 'attributions')) || !isDir(path.join(dir, 'text'))) return [];
  const byArticle = new Map<string, string[]>();
  for (const name of readdirSync(path.join(dir, 'attributions')).sort()) {
    const m = ANN_NAME.exec(name);
    if (!m) continue;
    const list = byArticle.get(m[1]!) ?? [];
    list.push(m[2]!);
    byArticle.set(m[1]!, list);
  }
  const out: PolnearArticle[] = [];
  for (const [id, annotators] of [...byArticle.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    const textPath = path.join(dir, 'text', `${id}.txt`);
    if (!existsSync(textPath)) continue;
    const annotator = annotators[0]!;
    const text = readFileSync(textPath, 'utf8');
    const ann = readFileSync(path.join(dir, 'attributions', `${id}_${annotator}.ann`), 'utf8');
    out.push({ split, id, annotator, annotatorCount: annotators.length, text, parsed: parseAnn(ann, text) });
  }
  return out;
}

// Runs the engine over every corpus page, on the reference text and on the saved HTML.

import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyzeText } from '../../src/core/index';
import { analyzeDocument } from '../../src/page/index';
import type { Finding } from '../../src/core/types';
import type { CorpusPage, Label } from './corpus';
import { judge, type Judged } from './match';

export type Mode = 'text' | 'html';

export interface PageResult { page: CorpusPage; judged: Judged[]; missed: Label[]; error: string | null }

export function findingsFor(page: CorpusPage, mode: Mode): Finding[] {
  if (mode === 'text') return analyzeText(readFileSync(page.textPath, 'utf8')).findings;
  // Page scripts stay off and jsdom's CSS warnings are silenced: we only need the DOM.
  const dom = new JSDOM(readFileSync(page.htmlPath, 'utf8'), { url: page.url, virtualConsole: new VirtualConsole() });
  try {
    return analyzeDocument(dom.window.document).report?.findings ?? [];
  } finally {
    dom.window.close();
  }
}

export function runMode(pages: CorpusPage[], labels: Label[], mode: Mode): PageResult[] {
  return pages.map((page) => {
    const own = labels.filter((l) => l.id === page.id);
    try {
      return { page, ...judge(findingsFor(page, mode), own), error: null };
    } catch (e) {
      return { page, judged: [], missed: own, error: String(e instanceof Error ? e.message : e) };
    }
  });
}

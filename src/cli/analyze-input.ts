// Runs the same analysis as the extension on what the CLI loaded: HTML through the page layer
// (in jsdom, with no scripts run and nothing fetched), plain text straight through the core.
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyzeText } from '../core/index';
import type { PageReport, Report } from '../core/types';
import { analyzeDocument } from '../page/index';
import type { LoadedInput } from './load-input';

export type Analysis =
  | { kind: 'page'; page: PageReport }
  | { kind: 'text'; report: Report };

export function analyzeInput(input: LoadedInput): Analysis {
  if (!input.isHtml) return { kind: 'text', report: analyzeText(input.text) };
  // A silent virtual console: jsdom would otherwise print CSS it cannot parse to stderr.
  const dom = new JSDOM(input.text, { url: input.url, virtualConsole: new VirtualConsole() });
  try {
    return { kind: 'page', page: analyzeDocument(dom.window.document) };
  } finally {
    dom.window.close();
  }
}

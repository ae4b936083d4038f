// The page layer on the 38 real pages of ../shared/corpus (read at run time; skipped when absent):
// each is read as an article, the labelled sentences are in the analysed text, and every finding
// maps back to its exact words in the page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analysedText, analyzeDocument, findingRange } from '../../../src/page/index';
import { sharedFile } from '../../helpers/shared-dir';

const index = sharedFile('corpus/index.tsv');
if (!index) console.warn('../shared/corpus is absent: corpus page tests skipped');

const rows = index
  ? readFileSync(index, 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t'))
  : [];
const labels = index
  ? readFileSync(path.join(path.dirname(index), 'labels.jsonl'), 'utf8').trim().split('\n')
    .map((line) => JSON.parse(line) as { id: string; quote: string; sentence: string })
  : [];
const collapse = (s: string) => s.replace(/[ \t\n\r\f\u00a0]+/g, ' ').trim();

describe.skipIf(!index)('analyzeDocument on the corpus pages', () => {
  let quotesFound = 0;
  let sentencesFound = 0;

  // index.tsv columns: id, kind, publisher, title, words, url, ...
  it.each(rows.map((row) => [row[0]!, row[1]!, row[5] ?? '']))('%s (%s)', (id, _kind, url) => {
    const html = readFileSync(path.join(path.dirname(index ?? ''), 'pages', `${id}.html`), 'utf8');
    const doc = new JSDOM(html, { url: /^https?:/.test(url) ? url : 'https://example.org/', virtualConsole: new VirtualConsole() })
      .window.document;
    const page = analyzeDocument(doc);
    const text = analysedText(page) ?? '';
    expect(page.isArticle).toBe(true);
    expect(text.length).toBeGreaterThan(500);
    for (const label of labels.filter((l) => l.id === id)) {
      if (collapse(text).includes(collapse(label.quote))) quotesFound++;
      if (collapse(text).includes(collapse(label.sentence))) sentencesFound++;
    }
    for (const finding of page.report?.findings ?? []) {
      expect(text.slice(finding.start, finding.end)).toBe(finding.text);
      expect(collapse(findingRange(page, finding)?.toString() ?? ''), `${id}: ${finding.text}`).toBe(collapse(finding.text));
    }
  }, 60_000); // jsdom parsing of a large page is slow on a shared two-core machine

  it('keeps every labelled quote, and its sentence, in the analysed text', () => {
    // Measured 133 of 133 with Readability 0.6.0; a small slack for sentences spanning odd markup.
    expect(quotesFound).toBe(labels.length);
    expect(sentencesFound / labels.length).toBeGreaterThanOrEqual(0.97);
  });
});

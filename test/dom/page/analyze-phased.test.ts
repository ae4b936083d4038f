// The phased entry (content script) must produce exactly the report of the sync one (CLI, tests):
// same phases, only with pauses between them. Checked on every project page, plus abort and the cap.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AnalysisAborted, analysedText, analyzeDocument, analyzeDocumentInPhases, findingRange,
} from '../../../src/page/index';
import { SLICE_MS } from '../../../src/page/analyze-phased';
import { demoArticlePath, documentFromHtml, fixturePagesDir, readFixturePage } from '../../helpers/fixture-pages';

const pages = [
  ...readdirSync(fixturePagesDir).filter((f) => f.endsWith('.html')).map((f) => ({ name: f, html: readFileSync(path.join(fixturePagesDir, f), 'utf8') })),
  { name: 'demo/article.html', html: readFileSync(demoArticlePath, 'utf8') },
];

/** Counts the pauses, so a test can see the run really was split into tasks. */
function countingYield() {
  const calls = { count: 0 };
  const yieldToPage = () => {
    calls.count++;
    return new Promise<void>((resolve) => setTimeout(resolve, 0));
  };
  return { calls, yieldToPage };
}

/** Pauses between phases on an article page (the clock stopped): see analyzeDocumentInPhases. */
const PHASE_PAUSES = 5;

/** A clock that never moves: the sentence analysis then never runs out of its slice. */
const stoppedClock = () => 0;

/** A clock that jumps a whole slice on every reading: every sentence ends its slice. */
function racingClock() {
  let t = 0;
  return () => (t += SLICE_MS);
}

describe('analyzeDocumentInPhases', () => {
  it.each(pages)('gives the same PageReport as analyzeDocument on $name', async ({ html }) => {
    const doc = documentFromHtml(html, 'https://news.example.org/story');
    const sync = analyzeDocument(doc);
    const { calls, yieldToPage } = countingYield();
    const phased = await analyzeDocumentInPhases(doc, { yieldToPage, now: stoppedClock });
    expect(phased).toEqual(sync);
    expect(analysedText(phased)).toBe(analysedText(sync));
    // Article pages pause after the readerable check, Readability's warm-up, the clone, Readability
    // and the text walk; pages that are not articles return before the first pause.
    expect(calls.count).toBe(sync.isArticle ? PHASE_PAUSES : 0);
    // The phased report maps its findings back to the same live text as the sync one.
    for (const [i, finding] of (phased.report?.findings ?? []).entries()) {
      const syncFinding = sync.report?.findings[i];
      expect(findingRange(phased, finding)?.toString()).toBe(syncFinding && findingRange(sync, syncFinding)?.toString());
    }
  });

  it('does not repeat the readerable check the caller already ran, and reports the same', async () => {
    const doc = documentFromHtml(readFixturePage('on-record-article'), 'https://news.example.org/story');
    const sync = analyzeDocument(doc);
    const { calls, yieldToPage } = countingYield();
    const phased = await analyzeDocumentInPhases(doc, { yieldToPage, readerableChecked: true, now: stoppedClock });
    expect(phased).toEqual(sync);
    // One pause fewer: the one after the skipped check.
    expect(calls.count).toBe(PHASE_PAUSES - 1);
  });

  it.each(pages.filter((p) => p.name.includes('anonymous') || p.name.startsWith('demo')))(
    'pauses between sentences once a slice is used up, and still gives the same report on $name',
    async ({ html }) => {
      const doc = documentFromHtml(html, 'https://news.example.org/story');
      const sync = analyzeDocument(doc);
      const { calls, yieldToPage } = countingYield();
      const phased = await analyzeDocumentInPhases(doc, { yieldToPage, now: racingClock() });
      expect(phased).toEqual(sync);
      // The phase pauses, then one before every sentence and one before the report is assembled.
      expect(calls.count).toBe(PHASE_PAUSES + (sync.report?.sentenceCount ?? 0) + 1);
    },
  );

  it('finds something on at least one project page (the equality above is not between empty reports)', async () => {
    const doc = documentFromHtml(readFixturePage('anonymous-heavy-article'));
    const phased = await analyzeDocumentInPhases(doc, countingYield());
    expect(phased.isArticle).toBe(true);
    expect(phased.report?.findings.length).toBeGreaterThan(0);
  });

  it('stops between phases when its signal aborts (a new navigation)', async () => {
    const doc = documentFromHtml(readFixturePage('anonymous-heavy-article'));
    const controller = new AbortController();
    let pauses = 0;
    const run = analyzeDocumentInPhases(doc, {
      signal: controller.signal,
      yieldToPage: async () => {
        pauses++;
        controller.abort(); // the reader navigates while the page has the thread
      },
    });
    await expect(run).rejects.toBeInstanceOf(AnalysisAborted);
    expect(pauses).toBe(1);
  });

  it('cuts the text at maxChars and marks the report partial, like analyzeDocument', async () => {
    const doc = documentFromHtml(readFixturePage('anonymous-heavy-article'));
    const sync = analyzeDocument(doc, { maxChars: 300 });
    const phased = await analyzeDocumentInPhases(doc, { ...countingYield(), maxChars: 300 });
    expect(phased.partial).toBe(true);
    expect(phased).toEqual(sync);
    expect(analysedText(phased)?.length ?? Infinity).toBeLessThanOrEqual(300);
  });
});

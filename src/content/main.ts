// Content script entry: analyse the article once the page is idle (loading analyzer.js only for
// pages that may be articles), paint the findings, report to the background, and answer the
// popup's "show me this finding". One instance per page (guard.ts).
import type { Settings } from '../shared/settings';
import { analysePage, type HighlightTarget } from './analyse-page';
import { installCardsFor, type Cards } from './cards';
import { claimPage } from './guard';
import { onBackgroundMessage, sendToBackground } from './messaging';
import { watchPage } from './watch/index';
import { clearHighlights, paintHighlights } from './paint';
import { revealRange } from './reveal';
import { isPaused, onSettingsChanged, readSettings } from './settings';
import { keepShownFindings, type ShownAnalysis } from './stable-findings';

const signal = claimPage();
let targets: HighlightTarget[] = [];
/** What the reader sees now: a re-run of the same article starts from it (stable-findings.ts). */
let shown: ShownAnalysis | null = null;
let cards: Cards | null = null;
/** True while this page is being analysed (auto mode, or the reader asked); false while idle. */
let active = false;
/** The analysis in flight (it spans several tasks now), and a change of the page seen meanwhile. */
let run: AbortController | null = null;
let queued: Settings | null = null;

/**
 * Starts an analysis. `restart` (a new article, the reader's request) abandons a run in flight; a
 * change of the same article waits for it and runs once afterwards, so a page that keeps changing
 * cannot starve the analysis by restarting it over and over. `update`: a re-run of the article the
 * reader is looking at, which keeps what is shown unless the article changed (stable-findings.ts).
 */
function requestAnalysis(settings: Settings, restart: boolean, update = !restart): void {
  if (signal.aborted) return;
  active = true;
  if (run && !restart) {
    queued = settings;
    return;
  }
  run?.abort();
  queued = null;
  const current = new AbortController();
  run = current;
  void analyseAndReport(settings, current, update);
}

async function analyseAndReport(settings: Settings, current: AbortController, update: boolean): Promise<void> {
  const runSignal = AbortSignal.any([signal, current.signal]);
  try {
    const fresh = await analysePage(document, runSignal);
    if (!fresh || runSignal.aborted) return;
    const analysis = update ? keepShownFindings(shown, fresh, () => document.body?.textContent ?? '') : fresh;
    shown = analysis;
    targets = analysis.targets;
    paintHighlights(document, targets, settings);
    // Cards add one host element to <html>; pages without findings are left without it.
    if (targets.length > 0) cards ??= installCardsFor(() => targets, signal);
    void sendToBackground({ type: 'report', report: analysis.page });
  } catch (error) {
    if (!runSignal.aborted) console.warn('Sourcelight: the analysis failed', error);
  } finally {
    if (run === current) {
      run = null;
      const next = queued;
      queued = null;
      // Only changes of the same article are ever queued: the queued run is an update.
      if (next && active) requestAnalysis(next, true, true);
    }
  }
}

function goIdle(reason: 'paused' | 'on-click'): Promise<void> {
  active = false;
  run?.abort();
  run = null;
  queued = null;
  targets = [];
  shown = null;
  clearHighlights(document); // marks from an earlier analysis of this tab (in-page navigation)
  return sendToBackground({ type: 'idle', reason });
}

/** Analyses the page, or stays idle when the reader paused this site or analyses on click only. */
async function analyseUnlessIdle(): Promise<void> {
  const settings = await readSettings();
  if (signal.aborted) return;
  if (isPaused(settings, location.hostname)) return goIdle('paused');
  if (settings.mode === 'on-click') return goIdle('on-click');
  requestAnalysis(settings, true);
}

function reveal(findingId: string): void {
  const target = targets.find((t) => t.finding.id === findingId);
  if (!target) return;
  revealRange(target.range, signal);
  cards?.open(findingId);
}

signal.addEventListener('abort', () => clearHighlights(document), { once: true });
onBackgroundMessage((message) => {
  if (message.type === 'reveal-finding') reveal(message.findingId);
  // An explicit request from the reader (popup) runs even in on-click mode or on a paused site.
  else if (message.type === 'reanalyse') void readSettings().then((settings) => requestAnalysis(settings, true));
}, signal);
onSettingsChanged((settings) => {
  if (targets.length > 0) paintHighlights(document, targets, settings);
}, signal);
// The page changes after load (client rendering, hydration, late paragraphs) or moves to another
// article without a load (pushState): the watcher says when to look again. A new article is decided
// afresh, by the same rules as on load; changed text is re-analysed only while the page is active.
watchPage({
  signal,
  onChange: (reason) => {
    if (reason === 'navigation') void analyseUnlessIdle();
    else if (active) void readSettings().then((settings) => requestAnalysis(settings, false));
  },
});
void analyseUnlessIdle();

// Content script entry: analyse the article once the page is idle, paint the findings, report to
// the background, and answer the popup's "show me this finding". One instance per page (guard.ts).
import type { Settings } from '../shared/settings';
import { analysePage, type HighlightTarget } from './analyse-page';
import { installCardsFor, type Cards } from './cards';
import { claimPage } from './guard';
import { onBackgroundMessage, sendToBackground } from './messaging';
import { watchPage } from './watch/index';
import { clearHighlights, paintHighlights } from './paint';
import { revealRange } from './reveal';
import { isPaused, onSettingsChanged, readSettings } from './settings';

const signal = claimPage();
let targets: HighlightTarget[] = [];
let cards: Cards | null = null;
/** True while this page is being analysed (auto mode, or the reader asked); false while idle. */
let active = false;

function analyseAndReport(settings: Settings): void {
  if (signal.aborted) return;
  active = true;
  const analysis = analysePage(document);
  targets = analysis.targets;
  paintHighlights(document, targets, settings);
  // Cards add one host element to <html>; pages without findings are left without it.
  if (targets.length > 0) cards ??= installCardsFor(() => targets, signal);
  void sendToBackground({ type: 'report', report: analysis.page });
}

function goIdle(reason: 'paused' | 'on-click'): Promise<void> {
  active = false;
  targets = [];
  clearHighlights(document); // marks from an earlier analysis of this tab (in-page navigation)
  return sendToBackground({ type: 'idle', reason });
}

/** Analyses the page, or stays idle when the reader paused this site or analyses on click only. */
async function analyseUnlessIdle(): Promise<void> {
  const settings = await readSettings();
  if (signal.aborted) return;
  if (isPaused(settings, location.hostname)) return goIdle('paused');
  if (settings.mode === 'on-click') return goIdle('on-click');
  analyseAndReport(settings);
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
  else if (message.type === 'reanalyse') void readSettings().then(analyseAndReport);
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
    else if (active) void readSettings().then(analyseAndReport);
  },
});
void analyseUnlessIdle();

// Content script entry: analyse the article once the page is idle, paint the findings, report to
// the background, and answer the popup's "show me this finding". One instance per page (guard.ts).
import type { Settings } from '../shared/settings';
import { analysePage, type HighlightTarget } from './analyse-page';
import { installCardsFor, type Cards } from './cards';
import { claimPage } from './guard';
import { onBackgroundMessage, sendToBackground } from './messaging';
import { onUrlChange } from './navigation';
import { clearHighlights, paintHighlights } from './paint';
import { revealRange } from './reveal';
import { isPaused, onSettingsChanged, readSettings } from './settings';

const signal = claimPage();
let targets: HighlightTarget[] = [];
let cards: Cards | null = null;

function analyseAndReport(settings: Settings): void {
  if (signal.aborted) return;
  const analysis = analysePage(document);
  targets = analysis.targets;
  paintHighlights(document, targets, settings);
  // Cards add one host element to <html>; pages without findings are left without it.
  if (targets.length > 0) cards ??= installCardsFor(() => targets, signal);
  void sendToBackground({ type: 'report', report: analysis.page });
}

function goIdle(reason: 'paused' | 'on-click'): Promise<void> {
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
// After an in-page navigation the background has dropped the tab's report (the tab started loading):
// report afresh, by the same rules as on load.
onUrlChange(() => void analyseUnlessIdle(), signal);
void analyseUnlessIdle();

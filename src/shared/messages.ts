// The one message contract between content script, background and popup. Every message is declared
// here once; handlers narrow on `type` and check the sender (see each handler).
import type { PageReport } from '../core/types';

/** content script → background */
export type ContentToBackground =
  /** A fresh analysis of the page the content script runs in (also after in-page navigation). */
  | { type: 'report'; report: PageReport }
  /** The content script has been told to stay idle on this page (site paused, or on-click mode). */
  | { type: 'idle'; reason: 'paused' | 'on-click' }
  /**
   * The page may hold an article: inject analyzer.js (Readability + detection engine, packaged with
   * the extension) into the sender's frame, in the content script's isolated world. Answer: true
   * once it ran, false when it could not be injected. Pages that are not articles never send it.
   */
  | { type: 'load-analyzer' };

/** popup or options → background */
export type UiToBackground =
  /** The latest report of a tab, or null when there is none yet. Answer: TabState. */
  | { type: 'get-tab-state'; tabId: number }
  /** Scroll the tab's page to a finding and flash it. */
  | { type: 'reveal-finding'; tabId: number; findingId: string }
  /** Run the analysis now in a tab (on-click mode, or a re-run). */
  | { type: 'analyse-tab'; tabId: number };

/** background → content script */
export type BackgroundToContent =
  | { type: 'reveal-finding'; findingId: string }
  | { type: 'reanalyse' };

export type Message = ContentToBackground | UiToBackground | BackgroundToContent;

/** What the popup shows for a tab. */
export interface TabState {
  status: 'analysing' | 'done' | 'paused' | 'idle';
  report: PageReport | null;
  /** The page's URL as its content script reported it; present even without a report (e.g. a paused site). */
  url?: string;
}

/** Narrowing helper: a value received from the messaging API is untrusted until checked. */
export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

// Page lifecycle for the content script: tells it when to analyse again. Late or rewritten article
// text (client rendering, hydration, infinite scroll, "read more") → onChange('mutation'); an in-page
// move to another article (pushState, back/forward, hash routes) → onChange('navigation'). Bursts of
// mutations become a handful of debounced, budgeted runs. Aborting `signal` removes every observer,
// listener and timer. Nothing here changes the page.
import { batchIsRelevant, type IgnorePredicate } from './relevant';
import { createScheduler, DEFAULT_LIMITS, type ChangeReason } from './scheduler';
import { watchUrl } from './url';

export type { ChangeReason } from './scheduler';
export { DEFAULT_LIMITS } from './scheduler';
export { articleKey } from './url';

export interface WatchOptions {
  onChange(reason: ChangeReason): void;
  signal: AbortSignal;
  /** Default: the global document. */
  doc?: Document;
  /** Quiet time before a re-run; default 400 ms. */
  debounceMs?: number;
  /** Longest a re-run waits while the page keeps changing; default 2 s. */
  maxWaitMs?: number;
  /** Re-runs allowed in any minute; default 6. */
  maxRunsPerMinute?: number;
  /** Mutation re-runs allowed per article (reset by navigation); default 20. */
  maxRuns?: number;
  /** How often to look at location.href while visible; default 1 s. */
  urlPollMs?: number;
  /** Extra nodes whose changes are not the article's (e.g. the extension's own UI). */
  ignore?: IgnorePredicate;
}

export interface PageWatch {
  /** Re-runs started so far (both reasons). */
  runCount(): number;
  /** True when the mutation budget of this article is spent. */
  exhausted(): boolean;
}

export function watchPage(options: WatchOptions): PageWatch {
  const doc = options.doc ?? document;
  const win = doc.defaultView;
  const { signal } = options;
  const scheduler = createScheduler(
    {
      debounceMs: options.debounceMs ?? DEFAULT_LIMITS.debounceMs,
      maxWaitMs: options.maxWaitMs ?? DEFAULT_LIMITS.maxWaitMs,
      maxRunsPerMinute: options.maxRunsPerMinute ?? DEFAULT_LIMITS.maxRunsPerMinute,
      maxRuns: options.maxRuns ?? DEFAULT_LIMITS.maxRuns,
    },
    (reason) => {
      if (!signal.aborted) options.onChange(reason);
    },
  );
  const handle: PageWatch = { runCount: scheduler.runCount, exhausted: scheduler.exhausted };
  if (signal.aborted || !win) return handle;

  const checkUrl = watchUrl({
    win,
    signal,
    pollMs: options.urlPollMs ?? 1_000,
    onUrlChange: () => {
      scheduler.reset();
      scheduler.request('navigation');
    },
  });

  const MutationObserverImpl = (win as Window & typeof globalThis).MutationObserver;
  const observer = new MutationObserverImpl((records) => {
    checkUrl();
    // Once the budget is spent, skip the per-record work entirely.
    if (scheduler.exhausted()) return;
    if (batchIsRelevant(records, options.ignore)) scheduler.request('mutation');
  });
  // The whole element tree, not just <body>: some frameworks replace <body> when they hydrate.
  observer.observe(doc.documentElement, { childList: true, characterData: true, subtree: true });

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      scheduler.cancel();
    },
    { once: true },
  );
  return handle;
}

// In-page navigation. A content script lives in an isolated world and cannot wrap the page's
// history.pushState, so a URL change is noticed from the outside: popstate and hashchange events, the
// Navigation API's navigatesuccess where the browser has it, a look at location.href after each
// mutation batch, and a slow poll while the tab is visible (pushState with no DOM change yet).

/**
 * The part of a URL that names the article. A plain #fragment is a jump inside the same article
 * (footnotes, sections) and does not count; hash routes ("#/story/2", "#!story") do.
 */
export function articleKey(href: string): string {
  const hashAt = href.indexOf('#');
  if (hashAt < 0) return href;
  const hash = href.slice(hashAt);
  return hash.startsWith('#/') || hash.startsWith('#!') ? href : href.slice(0, hashAt);
}

interface NavigationLike {
  addEventListener(type: string, listener: () => void, options?: AddEventListenerOptions): void;
}

export interface UrlWatchOptions {
  win: Window;
  signal: AbortSignal;
  pollMs: number;
  onUrlChange(): void;
}

/** Starts watching; returns check(), which callers run when they have another reason to look. */
export function watchUrl({ win, signal, pollMs, onUrlChange }: UrlWatchOptions): () => void {
  let current = articleKey(win.location.href);
  const check = (): void => {
    if (signal.aborted) return;
    const next = articleKey(win.location.href);
    if (next === current) return;
    current = next;
    onUrlChange();
  };
  const listen = { signal } satisfies AddEventListenerOptions;
  win.addEventListener('popstate', check, listen);
  win.addEventListener('hashchange', check, listen);
  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  navigation?.addEventListener?.('navigatesuccess', check, listen);

  // Poll only while the tab is visible: a hidden tab's pushState is caught when it is shown again.
  const doc = win.document;
  let poll: ReturnType<typeof setInterval> | null = null;
  const syncPolling = (): void => {
    const visible = doc.visibilityState !== 'hidden' && !signal.aborted;
    if (visible && poll === null) poll = setInterval(check, pollMs);
    if (!visible && poll !== null) {
      clearInterval(poll);
      poll = null;
    }
    if (visible) check();
  };
  doc.addEventListener('visibilitychange', syncPolling, listen);
  signal.addEventListener('abort', syncPolling, { once: true });
  syncPolling();
  return check;
}

// In-page navigation (news sites built as single-page apps change the article without a page load):
// when the URL changes, wait for the new content to settle, then call back once.
const SETTLE_MS = 1200;

interface NavigationLike {
  addEventListener(type: 'navigatesuccess', listener: () => void, options: { signal: AbortSignal }): void;
}

export function onUrlChange(callback: () => void, signal: AbortSignal): void {
  let lastUrl = location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (signal.aborted || location.href === lastUrl) return;
      lastUrl = location.href;
      callback();
    }, SETTLE_MS);
  };
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  addEventListener('popstate', check, { signal });
  addEventListener('hashchange', check, { signal });
  // history.pushState/replaceState fire no DOM event; the Navigation API reports them where it exists.
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  navigation?.addEventListener('navigatesuccess', check, { signal });
}

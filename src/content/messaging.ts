// The content script's side of the message contract (src/shared/messages.ts). Uses the browser's own
// promise-based API (src/ui/ext.ts), not webextension-polyfill: ~10 KB less in every page.
import type { Runtime } from 'webextension-polyfill';
import { ext as browser } from '../ui/ext';
import { isMessage, type BackgroundToContent, type ContentToBackground } from '../shared/messages';

export async function sendToBackground(message: ContentToBackground): Promise<void> {
  try {
    await browser.runtime.sendMessage(message);
  } catch {
    // The background is restarting or the extension was reloaded; the next analysis reports again.
  }
}

/** Calls `handle` for messages from this extension's background only; stops when `signal` aborts. */
export function onBackgroundMessage(handle: (message: BackgroundToContent) => void, signal: AbortSignal): void {
  const listener = (message: unknown, sender: Runtime.MessageSender): undefined => {
    // Messages from our own background carry no tab; a message from another content script would.
    if (signal.aborted || sender.id !== browser.runtime.id || sender.tab) return undefined;
    if (!isMessage(message)) return undefined;
    if (message.type === 'reveal-finding' && typeof message.findingId === 'string') {
      handle({ type: 'reveal-finding', findingId: message.findingId });
    } else if (message.type === 'reanalyse') {
      handle({ type: 'reanalyse' });
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

// Reads the reader's settings in the content script and follows later changes (native promise API,
// no polyfill: see messaging.ts).
import type { Storage } from 'webextension-polyfill';
import { ext as browser } from '../ui/ext';
import { SETTINGS_KEY, normaliseSettings, type Settings } from '../shared/settings';

export async function readSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return normaliseSettings(stored[SETTINGS_KEY]);
  } catch {
    return normaliseSettings(undefined); // storage unavailable: defaults rather than no analysis
  }
}

export function onSettingsChanged(listener: (settings: Settings) => void, signal: AbortSignal): void {
  const handle = (changes: Record<string, Storage.StorageChange>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener(normaliseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(handle);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(handle), { once: true });
}

export function isPaused(settings: Settings, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  return settings.pausedSites.some((site) => {
    const paused = site.toLowerCase().replace(/^www\./, '');
    return host === paused || host.endsWith(`.${paused}`);
  });
}

// Reading and writing the user's settings from the popup and the options page. The stored value is
// always passed through normaliseSettings so a partial or older value cannot break the UI.
import { normaliseSettings, SETTINGS_KEY, type Settings } from '../shared/settings';
import type { KeyValueStorage } from '../shared/history-types';

export async function loadSettings(storage: KeyValueStorage): Promise<Settings> {
  return normaliseSettings((await storage.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export async function saveSettings(storage: KeyValueStorage, settings: Settings): Promise<Settings> {
  const clean = normaliseSettings(settings);
  await storage.set({ [SETTINGS_KEY]: clean });
  return clean;
}

/** The hostname the paused list uses for a page, or null for pages without one (about:, file:). */
export function siteOf(pageUrl: string | undefined | null): string | null {
  if (!pageUrl) return null;
  try {
    const url = new URL(pageUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** A copy of the settings with the site added to or removed from the paused list. */
export function withSitePaused(settings: Settings, site: string, paused: boolean): Settings {
  const others = settings.pausedSites.filter((s) => s !== site);
  return { ...settings, pausedSites: paused ? [...others, site].sort() : others };
}

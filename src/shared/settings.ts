// User settings, kept in storage.local under one key. Read with defaults so an older or partial
// stored value never breaks the extension.
import type { FindingKind } from '../core/types';

export interface Settings {
  /** Which kinds are painted in the page. */
  highlight: Record<FindingKind, boolean>;
  /** 'standard' colours, or a palette safe for colour-blind readers; underline styles differ per kind in both. */
  palette: 'standard' | 'colorblind';
  /** 'auto' analyses every article on load; 'on-click' only when the toolbar button is clicked. */
  mode: 'auto' | 'on-click';
  /** Hostnames where Sourcelight stays idle. */
  pausedSites: string[];
}

export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = {
  highlight: { anonymous_source: true, non_answer: true },
  palette: 'standard',
  mode: 'auto',
  pausedSites: [],
};

/** Merges a stored value over the defaults, ignoring fields of the wrong shape. */
export function normaliseSettings(stored: unknown): Settings {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<Settings>;
  const highlight = { ...DEFAULT_SETTINGS.highlight };
  if (s.highlight && typeof s.highlight === 'object') {
    for (const k of Object.keys(highlight) as FindingKind[]) {
      if (typeof s.highlight[k] === 'boolean') highlight[k] = s.highlight[k];
    }
  }
  return {
    highlight,
    palette: s.palette === 'colorblind' ? 'colorblind' : 'standard',
    mode: s.mode === 'on-click' ? 'on-click' : 'auto',
    pausedSites: Array.isArray(s.pausedSites) ? s.pausedSites.filter((h): h is string => typeof h === 'string') : [],
  };
}

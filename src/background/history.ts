// Per-outlet reading history: how many articles this reader opened from each outlet and their mean
// score. Kept in storage.local only, capped, and without URLs (only short hashes to skip reloads).
import { getDomain } from 'tldts';
import {
  HISTORY_KEY,
  readHistory,
  statsOf,
  type HistoryStore,
  type KeyValueStorage,
  type OutletStats,
} from '../shared/history-types';

/** Outlets kept; the one visited least recently is dropped first. */
export const MAX_OUTLETS = 500;
/** Recent article hashes kept per outlet to recognise a reload or a second visit. */
export const RECENT_PER_OUTLET = 50;

/** The outlet of a page: its registrable domain ("news.example.co.uk" → "example.co.uk"). */
export function outletOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  // tldts gives null for IP addresses and bare hosts such as "localhost"; the hostname stands in then.
  return getDomain(parsed.hostname) ?? (parsed.hostname.toLowerCase() || null);
}

/** The article's identity: fragment and tracking parameters removed, so shared links match. */
export function articleKey(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  for (const name of [...parsed.searchParams.keys()]) {
    if (/^(utm_|fbclid$|gclid$|mc_)/i.test(name)) parsed.searchParams.delete(name);
  }
  return fnv1a(`${parsed.hostname.toLowerCase()}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}`);
}

/** 32-bit FNV-1a as hex: enough to tell 50 articles apart, and the URL cannot be read back. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

// Read-modify-write of one key: serialise writers so two reports arriving together both count.
let queue: Promise<unknown> = Promise.resolve();
function serialised<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

export function recordArticle(storage: KeyValueStorage, url: string, score: number, now = Date.now()): Promise<void> {
  return serialised(async () => {
    const domain = outletOf(url);
    if (!domain || !Number.isFinite(score)) return;
    const key = articleKey(url);
    const store = await readHistory(storage);
    const existing = Object.hasOwn(store.outlets, domain) ? store.outlets[domain] : undefined;
    const record = existing ?? { count: 0, total: 0, lastVisit: now, recent: [] };
    if (record.recent.includes(key)) {
      record.lastVisit = now;
    } else {
      record.count += 1;
      record.total += Math.max(0, Math.min(100, score));
      record.lastVisit = now;
      record.recent = [...record.recent, key].slice(-RECENT_PER_OUTLET);
    }
    store.outlets[domain] = record;
    await storage.set({ [HISTORY_KEY]: capOutlets(store) });
  });
}

function capOutlets(store: HistoryStore): HistoryStore {
  const entries = Object.entries(store.outlets);
  if (entries.length <= MAX_OUTLETS) return store;
  entries.sort(([, a], [, b]) => b.lastVisit - a.lastVisit);
  return { version: 1, outlets: Object.fromEntries(entries.slice(0, MAX_OUTLETS)) };
}

export async function outletStats(storage: KeyValueStorage, url: string): Promise<OutletStats | null> {
  const domain = outletOf(url);
  if (!domain) return null;
  const { outlets } = await readHistory(storage);
  const record = Object.hasOwn(outlets, domain) ? outlets[domain] : undefined;
  return record && record.count > 0 ? statsOf(domain, record) : null;
}

export function clearHistory(storage: KeyValueStorage): Promise<void> {
  return serialised(() => storage.remove(HISTORY_KEY));
}

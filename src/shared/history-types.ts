// Storage shape of the per-outlet reading history (storage.local, one key). Written by the background
// (src/background/history.ts), read by the popup; both sides agree on it here.

export const HISTORY_KEY = 'history';

/** What the popup shows about the outlet of the current article. */
export interface OutletStats {
  /** Registrable domain, e.g. "example.co.uk". */
  domain: string;
  /** Articles from this outlet counted so far (each URL once). */
  count: number;
  /** Mean score over those articles, rounded to a whole number. */
  average: number;
}

export interface OutletRecord {
  count: number;
  /** Sum of scores, so the mean stays exact as articles are added. */
  total: number;
  /** Epoch milliseconds of the latest article; the least recent outlet is dropped first. */
  lastVisit: number;
  /** Hashes of the most recent article URLs, so a reload does not count twice. No URL is stored. */
  recent: string[];
}

export interface HistoryStore {
  version: 1;
  outlets: Record<string, OutletRecord>;
}

/** The part of storage.local the history needs, so tests can pass an in-memory fake. */
export interface KeyValueStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** Reads the store, treating anything malformed as empty. */
export async function readHistory(storage: KeyValueStorage): Promise<HistoryStore> {
  const raw = (await storage.get(HISTORY_KEY))[HISTORY_KEY] as Partial<HistoryStore> | undefined;
  if (!raw || raw.version !== 1 || typeof raw.outlets !== 'object' || raw.outlets === null) {
    return { version: 1, outlets: {} };
  }
  const outlets: Record<string, OutletRecord> = {};
  for (const [domain, record] of Object.entries(raw.outlets)) {
    if (isOutletRecord(record)) outlets[domain] = record;
  }
  return { version: 1, outlets };
}

function isOutletRecord(value: unknown): value is OutletRecord {
  const r = value as Partial<OutletRecord> | null;
  return typeof r === 'object' && r !== null && Number.isFinite(r.count) && Number.isFinite(r.total) &&
    Number.isFinite(r.lastVisit) && Array.isArray(r.recent);
}

export function statsOf(domain: string, record: OutletRecord): OutletStats {
  return { domain, count: record.count, average: Math.round(record.total / Math.max(1, record.count)) };
}

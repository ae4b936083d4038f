// The popup's view of the reading history. The background keys outlets by registrable domain using
// tldts, which is too large for the popup bundle; since a stored key is always a registrable domain,
// the longest suffix of the hostname found in the store is the outlet (a public suffix is never stored).
import { readHistory, statsOf, type KeyValueStorage, type OutletStats } from '../shared/history-types';

export async function outletStatsForHost(storage: KeyValueStorage, url: string): Promise<OutletStats | null> {
  let hostname: string;
  try {
    hostname = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const { outlets } = await readHistory(storage);
  const labels = hostname.split('.');
  for (let i = 0; i < labels.length; i++) {
    const candidate = labels.slice(i).join('.');
    const record = Object.hasOwn(outlets, candidate) ? outlets[candidate] : undefined;
    if (record && record.count > 0) return statsOf(candidate, record);
  }
  return null;
}

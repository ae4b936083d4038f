import { describe, expect, it } from 'vitest';
import {
  MAX_OUTLETS,
  RECENT_PER_OUTLET,
  articleKey,
  clearHistory,
  outletOf,
  outletStats,
  recordArticle,
} from '../../src/background/history';
import { HISTORY_KEY, type KeyValueStorage } from '../../src/shared/history-types';
import { outletStatsForHost } from '../../src/ui/outlet-stats';

/** storage.local stand-in that deep-copies like the real one (values cross a structured clone). */
function memoryStorage(initial: Record<string, unknown> = {}): KeyValueStorage & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    async get(key) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data[k] = structuredClone(v);
    },
    async remove(key) {
      delete data[key];
    },
  };
}

describe('outletOf', () => {
  it('uses the registrable domain, not the subdomain', () => {
    expect(outletOf('https://news.example.co.uk/a/b')).toBe('example.co.uk');
    expect(outletOf('https://www.example.com/x')).toBe('example.com');
  });
  it('falls back to the hostname for IP addresses and refuses non-web URLs', () => {
    expect(outletOf('http://127.0.0.1:8080/story')).toBe('127.0.0.1');
    expect(outletOf('file:///tmp/x.html')).toBeNull();
    expect(outletOf('not a url')).toBeNull();
  });
});

describe('articleKey', () => {
  it('ignores fragments and tracking parameters but keeps meaningful queries', () => {
    const base = articleKey('https://example.com/story/1');
    expect(articleKey('https://example.com/story/1#comments')).toBe(base);
    expect(articleKey('https://example.com/story/1?utm_source=x&fbclid=y')).toBe(base);
    expect(articleKey('https://example.com/story?id=2')).not.toBe(articleKey('https://example.com/story?id=3'));
  });
  it('does not store the URL itself', () => {
    expect(articleKey('https://example.com/secret-story')).not.toContain('secret');
  });
});

describe('recordArticle and outletStats', () => {
  it('averages scores per outlet across subdomains', async () => {
    const storage = memoryStorage();
    await recordArticle(storage, 'https://www.example.com/a', 60);
    await recordArticle(storage, 'https://politics.example.com/b', 81);
    await recordArticle(storage, 'https://other.org/c', 20);
    expect(await outletStats(storage, 'https://example.com/anything')).toEqual({ domain: 'example.com', count: 2, average: 71 });
    expect(await outletStats(storage, 'https://other.org/')).toEqual({ domain: 'other.org', count: 1, average: 20 });
    expect(await outletStats(storage, 'https://never-read.net/')).toBeNull();
  });

  it('counts a reload or a link with a fragment once', async () => {
    const storage = memoryStorage();
    await recordArticle(storage, 'https://example.com/a', 40);
    await recordArticle(storage, 'https://example.com/a', 40);
    await recordArticle(storage, 'https://example.com/a#section', 40);
    await recordArticle(storage, 'https://example.com/b', 80);
    expect(await outletStats(storage, 'https://example.com/')).toEqual({ domain: 'example.com', count: 2, average: 60 });
  });

  it('keeps both of two reports that arrive at the same time', async () => {
    const storage = memoryStorage();
    await Promise.all([
      recordArticle(storage, 'https://example.com/a', 50),
      recordArticle(storage, 'https://example.com/b', 70),
      recordArticle(storage, 'https://example.com/c', 90),
    ]);
    expect((await outletStats(storage, 'https://example.com/'))?.count).toBe(3);
  });

  it('caps the recent-article list per outlet', async () => {
    const storage = memoryStorage();
    for (let i = 0; i < RECENT_PER_OUTLET + 10; i++) await recordArticle(storage, `https://example.com/${i}`, 50);
    const store = storage.data[HISTORY_KEY] as { outlets: Record<string, { recent: string[]; count: number }> };
    expect(store.outlets['example.com']?.recent).toHaveLength(RECENT_PER_OUTLET);
    expect(store.outlets['example.com']?.count).toBe(RECENT_PER_OUTLET + 10);
  });

  it('drops the least recently visited outlet beyond the cap', async () => {
    const outlets: Record<string, unknown> = {};
    for (let i = 0; i < MAX_OUTLETS; i++) outlets[`site${i}.com`] = { count: 1, total: 50, lastVisit: 1000 + i, recent: [] };
    const storage = memoryStorage({ [HISTORY_KEY]: { version: 1, outlets } });
    await recordArticle(storage, 'https://newcomer.com/a', 70, 10_000);
    const store = storage.data[HISTORY_KEY] as { outlets: Record<string, unknown> };
    expect(Object.keys(store.outlets)).toHaveLength(MAX_OUTLETS);
    expect(store.outlets['site0.com']).toBeUndefined();
    expect(store.outlets['site1.com']).toBeDefined();
    expect(store.outlets['newcomer.com']).toBeDefined();
  });

  it('ignores scores that are not numbers and clamps the rest to 0–100', async () => {
    const storage = memoryStorage();
    await recordArticle(storage, 'https://example.com/a', Number.NaN);
    expect(await outletStats(storage, 'https://example.com/')).toBeNull();
    await recordArticle(storage, 'https://example.com/b', 140);
    expect((await outletStats(storage, 'https://example.com/'))?.average).toBe(100);
  });

  it('treats a malformed stored value as empty instead of failing', async () => {
    const storage = memoryStorage({ [HISTORY_KEY]: { version: 1, outlets: { 'example.com': { count: 'x' } } } });
    expect(await outletStats(storage, 'https://example.com/')).toBeNull();
    await recordArticle(storage, 'https://example.com/a', 30);
    expect(await outletStats(storage, 'https://example.com/')).toEqual({ domain: 'example.com', count: 1, average: 30 });
  });

  it('clearHistory forgets everything', async () => {
    const storage = memoryStorage();
    await recordArticle(storage, 'https://example.com/a', 30);
    await clearHistory(storage);
    expect(await outletStats(storage, 'https://example.com/')).toBeNull();
    expect(storage.data[HISTORY_KEY]).toBeUndefined();
  });
});

describe('outletStatsForHost (the popup reader, without tldts)', () => {
  it('finds the same outlet as the background for subdomains, multi-part suffixes and IPs', async () => {
    const storage = memoryStorage();
    await recordArticle(storage, 'https://news.example.co.uk/a', 40);
    await recordArticle(storage, 'http://127.0.0.1:5000/a', 90);
    for (const url of ['https://news.example.co.uk/z', 'https://example.co.uk/', 'https://deep.news.example.co.uk/']) {
      expect(await outletStatsForHost(storage, url)).toEqual(await outletStats(storage, url));
    }
    expect(await outletStatsForHost(storage, 'http://127.0.0.1:5000/other')).toEqual({ domain: '127.0.0.1', count: 1, average: 90 });
    expect(await outletStatsForHost(storage, 'https://other.co.uk/')).toBeNull();
  });
});

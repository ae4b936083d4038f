// The handover between content.js and the on-demand analyzer.js: the API travels on the isolated
// world's global under a registry symbol, and content.js may start waiting for it before it exists.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ANALYZER_KEY, analyzerRegistered, registerAnalyzer, registeredAnalyzer, type AnalyzerApi,
} from '../../src/content/analyzer/api';
import { loadAnalyzer } from '../../src/content/analyzer/load';

// load.ts talks to the background through `ext`; a fake lets each test play the injection.
const sendMessage = vi.hoisted(() => vi.fn<(message: unknown) => Promise<unknown>>());
vi.mock('../../src/ui/ext', () => ({ ext: { runtime: { sendMessage } } }));

const WAITING_KEY = Symbol.for('sourcelight.analyzer.waiting');

/** A distinct fake API per call, so identity tells which one was kept. */
function fakeApi(): AnalyzerApi {
  return { analyse: vi.fn() };
}

/** The promise's value if it settles on microtasks alone (before a zero timer fires), else 'pending'. */
function settled<T>(promise: Promise<T>): Promise<T | 'pending'> {
  return Promise.race([promise, new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), 0))]);
}

beforeEach(() => {
  // Registration lives on the global for the life of a world; each test starts a fresh one.
  const world = globalThis as Record<symbol, unknown>;
  delete world[ANALYZER_KEY];
  delete world[WAITING_KEY];
  sendMessage.mockReset();
});

describe('registerAnalyzer and analyzerRegistered', () => {
  it('uses the shared registry symbol, so both bundles find the same slot', () => {
    expect(ANALYZER_KEY).toBe(Symbol.for('sourcelight.analyzer'));
  });

  it('resolves a wait taken before registration with the registered api', async () => {
    const waiting = analyzerRegistered();
    expect(await settled(waiting)).toBe('pending');
    const api = fakeApi();
    registerAnalyzer(api);
    expect(await waiting).toBe(api);
  });

  it('resolves every waiter', async () => {
    const first = analyzerRegistered();
    const second = analyzerRegistered();
    const api = fakeApi();
    registerAnalyzer(api);
    expect(await Promise.all([first, second])).toEqual([api, api]);
  });

  it('keeps the first api when analyzer.js is injected twice', async () => {
    const first = fakeApi();
    registerAnalyzer(first);
    const waiting = analyzerRegistered();
    registerAnalyzer(fakeApi());
    expect(registeredAnalyzer()).toBe(first);
    expect(await waiting).toBe(first);
  });

  it('resolves at once after registration', async () => {
    const api = fakeApi();
    registerAnalyzer(api);
    expect(await settled(analyzerRegistered())).toBe(api);
  });
});

describe('loadAnalyzer', () => {
  it('asks the background to inject analyzer.js and returns the api the injection registers', async () => {
    const api = fakeApi();
    sendMessage.mockImplementation(async () => {
      await Promise.resolve(); // the script runs later than the request is sent
      registerAnalyzer(api);
      return undefined;
    });
    expect(await loadAnalyzer()).toBe(api);
    expect(sendMessage).toHaveBeenCalledWith({ type: 'load-analyzer' });
  });

  it('does not wait for the background to answer once the analyzer has registered', async () => {
    const api = fakeApi();
    // The answer never comes back; the script itself ran.
    sendMessage.mockImplementation(() => {
      queueMicrotask(() => registerAnalyzer(api));
      return new Promise(() => {});
    });
    expect(await settled(loadAnalyzer())).toBe(api);
  });

  it('resolves null when the injection fails and nothing registers', async () => {
    sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await loadAnalyzer()).toBeNull();
  });

  it('returns the registered api without a message when analyzer.js already ran here', async () => {
    const api = fakeApi();
    registerAnalyzer(api);
    expect(await loadAnalyzer()).toBe(api);
    expect(sendMessage).not.toHaveBeenCalled();
  });
});

// The page watcher turns the page's own churn into a few debounced, bounded re-analysis requests.
// Fake timers drive the debounce; MutationObserver callbacks are microtasks, flushed by awaiting.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage, type ChangeReason } from '../../../src/content/watch/index';

const calls: ChangeReason[] = [];
let controller: AbortController;

/** Lets MutationObserver callbacks run, then moves the clock. */
async function elapse(ms: number): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

beforeEach(() => {
  vi.useFakeTimers();
  calls.length = 0;
  controller = new AbortController();
  document.head.replaceChildren();
  document.body.replaceChildren(paragraph('The council voted on the budget on Tuesday.'));
  history.replaceState(null, '', '/story/one');
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

function start(extra: Partial<Parameters<typeof watchPage>[0]> = {}) {
  return watchPage({ onChange: (reason) => calls.push(reason), signal: controller.signal, ...extra });
}

describe('watchPage: late and rewritten text', () => {
  it('turns a burst of 5,000 text mutations into one run', async () => {
    start();
    const article = document.createElement('article');
    document.body.append(article);
    for (let i = 0; i < 2_500; i++) article.append(paragraph(`Paragraph ${i}, officials said.`));
    const first = article.firstChild?.firstChild as Text;
    for (let i = 0; i < 2_500; i++) first.data = `Rewritten ${i} times.`;
    await elapse(10_000);
    expect(calls).toEqual(['mutation']);
  });

  it('waits for the page to go quiet, but no longer than the maximum wait', async () => {
    start({ debounceMs: 400, maxWaitMs: 2_000 });
    for (let i = 0; i < 10; i++) {
      document.body.append(paragraph(`Late paragraph ${i}.`));
      await elapse(300); // never quiet for 400 ms
    }
    // 3 s of steady change: the 2 s maximum wait forced one run before the end.
    expect(calls.length).toBeGreaterThanOrEqual(1);
    expect(calls.length).toBeLessThanOrEqual(2);
    await elapse(1_000);
    expect(calls.at(-1)).toBe('mutation');
  });

  it('keeps a page that changes forever to a budget per minute and a hard cap', async () => {
    start({ maxRunsPerMinute: 6, maxRuns: 10 });
    const ticker = paragraph('Updated 0 seconds ago, a spokesperson said.');
    document.body.append(ticker);
    for (let second = 1; second <= 60; second++) {
      (ticker.firstChild as Text).data = `Updated ${second} seconds ago, a spokesperson said.`;
      await elapse(1_000);
    }
    expect(calls.length).toBeLessThanOrEqual(6);
    for (let second = 61; second <= 600; second++) {
      (ticker.firstChild as Text).data = `Updated ${second} seconds ago.`;
      await elapse(1_000);
    }
    expect(calls.length).toBe(10);
  });

  it('defers a run over the per-minute budget instead of dropping it', async () => {
    const watch = start({ maxRunsPerMinute: 2, debounceMs: 100, maxWaitMs: 100 });
    for (let i = 0; i < 3; i++) {
      document.body.append(paragraph(`Read more, part ${i}.`));
      await elapse(500);
    }
    expect(calls).toHaveLength(2);
    await elapse(60_000);
    expect(calls).toHaveLength(3);
    expect(watch.runCount()).toBe(3);
  });

  it('ignores changes that cannot change the article text', async () => {
    start();
    const p = document.body.firstElementChild as HTMLElement;
    p.setAttribute('class', 'highlighted');
    p.style.color = 'red';
    document.body.append(document.createTextNode('   \n  '));
    const script = document.createElement('script');
    script.textContent = 'window.analytics = 1;';
    document.body.append(script);
    const style = document.createElement('style');
    document.body.append(style);
    style.textContent = 'p { color: blue }';
    document.head.append(paragraph('not in the body'));
    document.title = 'A new title';
    const own = document.createElement('sourcelight-card');
    document.body.append(own);
    own.append(paragraph('A card that says officials said.'));
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    document.body.append(editor);
    await elapse(1_000);
    calls.length = 0;
    editor.append(paragraph('The reader typing a comment, sources said.'));
    (editor.firstChild?.firstChild as Text).data = 'still typing';
    await elapse(5_000);
    expect(calls).toEqual([]);
  });

  it('honours an extra ignore predicate', async () => {
    const widget = document.createElement('aside');
    document.body.append(widget);
    start({ ignore: (node) => widget.contains(node) });
    widget.append(paragraph('Live scores: 2-1.'));
    await elapse(2_000);
    expect(calls).toEqual([]);
    document.body.append(paragraph('A real late paragraph.'));
    await elapse(2_000);
    expect(calls).toEqual(['mutation']);
  });

  it('notices text removed by the page', async () => {
    start();
    document.body.firstElementChild?.remove();
    await elapse(1_000);
    expect(calls).toEqual(['mutation']);
  });
});

describe('watchPage: in-page navigation', () => {
  it('reports a pushState move on the next look at the URL', async () => {
    start({ urlPollMs: 1_000 });
    history.pushState(null, '', '/story/two');
    await elapse(2_000);
    expect(calls).toEqual(['navigation']);
  });

  it('reports back/forward (popstate) and merges the new article render into that run', async () => {
    start();
    history.pushState(null, '', '/story/three');
    window.dispatchEvent(new PopStateEvent('popstate'));
    document.body.replaceChildren(paragraph('A different story, a senior official said.'));
    await elapse(1_000);
    expect(calls).toEqual(['navigation']);
  });

  it('tells hash routes from in-article anchors', async () => {
    start();
    location.hash = '#footnote-2';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await elapse(2_000);
    expect(calls).toEqual([]);
    location.hash = '#/story/four';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await elapse(2_000);
    expect(calls).toEqual(['navigation']);
  });

  it('polls the URL only while the tab is visible, and looks again when it is shown', async () => {
    const visibility = (state: DocumentVisibilityState) => {
      Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    try {
      start({ urlPollMs: 1_000 });
      visibility('hidden');
      expect(vi.getTimerCount()).toBe(0);
      history.pushState(null, '', '/story/hidden');
      await elapse(5_000);
      expect(calls).toEqual([]);
      visibility('visible');
      await elapse(1_000);
      expect(calls).toEqual(['navigation']);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });

  it('gives a new article a fresh mutation budget', async () => {
    const watch = start({ maxRuns: 1, maxRunsPerMinute: 100 });
    document.body.append(paragraph('First late paragraph.'));
    await elapse(1_000);
    document.body.append(paragraph('Second late paragraph.'));
    await elapse(1_000);
    expect(calls).toEqual(['mutation']);
    expect(watch.exhausted()).toBe(true);
    history.pushState(null, '', '/story/five');
    await elapse(2_000);
    document.body.append(paragraph('Late paragraph of the new story.'));
    await elapse(1_000);
    expect(calls).toEqual(['mutation', 'navigation', 'mutation']);
  });
});

describe('watchPage: abort', () => {
  it('stops everything, including a run already pending', async () => {
    start();
    document.body.append(paragraph('Pending change.'));
    await Promise.resolve();
    controller.abort();
    await elapse(5_000);
    history.pushState(null, '', '/story/six');
    window.dispatchEvent(new PopStateEvent('popstate'));
    document.body.append(paragraph('After abort.'));
    await elapse(5_000);
    expect(calls).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does nothing when started with an aborted signal', async () => {
    controller.abort();
    start();
    document.body.append(paragraph('Ignored.'));
    await elapse(2_000);
    expect(calls).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});

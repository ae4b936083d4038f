import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Options } from '../../../src/options/Options';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../../../src/shared/settings';
import { loadSettings, saveSettings, siteOf, withSitePaused } from '../../../src/ui/settings-store';
import { englishTranslator } from '../popup/mock-report';

afterEach(() => document.body.replaceChildren());

/** Renders the page as the adaptor does: every change is saved to storage and rendered again. */
function mount(initial: Settings) {
  const stored: Record<string, unknown> = {};
  const storage = {
    get: async (key: string) => (key in stored ? { [key]: structuredClone(stored[key]) } : {}),
    set: async (items: Record<string, unknown>) => void Object.assign(stored, structuredClone(items)),
    remove: async (key: string) => void delete stored[key],
  };
  const container = document.createElement('div');
  document.body.append(container);
  const onClearHistory = vi.fn();
  const draw = (settings: Settings, notice: string | null) =>
    render(
      <Options
        settings={settings}
        notice={notice}
        t={englishTranslator()}
        onChange={async (next) => draw(await saveSettings(storage, next), 'Saved.')}
        onClearHistory={onClearHistory}
      />,
      container,
    );
  act(() => draw(initial, null));
  const input = (selector: string) => container.querySelector<HTMLInputElement>(selector)!;
  const saved = () => stored[SETTINGS_KEY] as Settings | undefined;
  return { container, input, saved, storage, onClearHistory };
}

describe('Options page', () => {
  it('shows the current settings', () => {
    const { input, container } = mount({ ...DEFAULT_SETTINGS, palette: 'colorblind', mode: 'on-click', pausedSites: ['a.example'] });
    expect(input('input[name="highlight-anonymous_source"]').checked).toBe(true);
    expect(input('input[name="palette"][value="colorblind"]').checked).toBe(true);
    expect(input('input[name="mode"][value="on-click"]').checked).toBe(true);
    expect(container.querySelector('.paused-list')?.textContent).toContain('a.example');
  });

  it('saves each change through normaliseSettings and confirms it', async () => {
    const { input, saved, container } = mount(DEFAULT_SETTINGS);
    await act(async () => input('input[name="highlight-non_answer"]').click());
    expect(saved()?.highlight).toEqual({ anonymous_source: true, non_answer: false });
    await act(async () => input('input[name="palette"][value="colorblind"]').click());
    expect(saved()?.palette).toBe('colorblind');
    expect(saved()?.highlight.non_answer).toBe(false);
    await act(async () => input('input[name="mode"][value="on-click"]').click());
    expect(saved()?.mode).toBe('on-click');
    expect(container.querySelector('[data-testid="options-notice"]')?.textContent).toBe('Saved.');
  });

  it('removes a paused site', async () => {
    const { container, saved } = mount({ ...DEFAULT_SETTINGS, pausedSites: ['a.example', 'b.example'] });
    const button = container.querySelector<HTMLButtonElement>('button[data-site="a.example"]')!;
    expect(button.textContent).toBe('Resume a.example');
    await act(async () => button.click());
    expect(saved()?.pausedSites).toEqual(['b.example']);
    expect(container.querySelector('button[data-site="a.example"]')).toBeNull();
  });

  it('clear history calls its action', () => {
    const { container, onClearHistory } = mount(DEFAULT_SETTINGS);
    act(() => container.querySelector<HTMLButtonElement>('[data-testid="clear-history"]')!.click());
    expect(onClearHistory).toHaveBeenCalledTimes(1);
  });

  it('labels every control', () => {
    const { container } = mount({ ...DEFAULT_SETTINGS, pausedSites: ['a.example'] });
    for (const control of container.querySelectorAll('input')) {
      expect(control.closest('label')?.textContent?.trim()).toBeTruthy();
    }
  });
});

describe('settings-store', () => {
  it('loads defaults from an empty or malformed store', async () => {
    const storage = { get: async () => ({ [SETTINGS_KEY]: { mode: 'sometimes', pausedSites: [1, 'x.org'] } }), set: async () => {}, remove: async () => {} };
    const settings = await loadSettings(storage);
    expect(settings.mode).toBe('auto');
    expect(settings.pausedSites).toEqual(['x.org']);
  });

  it('pauses and resumes a site without duplicates', () => {
    const once = withSitePaused(DEFAULT_SETTINGS, 'news.example.com', true);
    const twice = withSitePaused(once, 'news.example.com', true);
    expect(twice.pausedSites).toEqual(['news.example.com']);
    expect(withSitePaused(twice, 'news.example.com', false).pausedSites).toEqual([]);
    expect(DEFAULT_SETTINGS.pausedSites).toEqual([]);
  });

  it('siteOf gives the hostname of web pages only', () => {
    expect(siteOf('https://News.Example.com/a?b#c')).toBe('news.example.com');
    expect(siteOf('about:blank')).toBeNull();
    expect(siteOf(undefined)).toBeNull();
  });
});

// Popup entry: finds the tab, asks the background for its state, reads the pause flag and the outlet's
// history, and renders <Popup>. While the tab is still being analysed it asks again, briefly.
import { render } from 'preact';
import { ext as browser } from '../ui/ext';
import type { TabState } from '../shared/messages';
import type { OutletStats } from '../shared/history-types';
import { browserTranslator } from '../ui/i18n';
import { outletStatsForHost } from '../ui/outlet-stats';
import { loadSettings, siteOf } from '../ui/settings-store';
import { browserActions } from './browser-actions';
import { Popup } from './Popup';

const POLL_MS = 400;
const POLL_LIMIT = 40;

const t = browserTranslator(browser.i18n);
const root = document.getElementById('app') as HTMLElement;
const tabParam = new URLSearchParams(location.search).get('tab');
const inTab = tabParam !== null;

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('popupTitle');

interface View {
  state: TabState;
  outlet: OutletStats | null;
  paused: boolean;
}

let view: View = { state: { status: 'analysing', report: null }, outlet: null, paused: false };
let tabUrl: string | undefined;
let polls = 0;

async function findTabId(): Promise<number | null> {
  if (tabParam !== null) {
    const id = Number(tabParam);
    return Number.isInteger(id) ? id : null;
  }
  // The active tab's id needs no "tabs" permission; its URL is there while activeTab is granted.
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  tabUrl = tab?.url;
  return tab?.id ?? null;
}

/** The tab's page: from its report, else as its content script reported it (paused), else the tab. */
function pageUrl(state: TabState): string | undefined {
  return state.report?.url ?? state.url ?? tabUrl;
}

async function load(tabId: number): Promise<void> {
  const state = ((await browser.runtime.sendMessage({ type: 'get-tab-state', tabId })) as TabState | undefined) ?? {
    status: 'idle',
    report: null,
  };
  const site = siteOf(pageUrl(state));
  const settings = await loadSettings(browser.storage.local);
  const outlet = state.report?.isArticle ? await outletStatsForHost(browser.storage.local, state.report.url) : null;
  view = { state, outlet, paused: site !== null && settings.pausedSites.includes(site) };
  draw(tabId);
  if (state.status === 'analysing' && polls++ < POLL_LIMIT) setTimeout(() => void load(tabId), POLL_MS);
}

function draw(tabId: number): void {
  const actions = browserActions({
    tabId,
    inTab,
    t,
    site: () => siteOf(pageUrl(view.state)),
    report: () => view.state.report,
    refresh: () => {
      polls = 0;
      void load(tabId);
    },
  });
  render(<Popup state={view.state} outlet={view.outlet} paused={view.paused} actions={actions} t={t} inTab={inTab} />, root);
}

async function start(): Promise<void> {
  const tabId = await findTabId();
  if (tabId === null) {
    const p = document.createElement('p');
    p.className = 'notice calm';
    p.textContent = t('errorNoTab');
    root.replaceChildren(p);
    return;
  }
  draw(tabId);
  await load(tabId);
}

void start();

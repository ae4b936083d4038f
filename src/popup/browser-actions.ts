// The popup's actions in the extension: thin wrappers over the browser APIs and the message contract.
import { ext as browser } from '../ui/ext';
import type { PageReport } from '../core/types';
import type { UiToBackground } from '../shared/messages';
import type { PopupActions } from './types';
import type { Translate } from '../ui/i18n';
import { reportToMarkdown } from '../ui/markdown';
import { downloadJsonFile, reportFileName } from '../ui/download';
import { loadSettings, saveSettings, withSitePaused } from '../ui/settings-store';

interface Context {
  tabId: number;
  site: () => string | null;
  report: () => PageReport | null;
  refresh: () => void;
  inTab: boolean;
  t: Translate;
}

function send(message: UiToBackground): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

export function browserActions(ctx: Context): PopupActions {
  return {
    revealFinding(findingId) {
      void send({ type: 'reveal-finding', tabId: ctx.tabId, findingId });
    },
    async copyMarkdown() {
      const page = ctx.report();
      if (!page) return false;
      try {
        await navigator.clipboard.writeText(reportToMarkdown(page, ctx.t));
        return true;
      } catch {
        return false;
      }
    },
    downloadJson() {
      const page = ctx.report();
      if (page) downloadJsonFile(document, page, reportFileName(page.url));
    },
    async setPaused(paused) {
      const site = ctx.site();
      if (!site) return;
      const storage = browser.storage.local;
      await saveSettings(storage, withSitePaused(await loadSettings(storage), site, paused));
      // The content script follows the paused list through storage.onChanged; on resume, ask for a fresh run.
      if (!paused) await send({ type: 'analyse-tab', tabId: ctx.tabId }).catch(() => undefined);
      ctx.refresh();
    },
    openOptions() {
      void browser.runtime.openOptionsPage();
      if (!ctx.inTab) window.close();
    },
    openInTab() {
      void browser.tabs.create({ url: browser.runtime.getURL(`popup.html?tab=${ctx.tabId}`) });
      window.close();
    },
    analyseNow() {
      void send({ type: 'analyse-tab', tabId: ctx.tabId }).then(() => ctx.refresh(), () => ctx.refresh());
    },
  };
}

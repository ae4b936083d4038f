// Options entry: loads the settings, renders <Options>, saves every change to storage.local and
// clears the reading history on request.
import { render } from 'preact';
import { ext as browser } from '../ui/ext';
import type { Settings } from '../shared/settings';
import { HISTORY_KEY } from '../shared/history-types';
import { browserTranslator } from '../ui/i18n';
import { loadSettings, saveSettings } from '../ui/settings-store';
import { Options } from './Options';

const t = browserTranslator(browser.i18n);
const root = document.getElementById('app') as HTMLElement;
const storage = browser.storage.local;

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('optionsTitle');

function draw(settings: Settings, notice: string | null): void {
  render(
    <Options
      settings={settings}
      notice={notice}
      t={t}
      onChange={async (next) => draw(await saveSettings(storage, next), t('saved'))}
      // Same effect as clearHistory() in src/background/history.ts, without pulling tldts into this page.
      onClearHistory={async () => {
        await storage.remove(HISTORY_KEY);
        draw(settings, t('historyCleared'));
      }}
    />,
    root,
  );
}

void loadSettings(storage).then((settings) => draw(settings, null));

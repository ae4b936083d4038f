// The popup's actions: export, pause switch, options, open in a tab.
import { useState } from 'preact/hooks';
import type { PopupActions } from './types';
import type { Translate } from '../ui/i18n';

interface Props {
  actions: PopupActions;
  paused: boolean;
  /** Export buttons only make sense when there is a report. */
  canExport: boolean;
  inTab: boolean;
  t: Translate;
}

export function Toolbar({ actions, paused, canExport, inTab, t }: Props) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    const ok = await actions.copyMarkdown();
    if (ok !== false) setCopied(true);
  };
  return (
    <footer class="toolbar">
      {canExport && (
        <div class="exports">
          <button type="button" data-testid="copy-markdown" onClick={copy}>
            {copied ? t('copied') : t('copyMarkdown')}
          </button>
          <button type="button" data-testid="download-json" onClick={() => actions.downloadJson()}>
            {t('downloadJson')}
          </button>
        </div>
      )}
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          data-testid="pause-switch"
          checked={paused}
          onChange={(event) => actions.setPaused((event.currentTarget as HTMLInputElement).checked)}
        />
        <span>{t('pauseSite')}</span>
      </label>
      <div class="links">
        <button type="button" class="link" data-testid="open-options" onClick={() => actions.openOptions()}>
          {t('openOptions')}
        </button>
        {!inTab && (
          <button type="button" class="link" data-testid="open-in-tab" onClick={() => actions.openInTab()}>
            {t('openInTab')}
          </button>
        )}
      </div>
    </footer>
  );
}

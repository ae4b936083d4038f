// The options page as a pure function of the settings: every change hands a new Settings object
// to onChange; the adaptor (main.tsx) stores it.
import type { FindingKind } from '../core/types';
import type { Settings } from '../shared/settings';
import type { Translate } from '../ui/i18n';

export interface OptionsProps {
  settings: Settings;
  onChange(next: Settings): void;
  onClearHistory(): void;
  /** A short confirmation shown in a live region ("Saved.", "History cleared."), or null. */
  notice: string | null;
  t: Translate;
}

const KINDS: Array<{ kind: FindingKind; labelKey: string }> = [
  { kind: 'anonymous_source', labelKey: 'kindAnonymousSource' },
  { kind: 'non_answer', labelKey: 'kindNonAnswer' },
];

export function Options({ settings, onChange, onClearHistory, notice, t }: OptionsProps) {
  const set = (patch: Partial<Settings>) => onChange({ ...settings, ...patch });
  return (
    <div class="options">
      <h1>{t('optionsTitle')}</h1>
      <fieldset>
        <legend>{t('optionsHighlightHeading')}</legend>
        {KINDS.map(({ kind, labelKey }) => (
          <label key={kind} class={`check kind-${kind}`}>
            <input
              type="checkbox"
              name={`highlight-${kind}`}
              checked={settings.highlight[kind]}
              onChange={(e) => set({ highlight: { ...settings.highlight, [kind]: (e.currentTarget as HTMLInputElement).checked } })}
            />
            <span>{t(labelKey)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('optionsPaletteHeading')}</legend>
        <Radio name="palette" value="standard" current={settings.palette} label={t('paletteStandard')} onPick={() => set({ palette: 'standard' })} />
        <Radio name="palette" value="colorblind" current={settings.palette} label={t('paletteColorblind')} onPick={() => set({ palette: 'colorblind' })} />
      </fieldset>
      <fieldset>
        <legend>{t('optionsModeHeading')}</legend>
        <Radio name="mode" value="auto" current={settings.mode} label={t('modeAuto')} onPick={() => set({ mode: 'auto' })} />
        <Radio name="mode" value="on-click" current={settings.mode} label={t('modeOnClick')} onPick={() => set({ mode: 'on-click' })} />
      </fieldset>
      <fieldset>
        <legend>{t('optionsPausedHeading')}</legend>
        {settings.pausedSites.length === 0 ? (
          <p class="empty">{t('pausedNone')}</p>
        ) : (
          <ul class="paused-list">
            {settings.pausedSites.map((site) => (
              <li key={site}>
                <span class="site">{site}</span>
                <button type="button" data-site={site} onClick={() => set({ pausedSites: settings.pausedSites.filter((s) => s !== site) })}>
                  {t('removePaused', site)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('optionsHistoryHeading')}</legend>
        <p>{t('historyExplain')}</p>
        <button type="button" data-testid="clear-history" onClick={onClearHistory}>{t('clearHistory')}</button>
      </fieldset>
      <p class="notice" role="status" data-testid="options-notice">{notice ?? ''}</p>
    </div>
  );
}

interface RadioProps { name: string; value: string; current: string; label: string; onPick(): void }

function Radio({ name, value, current, label, onPick }: RadioProps) {
  return (
    <label class="check">
      <input type="radio" name={name} value={value} checked={current === value} onChange={onPick} />
      <span>{label}</span>
    </label>
  );
}

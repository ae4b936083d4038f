// The popup's inputs: everything it shows comes from these, so it renders the same in the extension,
// in tests and in a demo page with mock data (STYLE rule 5).
import type { TabState } from '../shared/messages';
import type { OutletStats } from '../shared/history-types';
import type { Translate } from '../ui/i18n';

export interface PopupActions {
  /** Scroll the page to a finding and flash it. */
  revealFinding(findingId: string): void;
  /** Copy the report as Markdown; resolves true when the clipboard accepted it. */
  copyMarkdown(): Promise<boolean> | void;
  downloadJson(): void;
  setPaused(paused: boolean): void;
  openOptions(): void;
  openInTab(): void;
  /** Run the analysis now (on-click mode, or a page not analysed yet). */
  analyseNow(): void;
}

export interface PopupProps {
  state: TabState;
  outlet: OutletStats | null;
  /** Whether the current site is on the paused list (drives the switch). */
  paused: boolean;
  actions: PopupActions;
  t: Translate;
  /** True when shown in a full tab rather than the toolbar popup (hides "open in a tab"). */
  inTab?: boolean;
}

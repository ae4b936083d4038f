// The extension API for UI pages without the webextension-polyfill (about 10 KB of the popup's 40 KB
// budget): Firefox provides `browser` natively and Chromium's MV3 `chrome` returns promises for every
// call the popup and options page make (runtime, tabs, storage, i18n).
import type { Browser } from 'webextension-polyfill';

const scope = globalThis as unknown as { browser?: Browser; chrome?: Browser };

export const ext = (scope.browser ?? scope.chrome) as Browser;

// The built extension (dist/firefox) in real Firefox ESR.
import { existsSync } from 'node:fs';
import { describe } from 'vitest';
import { FIREFOX_PATH } from './harness/dist';
import { launchFirefox } from './harness/firefox';
import { extensionSuite } from './suites/extension-suite';

const hasBrowser = existsSync(FIREFOX_PATH);
if (!hasBrowser) console.warn(`${FIREFOX_PATH} is missing (set FIREFOX_PATH, or apt-get install firefox-esr): Firefox e2e tests skipped`);

describe.skipIf(!hasBrowser)('Sourcelight in Firefox', () => extensionSuite(launchFirefox));

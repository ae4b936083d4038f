// Where the built extension is. The e2e tests load the real build (npm test builds it first);
// run `node scripts/build.mjs` before running an e2e file on its own.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export function builtExtension(target: 'chrome' | 'firefox'): string {
  const dir = path.join(repoRoot, 'dist', target);
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`${dir} has no build: run \`node scripts/build.mjs\` (npm test does it) before the e2e tests`);
  }
  return dir;
}

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

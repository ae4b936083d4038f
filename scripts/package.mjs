#!/usr/bin/env node
// Builds the extension, then zips each browser's build into dist/ for the stores:
//   dist/sourcelight-firefox-<version>.zip and dist/sourcelight-chrome-<version>.zip
// web-ext does the zipping (offline); it leaves out dotfiles and other files stores reject.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (args) => spawnSync(process.execPath, args, { stdio: 'inherit', cwd: root }).status === 0;
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const webExt = path.join(root, 'node_modules/web-ext/bin/web-ext.js');

if (!run(['scripts/build.mjs', ...process.argv.slice(2)])) process.exit(1); // e.g. --skip-typecheck
for (const target of ['firefox', 'chrome']) {
  const filename = `sourcelight-${target}-${version}.zip`;
  const ok = run([webExt, 'build', '--source-dir', `dist/${target}`, '--artifacts-dir', 'dist', '--filename', filename,
    '--overwrite-dest', '--no-input']);
  if (!ok) {
    console.error(`package failed: web-ext build of dist/${target}`);
    process.exit(1);
  }
  console.log(`dist/${filename}: ${statSync(path.join(root, 'dist', filename)).size} bytes`);
}

#!/usr/bin/env node
// `npm run lint`: (1) the project's own source uses no markup sinks or dynamic code (lint-source.mjs)
// and keeps its context borders (lint-borders.mjs);
// (2) `web-ext lint` of the Firefox build has no error, and no warning that comes from the project's
// code. Warnings inside bundled dependencies (Readability and Preact assign innerHTML internally) are
// listed separately: source maps in dist/sourcemaps say which file each flagged position came from.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintBorders } from './lint-borders.mjs';
import { lintSource } from './lint-source.mjs';
import { originalSource } from './source-map-origin.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let failed = false;

const sinks = lintSource(path.join(root, 'src'));
if (sinks.length > 0) {
  failed = true;
  console.error(`src/ uses markup sinks or dynamic code:\n  ${sinks.join('\n  ')}`);
} else {
  console.log('src/: no innerHTML, outerHTML=, insertAdjacentHTML, document.write, eval or new Function');
}

const crossings = lintBorders(path.join(root, 'src'));
if (crossings.length > 0) {
  failed = true;
  console.error(`imports across context borders (content / background / popup / options / core):\n  ${crossings.join('\n  ')}`);
} else {
  console.log('src/: no imports across context borders');
}

if (!existsSync(path.join(root, 'dist/firefox/manifest.json')) || process.argv.includes('--build')) {
  if (spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit', cwd: root }).status !== 0) process.exit(1);
}
const webExt = spawnSync(process.execPath, [path.join(root, 'node_modules/web-ext/bin/web-ext.js'), 'lint',
  '--source-dir', 'dist/firefox', '--output', 'json', '--no-input'], { cwd: root, encoding: 'utf8' });
let result;
try {
  result = JSON.parse(webExt.stdout);
} catch {
  console.error(`web-ext lint gave no JSON report:\n${webExt.stdout}\n${webExt.stderr}`);
  process.exit(1);
}

const mapOf = (file) => {
  const map = path.join(root, 'dist/sourcemaps', `${file}.map`);
  return existsSync(map) ? JSON.parse(readFileSync(map, 'utf8')) : null;
};
const origin = (message) => {
  const map = message.file?.endsWith('.js') ? mapOf(message.file) : null;
  // web-ext reports 1-based columns; source maps count from 0.
  return map && message.line ? originalSource(map, message.line, Math.max(0, (message.column ?? 1) - 1)) : null;
};
const describe = (m) => `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}:${m.column}` : ''} ${m.message}`;

for (const error of result.errors) console.error(`web-ext error: ${describe(error)}`);
if (result.errors.length > 0) failed = true;
const ours = [];
const bundled = [];
for (const warning of [...result.warnings, ...result.notices]) {
  const from = origin(warning);
  (from?.includes('node_modules/') ? bundled : ours).push(`${describe(warning)}${from ? ` (from ${from})` : ''}`);
}
if (ours.length > 0) {
  failed = true;
  console.error(`web-ext lint warnings from the project's code or manifest:\n  ${ours.join('\n  ')}`);
}
console.log(`web-ext lint: ${result.errors.length} errors, ${ours.length} warnings from the project, ` +
  `${bundled.length} known warnings inside bundled dependencies${bundled.length ? `:\n  ${bundled.join('\n  ')}` : ''}`);
process.exit(failed ? 1 : 0);

#!/usr/bin/env node
// Builds the extension twice from one source: dist/chrome and dist/firefox, each a complete unpacked
// extension. Type errors, missing entry files and unresolved imports fail the build loudly.
//   node scripts/build.mjs                  type-check, then bundle
//   node scripts/build.mjs --skip-typecheck bundle only (fast local iteration; CI never passes it)
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ICON_SIZES, renderIcon } from './icons.mjs';
import { manifestFor } from './manifest-for.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const staging = path.join(dist, '.staging');
const fail = (message) => {
  console.error(`\nbuild failed: ${message}`);
  process.exit(1);
};

const entries = {
  content: 'src/content/main.ts',
  // Injected on demand by the background (scripting.executeScript) into pages that may be articles.
  analyzer: 'src/content/analyzer/main.ts',
  background: 'src/background/main.ts',
  popup: 'src/popup/main.tsx',
  options: 'src/options/main.tsx',
};
const staticFiles = {
  'popup.html': 'src/popup/popup.html',
  'theme.css': 'src/ui/theme.css',
  'popup.css': 'src/popup/popup.css',
  'options.html': 'src/options/options.html',
  'options.css': 'src/options/options.css',
  'highlights.css': 'src/content/highlights.css',
};
const required = [...Object.values(entries), ...Object.values(staticFiles), '_locales/en/messages.json', 'manifest.json'];
const missing = required.filter((file) => !existsSync(path.join(root, file)));
if (missing.length > 0) fail(`missing source file(s):\n  ${missing.join('\n  ')}`);

if (!process.argv.includes('--skip-typecheck')) {
  const started = Date.now();
  const tsc = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', root], {
    stdio: 'inherit',
    cwd: root,
  });
  if (tsc.status !== 0) fail('type errors (tsc --noEmit), see above');
  console.log(`type-check ok (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(staging, { recursive: true });

try {
  await build({
    absWorkingDir: root,
    entryPoints: entries,
    outdir: staging,
    bundle: true,
    // NOMINIFY=1 keeps names readable, for CPU profiles of the extension in a real browser.
    minify: !process.env.NOMINIFY,
    format: 'iife',
    target: ['chrome120', 'firefox128'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    charset: 'utf8',
    legalComments: 'eof',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
    // Maps stay out of the extension (dist/sourcemaps/): scripts/lint.mjs uses them to tell the
    // project's code from bundled dependencies in web-ext lint's findings.
    sourcemap: 'external',
  });
} catch {
  fail('esbuild reported errors, see above');
}

mkdirSync(path.join(dist, 'sourcemaps'));
for (const name of Object.keys(entries)) renameSync(path.join(staging, `${name}.js.map`), path.join(dist, 'sourcemaps', `${name}.js.map`));
for (const [to, from] of Object.entries(staticFiles)) cpSync(path.join(root, from), path.join(staging, to));
cpSync(path.join(root, '_locales'), path.join(staging, '_locales'), { recursive: true });
mkdirSync(path.join(staging, 'icons'));
for (const size of ICON_SIZES) writeFileSync(path.join(staging, `icons/icon-${size}.png`), renderIcon(size));

const manifest = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8'));
manifest.version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
for (const target of ['chrome', 'firefox']) {
  const out = path.join(dist, target);
  cpSync(staging, out, { recursive: true });
  writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifestFor(manifest, target), null, 2)}\n`);
}
rmSync(staging, { recursive: true, force: true });

const sizes = Object.keys(entries).map((name) => `${name}.js ${statSync(path.join(dist, 'chrome', `${name}.js`)).size} B`);
console.log(`built dist/chrome and dist/firefox: ${sizes.join(', ')}`);

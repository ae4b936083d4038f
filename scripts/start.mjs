#!/usr/bin/env node
// `npm start`: build the extension, then show it working on the demo article.
// - With a display: serve demo/article.html on 127.0.0.1 and open it in Firefox (web-ext run) or
//   Chromium with the freshly built extension loaded, in a throwaway profile.
// - Without one (CI, SSH), or with --no-browser: say so in one line and print the CLI's analysis of
//   the demo article instead, exiting 0.
// Options: --no-browser, --browser=firefox|chromium. SOURCELIGHT_SKIP_BUILD=1 skips the build (tests).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const demoFile = path.join(root, 'demo/article.html');
const args = process.argv.slice(2);
const noBrowser = args.includes('--no-browser');
const browserChoice = args.find((a) => a.startsWith('--browser='))?.slice('--browser='.length);

function fail(message) {
  console.error(`start: ${message}`);
  process.exit(1);
}

function hasDisplay() {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function runBuild() {
  if (process.env.SOURCELIGHT_SKIP_BUILD === '1') return;
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) fail('the build failed (see above)');
}

function printAnalysis() {
  const cli = path.join(root, 'bin/sourcelight.js');
  const result = spawnSync(process.execPath, [cli, 'analyze', demoFile], { cwd: root, stdio: 'inherit' });
  process.exit(result.status === 0 ? 0 : 1);
}

/** Serves the demo article at /article.html on 127.0.0.1 only; resolves to its URL. */
function serveDemo() {
  const html = readFileSync(demoFile);
  const server = http.createServer((request, response) => {
    const found = request.url === '/' || request.url?.startsWith('/article.html');
    response.writeHead(found ? 200 : 404, { 'content-type': found ? 'text/html; charset=utf-8' : 'text/plain' });
    response.end(found ? html : 'not found');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/article.html` }));
  });
}

function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium', '/usr/bin/chromium-browser',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    'C:\\Program Files\\Chromium\\Application\\chrome.exe',
  ];
  return candidates.find((candidate) => candidate && existsSync(candidate)) ?? null;
}

function findFirefox() {
  for (const candidate of ['/usr/bin/firefox-esr', '/usr/bin/firefox']) if (existsSync(candidate)) return candidate;
  // On macOS and Windows web-ext finds an installed Firefox itself.
  return process.platform === 'darwin' || process.platform === 'win32' ? '' : null;
}

function launchFirefox(firefox, url) {
  const webExt = path.join(root, 'node_modules/web-ext/bin/web-ext.js');
  const webExtArgs = ['run', '--source-dir', path.join(root, 'dist/firefox'), '--start-url', url, '--no-input'];
  if (firefox) webExtArgs.push('--firefox', firefox);
  console.log(`Opening ${url} in Firefox with Sourcelight loaded (web-ext run). Close Firefox or press Ctrl+C to stop.`);
  return { child: spawn(process.execPath, [webExt, ...webExtArgs], { cwd: root, stdio: 'inherit' }), cleanup: () => {} };
}

function launchChromium(chromium, url) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'sourcelight-profile-'));
  const extension = path.join(root, 'dist/chrome');
  console.log(`Opening ${url} in Chromium with Sourcelight loaded. Close the window or press Ctrl+C to stop.`);
  const child = spawn(chromium, [
    `--user-data-dir=${profile}`, `--load-extension=${extension}`, `--disable-extensions-except=${extension}`,
    '--no-first-run', '--no-default-browser-check',
    // Chromium refuses to run as root with its sandbox on (containers, some CI images).
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    url,
  ], { stdio: 'inherit' });
  return { child, cleanup: () => rmSync(profile, { recursive: true, force: true }) };
}

function chooseBrowser() {
  const firefox = findFirefox();
  const chromium = findChromium();
  if (browserChoice === 'firefox') return firefox !== null ? { name: 'firefox', path: firefox } : null;
  if (browserChoice === 'chromium') return chromium ? { name: 'chromium', path: chromium } : null;
  if (firefox !== null) return { name: 'firefox', path: firefox };
  return chromium ? { name: 'chromium', path: chromium } : null;
}

async function openInBrowser() {
  const browser = chooseBrowser();
  if (!browser) {
    console.log('No Firefox or Chromium found (set CHROME_PATH to use another Chromium): printing the analysis instead.');
    printAnalysis();
    return;
  }
  const distDir = path.join(root, browser.name === 'firefox' ? 'dist/firefox' : 'dist/chrome');
  if (!existsSync(path.join(distDir, 'manifest.json'))) fail(`${path.relative(root, distDir)} is missing: run npm run build`);
  const { server, url } = await serveDemo();
  const { child, cleanup } = browser.name === 'firefox' ? launchFirefox(browser.path, url) : launchChromium(browser.path, url);
  // web-ext closes its Firefox and profile on SIGINT (as on Ctrl+C) but leaves Firefox running on
  // SIGTERM, so SIGINT is forwarded whatever stops us.
  const stop = () => child.kill(browser.name === 'firefox' ? 'SIGINT' : 'SIGTERM');
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  child.once('error', (error) => {
    server.close();
    cleanup();
    fail(`could not start the browser: ${error.message}`);
  });
  child.once('exit', () => {
    server.close();
    cleanup();
    process.exit(0);
  });
}

if (args.includes('--help')) {
  console.log('Usage: npm start [-- --no-browser] [-- --browser=firefox|chromium]');
  process.exit(0);
}
runBuild();
if (noBrowser) {
  console.log('--no-browser: printing the analysis of the demo article (demo/article.html).\n');
  printAnalysis();
} else if (!hasDisplay()) {
  console.log('No display found (no $DISPLAY or $WAYLAND_DISPLAY), so no browser: here is the analysis of the demo article (demo/article.html).\n');
  printAnalysis();
} else {
  await openInBrowser();
}

// Pins what the extension may do. A new permission, host permission or a looser CSP must be a
// conscious change: it fails here first. Checks the source manifest and, when built, both
// per-browser manifests in dist/.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM build script without type declarations
import { manifestFor } from '../../scripts/manifest-for.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const source = readJson(path.join(root, 'manifest.json'));

const CSP = "script-src 'self'; object-src 'none'";

/** Web pages the content script runs in; the host permissions are the same set, never wider. */
const WEB_PAGES = ['http://*/*', 'https://*/*'];

function expectPinnedPolicy(manifest: Record<string, any>): void {
  expect(manifest.manifest_version).toBe(3);
  // storage: settings (local), per-tab reports (session) and the per-outlet history (local).
  // scripting: the background injects the packaged analyzer.js on demand, only into pages that may
  // be articles (content.js stays small; non-article pages never load Readability or the engine).
  expect(manifest.permissions).toEqual(['storage', 'scripting']);
  // executeScript needs host access to the page. It is exactly the content script's matches, which
  // already grant it, so the install-time warning is unchanged ("read and change data on websites").
  expect(manifest.host_permissions).toEqual(WEB_PAGES);
  expect(manifest.optional_permissions).toBeUndefined();
  expect(manifest.optional_host_permissions).toBeUndefined();
  expect(manifest.content_security_policy).toEqual({ extension_pages: CSP });
  expect(manifest.web_accessible_resources).toBeUndefined();
  expect(manifest.externally_connectable).toBeUndefined();
  expect(manifest.content_scripts).toEqual([
    {
      matches: WEB_PAGES,
      js: ['content.js'],
      css: ['highlights.css'],
      run_at: 'document_idle',
      all_frames: false,
    },
  ]);
  expect(manifest.name).toBe('__MSG_extName__');
  expect(manifest.default_locale).toBe('en');
}

describe('manifest.json (source)', () => {
  it('asks for storage and scripting on web pages only, injects into top frames of web pages only, and keeps a strict CSP', () => {
    expectPinnedPolicy(source);
  });

  it('derives a service-worker manifest for Chrome and an event-page manifest for Firefox', () => {
    const chrome = manifestFor(source, 'chrome');
    const firefox = manifestFor(source, 'firefox');
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings.gecko).toMatchObject({
      strict_min_version: '142.0',
      data_collection_permissions: { required: ['none'] },
    });
    expectPinnedPolicy(chrome);
    expectPinnedPolicy(firefox);
  });
});

for (const target of ['chrome', 'firefox'] as const) {
  const built = path.join(root, 'dist', target, 'manifest.json');
  describe.skipIf(!existsSync(built))(`dist/${target}/manifest.json (built)`, () => {
    it('keeps the pinned permissions and CSP, and every file it names exists', () => {
      const manifest = readJson(built);
      expectPinnedPolicy(manifest);
      const files = [
        ...Object.values(manifest.icons as Record<string, string>),
        manifest.action.default_popup,
        manifest.options_ui.page,
        ...(manifest.background.scripts ?? [manifest.background.service_worker]),
        ...manifest.content_scripts.flatMap((c: { js: string[]; css: string[] }) => [...c.js, ...c.css]),
        'analyzer.js', // not named by the manifest: the background injects it by file name

        '_locales/en/messages.json',
      ];
      for (const file of files) expect(existsSync(path.join(root, 'dist', target, file)), file).toBe(true);
      const messages = readJson(path.join(root, 'dist', target, '_locales/en/messages.json'));
      expect(messages.extName?.message).toBeTruthy();
      expect(messages.extDescription?.message).toBeTruthy();
    });
  });
}

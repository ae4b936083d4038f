import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageReport, Report } from '../../../src/core/types';
import { fixturePagesDir } from '../../helpers/fixture-pages';
import { serve, type Served } from '../../helpers/serve';
import { isOneLineError, runCli } from './run-cli';

const TIMEOUT = 120_000;
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sourcelight-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const temp = (name: string, content: string | Uint8Array) => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};

describe('sourcelight CLI: command line', () => {
  it('prints usage with --help and exits 0', async () => {
    const run = await runCli('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: sourcelight analyze/);
    expect(run.stdout).toContain('Exit codes');
  }, TIMEOUT);

  it.each([
    [[], /missing command/],
    [['summarize', 'x.html'], /unknown command "summarize"/],
    [['analyze'], /needs a file/],
    [['analyze', 'a.html', '--yaml'], /unknown option --yaml/],
    [['analyze', 'a.html', 'b.html'], /one file or URL/],
  ])('rejects %j with one line and exit 2', async (args, message) => {
    const run = await runCli(...args);
    expect(run.code).toBe(2);
    expect(isOneLineError(run.stderr)).toBe(true);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  }, TIMEOUT);
});

describe('sourcelight CLI: bad input', () => {
  it('reports a missing file, a directory and binary junk in one line, exit 1', async () => {
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    const noNul = new Uint8Array(4096).map((_, i) => 0x80 + ((i * 31) % 120));
    const runs = await Promise.all([
      runCli('analyze', path.join(dir, 'nope.html')),
      runCli('analyze', dir),
      runCli('analyze', temp('junk.html', junk)),
      runCli('analyze', temp('latin.txt', noNul)),
    ]);
    const messages = [/no such file/, /is a directory/, /binary data/, /binary data/];
    runs.forEach((run, i) => {
      expect(run.code, run.stderr).toBe(1);
      expect(isOneLineError(run.stderr), run.stderr).toBe(true);
      expect(run.stderr).toMatch(messages[i]!);
      expect(run.stdout).toBe('');
    });
  }, TIMEOUT);

  it('says calmly that a page is not an article, exit 3', async () => {
    const page = path.join(fixturePagesDir, 'not-article.html');
    const [plain, json] = await Promise.all([runCli('analyze', page), runCli('analyze', page, '--json')]);
    expect(plain.code).toBe(3);
    expect(isOneLineError(plain.stderr)).toBe(true);
    expect(plain.stderr).toMatch(/not a news article/);
    expect(json.code).toBe(3);
    const report = JSON.parse(json.stdout) as PageReport;
    expect(report.isArticle).toBe(false);
    expect(report.report).toBeNull();
  }, TIMEOUT);
});

describe('sourcelight CLI: analysis', () => {
  it('analyses a .txt file as it is, with offsets into its text', async () => {
    const text = 'The mayor announced the plan on Monday.\n\nPeople familiar with the talks said a deal was close. '
      + 'A spokesperson for the developer declined to comment.\n';
    const run = await runCli('analyze', temp('story.txt', text), '--json');
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.version).toBe(1);
    expect(report.textLength).toBe(text.length);
    for (const finding of report.findings) expect(text.slice(finding.start, finding.end)).toBe(finding.text);
  }, TIMEOUT);

  it('prints a PageReport for an HTML page with --json', async () => {
    const run = await runCli('analyze', path.join(fixturePagesDir, 'article-with-clutter.html'), '--json');
    expect(run.code, run.stderr).toBe(0);
    const page = JSON.parse(run.stdout) as PageReport;
    expect(page.isArticle).toBe(true);
    expect(page.title).toBe('Harbor City delays vote on Millbrook Bridge repairs');
    expect(page.url).toMatch(/^file:\/\/.*article-with-clutter\.html$/);
    expect(page.report?.textLength).toBeGreaterThan(1000);
    expect(page.policies.map((p) => p.kind)).toEqual(['unnamedSourcesPolicy', 'publishingPrinciples']);
    expect(run.stderr).toBe('');
  }, TIMEOUT);

  it('prints a readable summary of the demo article', async () => {
    const run = await runCli('analyze', 'demo/article.html');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Regulators knew of well contamination months before warning residents\n/);
    expect(run.stdout).toContain('The Lakeshore Gazette');
    expect(run.stdout).toMatch(/Transparency score: (\d+\/100 \((high|medium|low)\)|not scored)/);
    expect(run.stdout).toMatch(/Found: \d+ unnamed sources?, \d+ non-answers?\./);
    expect(run.stdout).toContain('Published sourcing policy (publishing principles): https://gazette.example.org/about/standards');
  }, TIMEOUT);
});

describe('sourcelight CLI: URLs', () => {
  let server: Served;
  beforeAll(async () => {
    const { readFileSync } = await import('node:fs');
    server = await serve({
      '/story.html': readFileSync(path.join(fixturePagesDir, 'on-record-article.html'), 'utf8'),
      '/logo.png': { body: 'PNGDATA', contentType: 'image/png' },
    });
  });
  afterAll(() => server.close());

  it('fetches and analyses a page, and reports failures in one line', async () => {
    const [ok, missing, image] = await Promise.all([
      // The test server is on 127.0.0.1, which the CLI refuses without --allow-private.
      runCli('analyze', '--allow-private', `${server.origin}/story.html`, '--json'),
      runCli('analyze', '--allow-private', `${server.origin}/gone.html`),
      runCli('analyze', '--allow-private', `${server.origin}/logo.png`),
    ]);
    expect(ok.code, ok.stderr).toBe(0);
    const page = JSON.parse(ok.stdout) as PageReport;
    expect(page.url).toBe(`${server.origin}/story.html`);
    expect(page.title).toBe('State opens new trail linking three river towns');
    expect(missing.code).toBe(1);
    expect(isOneLineError(missing.stderr)).toBe(true);
    expect(missing.stderr).toContain('404');
    expect(image.code).toBe(1);
    expect(image.stderr).toContain('image/png');
  }, TIMEOUT);

  it('reports a server that is not there in one line', async () => {
    const closed = await serve({});
    const origin = closed.origin;
    await closed.close();
    const run = await runCli('analyze', '--allow-private', `${origin}/story.html`);
    expect(run.code).toBe(1);
    expect(isOneLineError(run.stderr)).toBe(true);
    expect(run.stderr).toMatch(/cannot fetch/);
  }, TIMEOUT);
});

// The CLI always ends, in bounded memory, with one clear line when it cannot analyse: a table of
// hostile and odd inputs run through the real entry (bin/sourcelight.js), each checked for its exit
// code, its message, and its time and peak memory under generous ceilings (run-measured.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageReport, Report } from '../../../src/core/types';
import { isOneLineError } from './run-cli';
import { CEILING, runMeasured, type MeasuredRun } from './run-measured';
import { NIHON_SHIFT_JIS, SOURCING_PARAGRAPH, articleHtml, paragraphs, utf16be, writer } from './inputs';

const TIMEOUT = 120_000;
let dir = '';
let temp: ReturnType<typeof writer>;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sourcelight-limits-'));
  temp = writer(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectBounded(run: MeasuredRun): void {
  expect(run.seconds, run.stderr).toBeLessThan(CEILING.seconds);
  if (run.maxRssMb !== null) expect(run.maxRssMb, run.stderr).toBeLessThan(CEILING.rssMb);
}

function expectOneLine(run: MeasuredRun, code: number, message: RegExp): void {
  expect(run.code, run.stderr).toBe(code);
  expect(isOneLineError(run.stderr), run.stderr).toBe(true);
  expect(run.stderr).toMatch(message);
  expectBounded(run);
}

const mkfifo = (name: string) => {
  const file = path.join(dir, name);
  execFileSync('mkfifo', [file]);
  return file;
};
const canMkfifo = process.platform !== 'win32' && existsSync('/usr/bin/mkfifo');

describe('sourcelight CLI limits: size and depth', () => {
  it('analyses the first part of 200,000 sourcing paragraphs and says so', async () => {
    const file = temp('big.html', articleHtml('Big', paragraphs(200_000)));
    const [text, json] = await Promise.all([runMeasured(['analyze', file]), runMeasured(['analyze', file, '--json'])]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('only its first part was analysed');
    expect((JSON.parse(json.stdout) as PageReport).partial).toBe(true);
    expectBounded(text);
    expectBounded(json);
    // The same page under a one-second limit: the worker is stopped mid-analysis.
    const limited = await runMeasured(['analyze', '--timeout', '1', file]);
    expectOneLine(limited, 4, /stopped after 1 s \(the --timeout limit\) while (reading|analysing) /);
  }, TIMEOUT);

  // Concurrent: each run is mostly start-up, and two at a time fit a two-core machine.
  it.concurrent.each([
    ['100,000 nested <div>', '<div>'.repeat(100_000) + paragraphs(12) + '</div>'.repeat(100_000)],
    ['100,000 nested <p>', '<p>'.repeat(100_000) + SOURCING_PARAGRAPH],
    ['20,000 nested <span> in <svg>', `<svg>${'<g>'.repeat(20_000)}</svg>${paragraphs(12)}`],
  ])('ends quickly on %s, no stack overflow', async (name, body) => {
    const run = await runMeasured(['analyze', temp(`${name.replace(/\W+/g, '-')}.html`, articleHtml('Deep', body))]);
    expect([0, 3], run.stderr).toContain(run.code);
    expect(run.stderr).not.toMatch(/call stack|unexpected/);
    if (run.code === 3) expect(isOneLineError(run.stderr)).toBe(true);
    expectBounded(run);
  }, TIMEOUT);

  it('keeps the text of a page nested beyond the limit and notes the flattening', async () => {
    const body = '<div>'.repeat(20_000) + paragraphs(12) + '</div>'.repeat(20_000);
    const run = await runMeasured(['analyze', temp('deep-article.html', articleHtml('Deep story', body))]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Deep story\n/);
    expect(run.stdout).toMatch(/Found: [1-9]\d* unnamed source/);
    expect(run.stdout).toContain('the deeper markup was flattened');
    expectBounded(run);
  }, TIMEOUT);

  it('cuts plain text at the CLI cap and marks the report partial', async () => {
    const run = await runMeasured(['analyze', temp('big.txt', `${SOURCING_PARAGRAPH}\n\n`.repeat(20_000)), '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as Report).partial).toBe(true);
    expectBounded(run);
  }, TIMEOUT);
});

describe('sourcelight CLI limits: devices and FIFOs', () => {
  it.each(['/dev/zero', '/dev/urandom'])('stops reading %s at the 50 MB cap', async (device) => {
    if (!existsSync(device)) return; // no such device here (Windows): nothing to check
    expectOneLine(await runMeasured(['analyze', device]), 1, /larger than 50 MB/);
  }, TIMEOUT);

  it.skipIf(!canMkfifo)('gives up on a FIFO nobody writes to at the time limit, exit 4', async () => {
    const run = await runMeasured(['analyze', '--timeout', '2', mkfifo('silent.fifo')]);
    expectOneLine(run, 4, /stopped after 2 s \(the --timeout limit\) while waiting for a writer on the FIFO/);
  }, TIMEOUT);

  it.skipIf(!canMkfifo)('reads a FIFO that is written to', async () => {
    const fifo = mkfifo('story.fifo');
    const [run] = await Promise.all([
      runMeasured(['analyze', fifo, '--json']),
      writeFile(fifo, `${SOURCING_PARAGRAPH}\n`),
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as Report).textLength).toBe(SOURCING_PARAGRAPH.length + 1);
  }, TIMEOUT);
});

describe('sourcelight CLI limits: empty input is one case', () => {
  it('says "is empty", exit 1, for every kind of input', async () => {
    const fifo = canMkfifo ? mkfifo('empty.fifo') : null;
    const files = [temp('empty.txt', ''), temp('empty.html', ''), temp('blank.htm', ' \n\t\n'), temp('empty', ''),
      temp('bom-only.html', new Uint8Array([0xef, 0xbb, 0xbf]))];
    const runs = await Promise.all([
      ...files.map((file) => runMeasured(['analyze', file])),
      ...(fifo ? [runMeasured(['analyze', fifo])] : []),
      ...(fifo ? [writeFile(fifo, '').then(() => null)] : []),
    ]);
    for (const run of runs) if (run) expectOneLine(run, 1, /: it is empty$/m);
  }, TIMEOUT);
});

describe('sourcelight CLI limits: encodings', () => {
  const title = (run: MeasuredRun) => (JSON.parse(run.stdout) as PageReport).title;
  it.concurrent.each([
    ['<meta charset> ISO-8859-1', () => Buffer.from(articleHtml('Caf\u00e9 Z\u00fcrich', paragraphs(1), '<meta charset="iso-8859-1">'), 'latin1'), 'Caf\u00e9 Z\u00fcrich'],
    ['http-equiv windows-1252', () => Buffer.from(articleHtml('\u00c9t\u00e9', paragraphs(1), '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'), 'latin1'), '\u00c9t\u00e9'],
    ['UTF-16LE with a BOM', () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(articleHtml('\u65e5\u672c', paragraphs(1)), 'utf16le')]), '\u65e5\u672c'],
    ['UTF-16BE with a BOM', () => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(articleHtml('\u65e5\u672c', paragraphs(1)))]), '\u65e5\u672c'],
    ['UTF-8 with a BOM', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(articleHtml('Na\u00efve', paragraphs(1)))]), 'Na\u00efve'],
    ['<meta charset> Shift_JIS', () => {
      const [before, after] = articleHtml('@', paragraphs(1), '<meta charset="shift_jis">').split('@');
      return Buffer.concat([Buffer.from(before!), Buffer.from(NIHON_SHIFT_JIS), Buffer.from(after!)]);
    }, '\u65e5\u672c'],
  ])('decodes %s', async (name, bytes, expected) => {
    const run = await runMeasured(['analyze', temp(`${name.replace(/\W+/g, '-')}.html`, bytes()), '--json']);
    expect([0, 3], run.stderr).toContain(run.code);
    expect(title(run)).toBe(expected);
  }, TIMEOUT);

  it('reads an undeclared Latin-1 text file as windows-1252 rather than refusing it', async () => {
    const text = `The caf\u00e9 owner said the r\u00e9sum\u00e9 was fine. ${SOURCING_PARAGRAPH}\n`;
    const run = await runMeasured(['analyze', temp('latin1.txt', Buffer.from(text, 'latin1')), '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as Report).textLength).toBe(text.length);
  }, TIMEOUT);
});

describe('sourcelight CLI limits: control characters', () => {
  const evil = 'Evil\x1b[2J\x1b]0;pwned\x07 \x9b31mtitle\x07\x08\r';
  it('prints no escape sequence or control character in text output; JSON keeps the value, escaped', async () => {
    const file = temp('evil.html', articleHtml(evil, paragraphs(8) + `<p>${SOURCING_PARAGRAPH}\x1b[31m red \x1b[0m.</p>`));
    const [text, json] = await Promise.all([runMeasured(['analyze', file]), runMeasured(['analyze', file, '--json'])]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout.split('\n')[0]).toBe('Evil title');
    expect(text.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(json.code, json.stderr).toBe(0);
    expect(json.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect((JSON.parse(json.stdout) as PageReport).title).toContain('Evil\x1b[2J\x1b]0;pwned\x07 \x9b31mtitle');
  }, TIMEOUT);

  it('strips them from messages too', async () => {
    const run = await runMeasured(['analyze', path.join(dir, 'no\x1b[2Jsuch.html')]);
    expectOneLine(run, 1, /no such file/);
    expect(run.stderr).not.toMatch(/\x1b/);
  }, TIMEOUT);
});

describe('sourcelight CLI limits: command line', () => {
  it('accepts -- before a file whose name starts with a dash, and file: URLs', async () => {
    const dash = temp('-dash.txt', `${SOURCING_PARAGRAPH}\n`);
    const runs = await Promise.all([
      runMeasured(['analyze', '--json', '--', path.basename(dash)].map((a, i) => (i === 3 ? dash : a))),
      runMeasured(['analyze', pathToFileURL(temp('url.txt', `${SOURCING_PARAGRAPH}\n`)).href]),
    ]);
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const missing = await runMeasured(['analyze', pathToFileURL(path.join(dir, 'gone.html')).href]);
    expectOneLine(missing, 1, /no such file/);
  }, TIMEOUT);

  it.each([
    [['analyze', '--timeout', 'soon', 'x.html'], /--timeout needs a number/],
    [['analyze', 'x.html', '--timeout'], /--timeout needs a number/],
    [['analyze', 'ftp://example.org/x.html'], /only http\(s\) and file URLs/],
  ])('rejects %j in one line', async (args, message) => {
    const run = await runMeasured(args);
    expect(run.code === 1 || run.code === 2).toBe(true);
    expect(isOneLineError(run.stderr), run.stderr).toBe(true);
    expect(run.stderr).toMatch(message);
  }, TIMEOUT);
});

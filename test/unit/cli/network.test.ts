// The CLI's fetches against a local server on 127.0.0.1 (no other network): private addresses
// refused unless --allow-private, at the first URL and at every redirect; credentials never shown;
// the byte cap applied to the stream and before decompression; the charset header honoured.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageReport } from '../../../src/core/types';
import { fetchUrl } from '../../../src/cli/fetch-url';
import { isPrivateAddress } from '../../../src/cli/private-address';
import { isOneLineError } from './run-cli';
import { CEILING, runMeasured, type MeasuredRun } from './run-measured';
import { articleHtml, paragraphs } from './inputs';

const TIMEOUT = 120_000;
const STORY = articleHtml('Local story', paragraphs(8));
let server: http.Server;
let origin = '';

/** 10 MB of zeros as one gzip member (about 10 KB); members concatenated are one valid gzip stream. */
const ZEROS_MEMBER = zlib.gzipSync(Buffer.alloc(10 * 1024 * 1024), { level: 9 });

function handle(request: http.IncomingMessage, response: http.ServerResponse): void {
  const route = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  const html = { 'content-type': 'text/html; charset=utf-8' };
  if (route === '/story.html') response.writeHead(200, html).end(STORY);
  else if (route === '/redirect') response.writeHead(302, { location: '/story.html' }).end();
  else if (route === '/to-127-0-0-2') response.writeHead(302, { location: `http://127.0.0.2:${new URL(origin).port}/story.html` }).end();
  else if (route === '/to-file') response.writeHead(302, { location: 'file:///etc/passwd' }).end();
  else if (route === '/latin1') {
    response.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' })
      .end(Buffer.from(articleHtml('Caf\u00e9', paragraphs(1)), 'latin1'));
  } else if (route === '/empty') response.writeHead(200, html).end();
  else if (route === '/bomb') {
    // 300 MB once inflated, about 300 KB sent.
    response.writeHead(200, { ...html, 'content-encoding': 'gzip' });
    response.end(Buffer.concat(Array.from({ length: 30 }, () => ZEROS_MEMBER)));
  } else if (route === '/endless') streamForever(response);
  else if (route === '/silent') { /* never answers */ } else response.writeHead(404, html).end('not found');
}

/** Text with no Content-Length, for as long as the client reads (at most 400 MB). */
function streamForever(response: http.ServerResponse): void {
  response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let sent = 0;
  const pump = () => {
    while (sent < 400 * 1024 * 1024 && !response.destroyed) {
      sent += chunk.length;
      if (!response.write(chunk)) return void response.once('drain', pump);
    }
    response.end();
  };
  pump();
}

beforeAll(async () => {
  server = http.createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function expectOneLine(run: MeasuredRun, code: number, message: RegExp): void {
  expect(run.code, run.stderr).toBe(code);
  expect(isOneLineError(run.stderr), run.stderr).toBe(true);
  expect(run.stderr).toMatch(message);
  expect(run.seconds).toBeLessThan(CEILING.seconds);
  if (run.maxRssMb !== null) expect(run.maxRssMb).toBeLessThan(CEILING.rssMb);
}

describe('sourcelight CLI: private addresses', () => {
  it('refuses 127.0.0.1 without --allow-private, and follows its redirect with it', async () => {
    const [refused, redirected, allowed] = await Promise.all([
      runMeasured(['analyze', `${origin}/redirect`]),
      runMeasured(['analyze', `http://localhost:${new URL(origin).port}/story.html`]),
      runMeasured(['analyze', '--allow-private', `${origin}/redirect`, '--json']),
    ]);
    expectOneLine(refused, 1, /refused to fetch .* it leads to 127\.0\.0\.1, a private or local address \(use --allow-private/);
    expectOneLine(redirected, 1, /refused to fetch .*localhost.* a private or local address/);
    expect(allowed.code, allowed.stderr).toBe(0);
    const page = JSON.parse(allowed.stdout) as PageReport;
    expect(page.url).toBe(`${origin}/story.html`);
    expect(page.title).toBe('Local story');
  }, TIMEOUT);

  it('checks every redirect, not only the first URL', async () => {
    // Allowed: 127.0.0.1 itself; every other private address stays refused (127.0.0.2 is loopback too).
    const blocks = (ip: string) => ip !== '127.0.0.1' && isPrivateAddress(ip);
    const signal = AbortSignal.timeout(20_000);
    const ok = await fetchUrl(new URL(`${origin}/redirect`), { blocks, signal });
    expect(ok.url.pathname).toBe('/story.html');
    await expect(fetchUrl(new URL(`${origin}/to-127-0-0-2`), { blocks, signal }))
      .rejects.toThrow(/it leads to 127\.0\.0\.2, a private or local address/);
    await expect(fetchUrl(new URL(`${origin}/to-file`), { blocks, signal })).rejects.toThrow(/redirects to a file: address/);
  }, TIMEOUT);
});

describe('sourcelight CLI: fetched bytes and messages', () => {
  it('never prints the credentials of a URL', async () => {
    const secret = (path: string) => origin.replace('//', '//reader:s3cret@') + path;
    const runs = await Promise.all([
      runMeasured(['analyze', secret('/gone.html')]),
      runMeasured(['analyze', '--allow-private', secret('/gone.html')]),
      runMeasured(['analyze', '--allow-private', secret('/story.html'), '--json']),
    ]);
    expectOneLine(runs[0]!, 1, /\/\/\*\*\*@127\.0\.0\.1/);
    expectOneLine(runs[1]!, 1, /\/\/\*\*\*@127\.0\.0\.1.*404/);
    expect(runs[2]!.code, runs[2]!.stderr).toBe(0);
    for (const run of runs) expect(run.stdout + run.stderr).not.toContain('s3cret');
  }, TIMEOUT);

  it('stops an endless stream and a gzip bomb at the 50 MB cap, in bounded memory', async () => {
    const [endless, bomb] = await Promise.all([
      runMeasured(['analyze', '--allow-private', `${origin}/endless`]),
      runMeasured(['analyze', '--allow-private', `${origin}/bomb`]),
    ]);
    expectOneLine(endless, 1, /larger than 50 MB/);
    expectOneLine(bomb, 1, /larger than 50 MB/);
  }, TIMEOUT);

  it('decodes by the Content-Type charset, reports an empty body like an empty file, and times out a silent server', async () => {
    const [latin1, empty, silent] = await Promise.all([
      runMeasured(['analyze', '--allow-private', `${origin}/latin1`, '--json']),
      runMeasured(['analyze', '--allow-private', `${origin}/empty`]),
      runMeasured(['analyze', '--allow-private', '--timeout', '2', `${origin}/silent`]),
    ]);
    expect((JSON.parse(latin1.stdout) as PageReport).title).toBe('Caf\u00e9');
    expectOneLine(empty, 1, /: it is empty$/m);
    expectOneLine(silent, 4, /stopped after 2 s \(the --timeout limit\) while fetching/);
  }, TIMEOUT);
});

// Fetches an http(s) URL for the CLI, by hand rather than with fetch(), to control three things:
// - every redirect is followed one hop at a time (at most MAX_REDIRECTS) and checked like the first URL;
// - the host is resolved first and the address actually connected to is checked (guarded-lookup.ts),
//   so neither a redirect nor DNS can lead to a private address without --allow-private;
// - bytes are counted as they arrive, before decompression and after it, so neither a long stream
//   nor a gzip bomb grows past the cap.
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { PassThrough, pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { CliError } from './cli-error';
import { guardedLookup, PrivateAddressError, privateRefusal } from './guarded-lookup';
import { MAX_INPUT_BYTES, readCapped, TOO_LARGE } from './read-capped';
import { redactCredentials } from './redact';

export interface Fetched {
  bytes: Buffer;
  contentType: string;
  /** The address the page came from, after redirects. */
  url: URL;
}

export interface FetchOptions {
  /** True for an address the fetch may not connect to (the CLI: isPrivateAddress, unless --allow-private). */
  blocks(address: string): boolean;
  signal: AbortSignal;
}

const MAX_REDIRECTS = 5;
const ANSWER_TIMEOUT_MS = 20_000;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export async function fetchUrl(start: URL, options: FetchOptions): Promise<Fetched> {
  let url = start;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const response = await request(url, options);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (REDIRECTS.has(status) && location) {
      response.destroy();
      url = nextUrl(url, location);
      continue;
    }
    if (status < 200 || status > 299) {
      response.destroy();
      throw new CliError(`cannot fetch ${show(url)}: the server answered ${status}`);
    }
    const contentType = response.headers['content-type'] ?? '';
    const mime = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
    if (mime && !/^(text\/|application\/xhtml\+xml$)/.test(mime)) {
      response.destroy();
      throw new CliError(`cannot analyse ${show(url)}: it is ${mime}, not a web page or text`);
    }
    if (Number(response.headers['content-length'] ?? 0) > MAX_INPUT_BYTES) {
      response.destroy();
      throw new CliError(`cannot analyse ${show(url)}: ${TOO_LARGE}`);
    }
    return { bytes: await readBody(response, url), contentType, url };
  }
  throw new CliError(`cannot fetch ${show(start)}: more than ${MAX_REDIRECTS} redirects`);
}

function nextUrl(from: URL, location: string): URL {
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw new CliError(`cannot fetch ${show(from)}: it redirects to an invalid address`);
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    throw new CliError(`cannot fetch ${show(from)}: it redirects to a ${next.protocol} address, not http(s)`);
  }
  return next;
}

function request(url: URL, { blocks, signal }: FetchOptions): Promise<http.IncomingMessage> {
  // A literal IP address is connected to without a lookup, so it is checked here.
  const literal = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(literal) && blocks(literal)) {
    return Promise.reject(new CliError(privateRefusal(show(url), literal)));
  }
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(url, {
      lookup: guardedLookup(blocks),
      signal,
      headers: { 'accept-encoding': 'gzip, deflate, br', 'user-agent': 'sourcelight-cli' },
    }, resolve);
    req.setTimeout(ANSWER_TIMEOUT_MS, () => req.destroy(new CliError(`cannot fetch ${show(url)}: no answer within 20 seconds`)));
    req.on('error', (error) => reject(describe(error, url)));
  });
}

/** The body, decompressed, with both the bytes received and the bytes decoded under the cap. */
async function readBody(response: http.IncomingMessage, url: URL): Promise<Buffer> {
  const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  const decoder = decompressor(encoding, url);
  let received = 0;
  const counted = new PassThrough();
  response.on('data', (chunk: Buffer) => {
    received += chunk.length;
    if (received > MAX_INPUT_BYTES) response.destroy(new CliError(`cannot analyse ${show(url)}: ${TOO_LARGE}`));
  });
  const body: Readable = decoder
    ? pipeline(response, decoder, counted, () => {})
    : pipeline(response, counted, () => {});
  // pipeline() passes a failure on to the last stream; readCapped rethrows it.
  try {
    return await readCapped(body, show(url));
  } catch (error) {
    throw describe(error, url);
  }
}

function decompressor(encoding: string, url: URL): NodeJS.ReadWriteStream | null {
  if (encoding === 'identity' || encoding === '') return null;
  if (encoding === 'gzip' || encoding === 'x-gzip') return zlib.createGunzip();
  if (encoding === 'deflate') return zlib.createInflate();
  if (encoding === 'br') return zlib.createBrotliDecompress();
  throw new CliError(`cannot analyse ${show(url)}: it is sent in an encoding the CLI cannot read (${encoding})`);
}

function describe(error: unknown, url: URL): CliError {
  if (error instanceof CliError) return error;
  if (error instanceof PrivateAddressError) return new CliError(privateRefusal(show(url), error.address));
  const { code, message, name } = error as NodeJS.ErrnoException;
  if (name === 'AbortError') return new CliError(`cannot fetch ${show(url)}: stopped`);
  return new CliError(`cannot fetch ${show(url)}: ${code ?? message ?? 'network error'}`);
}

function show(url: URL): string {
  return redactCredentials(url.href);
}

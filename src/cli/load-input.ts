// Reads what the user pointed the CLI at (a file or an http(s) URL) as text, and says whether it
// is HTML. Everything that can go wrong becomes a one-line CliError.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CliError } from './cli-error';

export interface LoadedInput {
  text: string;
  isHtml: boolean;
  /** The page's address: the URL fetched, or a file: URL. */
  url: string;
}

/** Larger inputs are refused rather than analysed slowly. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 20_000;

export async function loadInput(target: string): Promise<LoadedInput> {
  return /^https?:\/\//i.test(target) ? loadUrl(target) : loadFile(target);
}

async function loadFile(file: string): Promise<LoadedInput> {
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new CliError(`cannot read ${file}: no such file`);
  }
  if (info.isDirectory()) throw new CliError(`cannot read ${file}: it is a directory, not a file`);
  if (info.size > MAX_INPUT_BYTES) throw new CliError(`cannot read ${file}: larger than 50 MB`);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'read error'}`);
  }
  const text = decodeText(bytes, 'utf-8', file);
  const extension = path.extname(file).toLowerCase();
  const isHtml = ['.html', '.htm', '.xhtml', '.shtml'].includes(extension)
    || (!['.txt', '.text', '.md'].includes(extension) && looksLikeHtml(text));
  return { text, isHtml, url: pathToFileURL(path.resolve(file)).href };
}

async function loadUrl(address: string): Promise<LoadedInput> {
  let response: Response;
  try {
    response = await fetch(address, { redirect: 'follow', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch (error) {
    const reason = (error as Error).name === 'TimeoutError' ? 'no answer within 20 seconds' : describeFetchError(error);
    throw new CliError(`cannot fetch ${address}: ${reason}`);
  }
  if (!response.ok) throw new CliError(`cannot fetch ${address}: the server answered ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  const mime = type.split(';')[0]?.trim().toLowerCase() ?? '';
  if (mime && !/^(text\/|application\/xhtml\+xml$)/.test(mime)) {
    throw new CliError(`cannot analyse ${address}: it is ${mime}, not a web page or text`);
  }
  const bytes = Buffer.from(await response.arrayBuffer());
  if (bytes.length > MAX_INPUT_BYTES) throw new CliError(`cannot analyse ${address}: larger than 50 MB`);
  const charset = /charset=["']?([\w-]+)/i.exec(type)?.[1] ?? 'utf-8';
  const text = decodeText(bytes, charset, address);
  const isHtml = mime === 'text/html' || mime === 'application/xhtml+xml' || (mime !== 'text/plain' && looksLikeHtml(text));
  return { text, isHtml, url: response.url || address };
}

/**
 * Decodes bytes as text, refusing binary data: any NUL byte, or more than 1% of characters that
 * are not valid in the encoding.
 */
export function decodeText(bytes: Uint8Array, charset: string, name: string): string {
  if (bytes.includes(0)) throw new CliError(`cannot analyse ${name}: it looks like binary data, not HTML or text`);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  const text = decoder.decode(bytes);
  let invalid = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) invalid++;
  if (text.length > 0 && invalid / text.length > 0.01) {
    throw new CliError(`cannot analyse ${name}: it looks like binary data, not HTML or text`);
  }
  return text;
}

function looksLikeHtml(text: string): boolean {
  const start = text.replace(/^\uFEFF/, '').trimStart().slice(0, 1000).toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html') || /<(head|body|article|p)[\s>]/.test(start);
}

function describeFetchError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? 'network error';
}

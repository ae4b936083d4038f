// Reads what the user pointed the CLI at (a file, FIFO or device path, a file: URL or an http(s)
// URL) as text, and says whether it is HTML. Everything that can go wrong becomes a one-line CliError.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CliError } from './cli-error';
import { decodeInput } from './decode-input';
import { fetchUrl } from './fetch-url';
import { isPrivateAddress } from './private-address';
import { readFileInput } from './read-file';
import { redactCredentials, withoutCredentials } from './redact';

export interface LoadedInput {
  text: string;
  isHtml: boolean;
  /** The page's address: the URL fetched (without credentials), or a file: URL. */
  url: string;
}

export interface LoadOptions {
  allowPrivate: boolean;
  signal: AbortSignal;
  /** Told what the load is doing, so a time-out can say what it was waiting for. */
  onStage(stage: string): void;
}

export async function loadInput(target: string, options: LoadOptions): Promise<LoadedInput> {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(target)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') return loadUrl(target, options);
  if (scheme === 'file') return loadFile(filePath(target), options);
  if (scheme) throw new CliError(`cannot read ${redactCredentials(target)}: only http(s) and file URLs are supported`);
  return loadFile(target, options);
}

function filePath(target: string): string {
  try {
    return fileURLToPath(target);
  } catch {
    throw new CliError(`cannot read ${redactCredentials(target)}: not a file URL on this machine`);
  }
}

async function loadFile(file: string, { onStage }: LoadOptions): Promise<LoadedInput> {
  const bytes = await readFileInput(file, onStage);
  const extension = path.extname(file).toLowerCase();
  const plainByName = ['.txt', '.text', '.md'].includes(extension);
  const text = nonEmpty(decodeInput(bytes, file, { mayBeHtml: !plainByName }), file);
  const isHtml = ['.html', '.htm', '.xhtml', '.shtml'].includes(extension) || (!plainByName && looksLikeHtml(text));
  return { text, isHtml, url: pathToFileURL(path.resolve(file)).href };
}

async function loadUrl(address: string, { allowPrivate, signal, onStage }: LoadOptions): Promise<LoadedInput> {
  let start: URL;
  try {
    start = new URL(address);
  } catch {
    throw new CliError(`cannot fetch ${redactCredentials(address)}: not a valid URL`);
  }
  const shown = redactCredentials(start.href);
  onStage(`fetching ${shown}`);
  const blocks = (ip: string) => !allowPrivate && isPrivateAddress(ip);
  const { bytes, contentType, url } = await fetchUrl(start, { blocks, signal });
  const mime = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const headerCharset = /charset=["']?([\w.:-]+)/i.exec(contentType)?.[1] ?? null;
  const text = nonEmpty(decodeInput(bytes, shown, { headerCharset, mayBeHtml: mime !== 'text/plain' }), shown);
  const isHtml = mime === 'text/html' || mime === 'application/xhtml+xml' || (mime !== 'text/plain' && looksLikeHtml(text));
  return { text, isHtml, url: withoutCredentials(url) };
}

/** Empty (or blank) input gets the same message and exit code whatever kind of input it came from. */
function nonEmpty(text: string, name: string): string {
  if (text.trim().length === 0) throw new CliError(`cannot analyse ${name}: it is empty`);
  return text;
}

function looksLikeHtml(text: string): boolean {
  const start = text.replace(/^\uFEFF/, '').trimStart().slice(0, 1000).toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html') || /<(head|body|article|p)[\s>]/.test(start);
}

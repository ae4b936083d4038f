// Bytes → text in the encoding the input declares, the way a browser picks it: a byte-order mark
// first, then the page's own <meta charset> (HTML only), then the server's Content-Type, else UTF-8.
// Binary data is refused rather than analysed as gibberish.
import { CliError } from './cli-error';

export interface DecodeHints {
  /** The charset parameter of an HTTP Content-Type, if any. */
  headerCharset?: string | null;
  /** Look for <meta charset> (false for inputs known to be plain text). */
  mayBeHtml: boolean;
}

const BOMS: [number[], string][] = [[[0xef, 0xbb, 0xbf], 'utf-8'], [[0xfe, 0xff], 'utf-16be'], [[0xff, 0xfe], 'utf-16le']];

/** Browsers look for <meta charset> in the first 1024 bytes (the HTML spec's prescan). */
const META_PRESCAN_BYTES = 1024;
const META_CHARSET = /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;

export function decodeInput(bytes: Uint8Array, name: string, hints: DecodeHints): string {
  const bom = BOMS.find(([marks]) => marks.every((b, i) => bytes[i] === b));
  if (bom) return checked(decoder(bom[1])!.decode(bytes.subarray(bom[0].length)), name);
  const declared = (hints.mayBeHtml ? decoder(metaCharset(bytes)) : null) ?? decoder(hints.headerCharset);
  if (declared) return checked(declared.decode(bytes), name);
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  if (!looksBinary(utf8)) return utf8;
  // Undeclared and not UTF-8: an old page or file in the Western default browsers use, when it is
  // text at all (mostly ASCII, few control characters); otherwise binary data.
  if (mostlyAsciiText(bytes)) return checked(new TextDecoder('windows-1252').decode(bytes), name);
  throw binary(name);
}

function metaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, META_PRESCAN_BYTES)).toString('latin1');
  const label = META_CHARSET.exec(head)?.[1]?.toLowerCase() ?? null;
  // The HTML spec: a page that reached us as bytes cannot really be UTF-16 when its ASCII meta was
  // readable; such a declaration means UTF-8. x-user-defined means windows-1252.
  if (label?.startsWith('utf-16')) return 'utf-8';
  return label === 'x-user-defined' ? 'windows-1252' : label;
}

/** A decoder for a label TextDecoder knows, else null (an unknown label falls through to the next source). */
function decoder(label: string | null | undefined): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

function checked(text: string, name: string): string {
  if (looksBinary(text)) throw binary(name);
  return text;
}

/** Any NUL, or more than 1% of characters that are not valid in the encoding. */
function looksBinary(text: string): boolean {
  if (text.includes('\0')) return true;
  let invalid = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) invalid++;
  return text.length > 0 && invalid / text.length > 0.01;
}

function mostlyAsciiText(bytes: Uint8Array): boolean {
  let high = 0;
  let controls = 0;
  for (const b of bytes) {
    if (b >= 0x80) high++;
    else if (b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13) controls++;
  }
  return high <= bytes.length * 0.3 && controls <= bytes.length * 0.01;
}

function binary(name: string): CliError {
  return new CliError(`cannot analyse ${name}: it looks like binary data, not HTML or text`);
}

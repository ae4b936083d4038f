// Inputs for the CLI's limit tests, generated into a temp dir on the fly (never kept in the repo).
import { writeFileSync } from 'node:fs';
import path from 'node:path';

/** Long enough (over 140 characters) for Readability's "probably readable" test to count it. */
export const SOURCING_PARAGRAPH = 'Officials familiar with the talks said on Monday that the deal was close, according to a '
  + 'person who asked not to be named because the negotiations were private and continuing.';

export function articleHtml(title: string, body: string, head = ''): string {
  return `<!doctype html><html><head>${head}<title>${title}</title></head><body><article><h1>${title}</h1>`
    + `${body}</article></body></html>`;
}

export const paragraphs = (n: number) => `<p>${SOURCING_PARAGRAPH}</p>\n`.repeat(n);

export function writer(dir: string) {
  return (name: string, content: string | Uint8Array) => {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    return file;
  };
}

/** Shift_JIS bytes of 日本 ("Japan"): TextEncoder writes only UTF-8, so they are spelled out. */
export const NIHON_SHIFT_JIS = [0x93, 0xfa, 0x96, 0x7b];

export function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

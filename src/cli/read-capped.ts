// Reads a stream into memory with a running byte count, and stops at the cap: a device, a FIFO, a
// growing file or a server can send forever, and neither a file's reported size nor a
// Content-Length is trusted to say how much will come.
import type { Readable } from 'node:stream';
import { CliError } from './cli-error';

/** Larger inputs are refused rather than analysed slowly. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export const TOO_LARGE = 'larger than 50 MB';

export async function readCapped(stream: Readable, name: string, cap = MAX_INPUT_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      total += (chunk as Buffer).length;
      if (total > cap) throw new CliError(`cannot analyse ${name}: ${TOO_LARGE}`);
      chunks.push(chunk as Buffer);
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks, total);
}

// Reads a file, FIFO or device for the CLI. The byte cap is applied while reading (read-capped.ts):
// a device reports size 0 and a FIFO has no size, so stat's size only rejects big regular files early.
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Socket } from 'node:net';
import type { Readable } from 'node:stream';
import { CliError } from './cli-error';
import { MAX_INPUT_BYTES, readCapped, TOO_LARGE } from './read-capped';

export async function readFileInput(file: string, onStage: (stage: string) => void): Promise<Buffer> {
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new CliError(`cannot read ${file}: no such file`);
  }
  if (info.isDirectory()) throw new CliError(`cannot read ${file}: it is a directory, not a file`);
  if (info.isFile() && info.size > MAX_INPUT_BYTES) throw new CliError(`cannot read ${file}: ${TOO_LARGE}`);
  onStage(info.isFIFO() ? `waiting for a writer on the FIFO ${file}` : `reading ${file}`);
  try {
    return await readCapped(info.isFIFO() ? await fifoStream(file) : await fileStream(file), file);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'read error'}`);
  }
}

async function fileStream(file: string): Promise<Readable> {
  const handle = await open(file, 'r');
  return handle.createReadStream({ highWaterMark: 1024 * 1024 });
}

/**
 * A FIFO opened the ordinary way blocks in open() until a writer comes, on a thread Node then
 * waits for even at exit, so not even the time limit could end the run. Opened non-blocking and
 * read through the event loop instead, it waits for a writer there (the kernel reports no end
 * until a writer has come and gone), and the time limit (main.ts) can end that wait.
 */
async function fifoStream(file: string): Promise<Readable> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  return new Socket({ fd: handle.fd, readable: true, writable: false });
}

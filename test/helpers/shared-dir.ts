// Where ../shared lives (beside the repository) and whether it is there. Tests that read it skip
// cleanly when it is absent; its text is never copied into the repository.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedDir = path.resolve(repoRoot, '../shared');

/** Absolute path of a file under ../shared, or null when it is not there. */
export function sharedFile(relative: string): string | null {
  const file = path.join(sharedDir, relative);
  return existsSync(file) ? file : null;
}

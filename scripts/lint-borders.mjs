// Context borders (house style 3): content code never imports popup, options or background code, and
// the reverse; the core imports nothing from the contexts that run it. Checked on import specifiers.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** For each folder of src/, the sibling folders it must not import from. */
const FORBIDDEN = {
  core: ['page', 'content', 'background', 'popup', 'options', 'ui', 'cli'],
  page: ['content', 'background', 'popup', 'options', 'ui', 'cli'],
  content: ['background', 'popup', 'options'],
  background: ['content', 'popup', 'options', 'ui'],
  popup: ['content', 'background'],
  options: ['content', 'background'],
};

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (/\.(ts|tsx)$/.test(entry.name)) yield full;
  }
}

/** Every import that crosses a forbidden border, as "file: specifier". */
export function lintBorders(srcDir) {
  const found = [];
  for (const [context, forbidden] of Object.entries(FORBIDDEN)) {
    const dir = path.join(srcDir, context);
    let list;
    try {
      list = [...files(dir)];
    } catch {
      continue; // the folder does not exist (yet)
    }
    for (const file of list) {
      const text = readFileSync(file, 'utf8');
      for (const [, specifier] of text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]/g)) {
        if (!specifier.startsWith('.')) continue;
        const target = path.relative(srcDir, path.resolve(path.dirname(file), specifier)).split(path.sep)[0];
        if (forbidden.includes(target)) found.push(`${path.relative(srcDir, file)}: ${specifier}`);
      }
    }
  }
  return found;
}

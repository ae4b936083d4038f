// Serves the project's own test pages (test/fixtures/pages) and, when ../shared is present, the seed
// page, on 127.0.0.1 for the browsers under test.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSeedPage } from '../../helpers/seed-page';
import { serve, type Served } from '../../helpers/serve';
import { repoRoot } from './dist';

export interface FixtureSite extends Served {
  url(file: string): string;
  /** True when the seed page is served (../shared present). */
  hasSeed: boolean;
}

export async function serveFixtures(): Promise<FixtureSite> {
  const dir = path.join(repoRoot, 'test/fixtures/pages');
  const routes: Record<string, string> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
    routes[`/${file}`] = readFileSync(path.join(dir, file), 'utf8');
  }
  const seed = buildSeedPage();
  if (seed) routes['/seed.html'] = seed;
  const served = await serve(routes);
  return { ...served, hasSeed: seed !== null, url: (file) => `${served.origin}/${file}` };
}

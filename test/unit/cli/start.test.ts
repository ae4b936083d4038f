// `npm start` where there is no display (CI, SSH): one line saying so, then the demo's analysis.
import { describe, expect, it } from 'vitest';
import { runNode } from './run-cli';

const TIMEOUT = 120_000;
const env = (extra: Record<string, string>) => {
  const copy: NodeJS.ProcessEnv = { ...process.env, SOURCELIGHT_SKIP_BUILD: '1', ...extra };
  delete copy.DISPLAY;
  delete copy.WAYLAND_DISPLAY;
  return { ...copy, ...extra };
};

describe.skipIf(process.platform !== 'linux')('scripts/start.mjs', () => {
  it('prints the demo analysis and exits 0 when there is no display', async () => {
    const run = await runNode('scripts/start.mjs', [], env({}));
    expect(run.code, run.stderr).toBe(0);
    const [first, ...rest] = run.stdout.split('\n');
    expect(first).toMatch(/^No display found/);
    const analysis = rest.join('\n');
    expect(analysis).toContain('Regulators knew of well contamination months before warning residents');
    expect(analysis).toMatch(/Transparency score: /);
    expect(analysis).toMatch(/Found: \d+ unnamed sources?/);
  }, TIMEOUT);

  it('prints the analysis with --no-browser even when a display exists', async () => {
    const run = await runNode('scripts/start.mjs', ['--no-browser'], env({ DISPLAY: ':99' }));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^--no-browser: printing the analysis/);
    expect(run.stdout).toContain('Regulators knew of well contamination');
  }, TIMEOUT);
});

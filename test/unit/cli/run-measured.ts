// Runs the real CLI entry (bin/sourcelight.js) as a child and measures it: wall time, and the
// child's peak resident memory through GNU time where the machine has it (null elsewhere).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../helpers/shared-dir';

export interface MeasuredRun {
  code: number;
  stdout: string;
  stderr: string;
  seconds: number;
  /** Peak resident set size in MB, or null without /usr/bin/time. */
  maxRssMb: number | null;
}

const GNU_TIME = '/usr/bin/time';
const hasGnuTime = existsSync(GNU_TIME);
/** A child still running after this is killed: the test then fails on its time, not by hanging. */
const KILL_AFTER_MS = 60_000;

export function runMeasured(args: string[], options: { stdin?: string } = {}): Promise<MeasuredRun> {
  const cli = [process.execPath, path.join(repoRoot, 'bin/sourcelight.js'), ...args];
  const statsDir = mkdtempSync(path.join(os.tmpdir(), 'sourcelight-time-'));
  const statsFile = path.join(statsDir, 'stats');
  const [command, ...argv] = hasGnuTime ? [GNU_TIME, '-f', '%M', '-o', statsFile, ...cli] : cli;
  const started = Date.now();
  return new Promise((resolve) => {
    // Its own process group, so a kill reaches the CLI under /usr/bin/time too.
    const child = spawn(command!, argv, { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.stdin.end(options.stdin ?? '');
    const killer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), KILL_AFTER_MS);
    child.on('close', (code) => {
      clearTimeout(killer);
      let maxRssMb: number | null = null;
      if (hasGnuTime && existsSync(statsFile)) {
        // GNU time writes "Command exited with non-zero status N" first when the CLI fails.
        const kb = Number(readFileSync(statsFile, 'utf8').trim().split('\n').pop());
        if (Number.isFinite(kb)) maxRssMb = kb / 1024;
      }
      rmSync(statsDir, { recursive: true, force: true });
      resolve({
        code: code ?? -1,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        seconds: (Date.now() - started) / 1000,
        maxRssMb,
      });
    });
  });
}

/**
 * Ceilings far above a normal run (about 2 s and 250 MB) and far below the failures they guard
 * against (runs killed after 150 s, 1 to 1.8 GB): generous so a busy machine never makes them flaky.
 */
export const CEILING = { seconds: 20, rssMb: 600 };

// Runs a project command as a child process and collects its exit code and output.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../../helpers/shared-dir';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runNode(script: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(repoRoot, script), ...args],
      { cwd: repoRoot, env, timeout: 110_000, maxBuffer: 20 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      });
  });
}

export const runCli = (...args: string[]) => runNode('bin/sourcelight.js', args);

/** An error the CLI reports: exactly one line on stderr, no stack trace. */
export function isOneLineError(stderr: string): boolean {
  const lines = stderr.trimEnd().split('\n');
  return lines.length === 1 && lines[0]!.startsWith('sourcelight: ') && !/\n\s+at /.test(stderr);
}

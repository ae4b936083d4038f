// The command line, parsed: `analyze <target>` and its options. `--` ends the options, so a file
// whose name starts with a dash can still be analysed.
import { CliError, EXIT } from './cli-error';

export interface AnalyzeCommand {
  kind: 'analyze';
  target: string;
  json: boolean;
  timeoutMs: number;
  allowPrivate: boolean;
}

export type Command = AnalyzeCommand | { kind: 'help' };

/** Long enough for any real page on a slow machine; short enough that a stuck run is noticed. */
export const DEFAULT_TIMEOUT_SECONDS = 60;

export function parseArgs(argv: string[]): Command {
  const args: string[] = [];
  let json = false;
  let allowPrivate = false;
  let timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      args.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (arg === '--json') json = true;
    else if (arg === '--allow-private') allowPrivate = true;
    else if (arg === '--timeout' || arg.startsWith('--timeout=')) {
      const value = arg === '--timeout' ? argv[++i] : arg.slice('--timeout='.length);
      timeoutSeconds = parseSeconds(value);
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new CliError(`unknown option ${arg} (try --help)`, EXIT.usage);
    } else args.push(arg);
  }
  const [command, target, ...extra] = args;
  if (!command) throw new CliError('missing command: sourcelight analyze <file.html | file.txt | URL> (try --help)', EXIT.usage);
  if (command !== 'analyze') throw new CliError(`unknown command "${command}" (try --help)`, EXIT.usage);
  if (!target) throw new CliError('analyze needs a file or a URL (try --help)', EXIT.usage);
  if (extra.length > 0) throw new CliError(`analyze takes one file or URL, got ${args.length - 1}`, EXIT.usage);
  return { kind: 'analyze', target, json, timeoutMs: timeoutSeconds * 1000, allowPrivate };
}

function parseSeconds(value: string | undefined): number {
  const seconds = value === undefined ? NaN : Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 86_400) {
    throw new CliError('--timeout needs a number of seconds between 0 and 86400', EXIT.usage);
  }
  return seconds;
}

// The sourcelight command line: `sourcelight analyze <file.html | file.txt | URL> [--json]`.
// Returns an exit code instead of exiting, so it can be tested and embedded.
import { analyzeInput } from './analyze-input';
import { CliError, EXIT } from './cli-error';
import { formatPageReport, formatTextReport } from './format-report';
import { loadInput } from './load-input';
import { USAGE } from './usage';

export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

const processOutput: CliOutput = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

export async function main(argv: string[], io: CliOutput = processOutput): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`sourcelight: ${error.message}`);
      return error.exitCode;
    }
    // Unexpected: still one line, never a stack trace.
    io.err(`sourcelight: unexpected error: ${oneLine(error)}`);
    return EXIT.badInput;
  }
}

async function run(argv: string[], io: CliOutput): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(USAGE);
    return EXIT.ok;
  }
  const options = argv.filter((a) => a.startsWith('-'));
  const args = argv.filter((a) => !a.startsWith('-'));
  const unknown = options.find((o) => o !== '--json');
  if (unknown) throw new CliError(`unknown option ${unknown} (try --help)`, EXIT.usage);
  const [command, target, ...extra] = args;
  if (!command) throw new CliError('missing command: sourcelight analyze <file.html | file.txt | URL> (try --help)', EXIT.usage);
  if (command !== 'analyze') throw new CliError(`unknown command "${command}" (try --help)`, EXIT.usage);
  if (!target) throw new CliError('analyze needs a file or an http(s) URL (try --help)', EXIT.usage);
  if (extra.length > 0) throw new CliError(`analyze takes one file or URL, got ${args.length - 1}`, EXIT.usage);
  const json = options.includes('--json');

  const analysis = analyzeInput(await loadInput(target));
  if (analysis.kind === 'text') {
    io.out(json ? JSON.stringify(analysis.report, null, 2) : formatTextReport(analysis.report, target));
    return EXIT.ok;
  }
  const { page } = analysis;
  if (json) io.out(JSON.stringify(page, null, 2));
  if (!page.isArticle) {
    if (!json) io.err(`sourcelight: not a news article: ${page.notArticleReason ?? 'nothing to check.'}`);
    return EXIT.notArticle;
  }
  if (!json) io.out(formatPageReport(page));
  return EXIT.ok;
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? 'unknown';
}

// The sourcelight command line: `sourcelight analyze [options] <file | URL>`.
// Returns an exit code instead of exiting, so it can be tested and embedded.
import type { Analysis } from './analyze-input';
import { parseArgs, type AnalyzeCommand } from './args';
import { CliError, EXIT } from './cli-error';
import { formatPageReport, formatTextReport } from './format-report';
import { loadInput } from './load-input';
import { redactCredentials } from './redact';
import { runAnalysis } from './run-analysis';
import { jsonSafe, terminalSafe } from './terminal-safe';
import { startTimeLimit } from './time-limit';
import { USAGE } from './usage';
import { MAX_DEPTH } from './bound-markup';

export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

const processOutput: CliOutput = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

export async function main(argv: string[], io: CliOutput = processOutput): Promise<number> {
  // Messages name the user's input and may quote the page: never credentials, never escape codes.
  const err = (message: string) => io.err(terminalSafe(redactCredentials(`sourcelight: ${message}`)));
  try {
    return await run(argv, io, err);
  } catch (error) {
    if (error instanceof CliError) {
      err(error.message);
      return error.exitCode;
    }
    // Unexpected: still one line, never a stack trace.
    err(`unexpected error: ${oneLine(error)}`);
    return EXIT.badInput;
  }
}

async function run(argv: string[], io: CliOutput, err: (message: string) => void): Promise<number> {
  const command = parseArgs(argv);
  if (command.kind === 'help') {
    io.out(USAGE);
    return EXIT.ok;
  }
  const limit = startTimeLimit(command.timeoutMs);
  try {
    const analysis = await Promise.race([analyze(command, limit), limit.expired]);
    return report(analysis, command, io, err);
  } finally {
    limit.clear();
  }
}

async function analyze(command: AnalyzeCommand, limit: ReturnType<typeof startTimeLimit>): Promise<Analysis> {
  const name = redactCredentials(command.target);
  const onStage = (stage: string) => {
    limit.stage = stage;
  };
  const input = await loadInput(command.target, { allowPrivate: command.allowPrivate, signal: limit.signal, onStage });
  onStage(`analysing ${name}`);
  return runAnalysis(input, name, limit.signal);
}

function report(analysis: Analysis, command: AnalyzeCommand, io: CliOutput, err: (message: string) => void): number {
  const { json } = command;
  const print = (text: string) => io.out(json ? jsonSafe(text) : terminalSafe(text));
  if (analysis.kind === 'text') {
    print(json ? JSON.stringify(analysis.report, null, 2) : formatTextReport(analysis.report, redactCredentials(command.target)));
    return EXIT.ok;
  }
  const { page } = analysis;
  if (json) print(JSON.stringify(page, null, 2));
  if (!page.isArticle) {
    if (!json) err(`not a news article: ${page.notArticleReason ?? 'nothing to check.'}`);
    return EXIT.notArticle;
  }
  if (!json) {
    const note = analysis.flattened ? `\nNote: the page nests elements more than ${MAX_DEPTH} deep; the deeper markup was flattened.` : '';
    print(formatPageReport({ ...page, partial: analysis.cut }) + note);
  }
  return EXIT.ok;
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? 'unknown';
}

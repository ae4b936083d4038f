// An expected failure of the CLI: printed as one line on stderr, never as a stack trace.

/** Exit codes, also listed in the usage text. */
export const EXIT = {
  ok: 0,
  /** The input could not be read or analysed (missing, empty, too large or binary
   * input, a failed or refused fetch). */
  badInput: 1,
  /** The command line itself is wrong (no command, unknown command or option). */
  usage: 2,
  /** The page was read but is not an article: nothing to score. */
  notArticle: 3,
  /** The run reached its time limit (--timeout) before it finished. */
  timeout: 4,
} as const;

export class CliError extends Error {
  constructor(message: string, readonly exitCode: number = EXIT.badInput) {
    super(message);
    this.name = 'CliError';
  }
}

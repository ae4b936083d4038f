// The time limit of a whole run (--timeout): reading, fetching and analysing together. Whatever is
// running when it expires, the run ends with one line saying what it was doing.
import { CliError, EXIT } from './cli-error';

export interface TimeLimit {
  signal: AbortSignal;
  /** What the run is doing now, for the message ("reading x.html"). */
  stage: string;
  /** Rejects with the time-out's CliError when the limit passes; never resolves. */
  expired: Promise<never>;
  clear(): void;
}

export function startTimeLimit(ms: number): TimeLimit {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const limit: TimeLimit = {
    signal: controller.signal,
    stage: 'starting',
    expired: new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new CliError(`stopped after ${ms / 1000} s (the --timeout limit) while ${limit.stage}`, EXIT.timeout));
        controller.abort();
      }, ms);
    }),
    clear: () => clearTimeout(timer),
  };
  limit.expired.catch(() => {}); // handled by the race in main.ts; never an unhandled rejection
  return limit;
}

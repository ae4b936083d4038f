// A debounced, bounded trigger: many calls to request() turn into few runs. Trailing debounce (the
// page has stopped changing) with a maximum wait (a page that never stops still gets analysed), a
// sliding per-minute budget (late runs are deferred, never dropped, so the final text is analysed),
// and a hard cap after which mutation runs stop for good until reset() (a new article).
export type ChangeReason = 'mutation' | 'navigation';

export interface SchedulerLimits {
  /** Quiet time after the last change before a run. */
  debounceMs: number;
  /** Longest a pending run waits while changes keep coming. */
  maxWaitMs: number;
  /** Runs allowed in any 60-second window. */
  maxRunsPerMinute: number;
  /** Mutation runs allowed per article; navigation resets the count. */
  maxRuns: number;
}

export const DEFAULT_LIMITS: SchedulerLimits = {
  debounceMs: 400,
  maxWaitMs: 2_000,
  maxRunsPerMinute: 6,
  maxRuns: 20,
};

const MINUTE_MS = 60_000;

export interface Scheduler {
  request(reason: ChangeReason): void;
  /** Forget the run count (a new article starts with a fresh budget). */
  reset(): void;
  /** True once mutation runs have hit the hard cap. */
  exhausted(): boolean;
  runCount(): number;
  cancel(): void;
}

export function createScheduler(limits: SchedulerLimits, run: (reason: ChangeReason) => void): Scheduler {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstRequestAt = 0;
  let pending: ChangeReason | null = null;
  let mutationRuns = 0;
  let totalRuns = 0;
  const recentRuns: number[] = [];

  function clear(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  /** Milliseconds until the per-minute budget allows another run (0 = now). */
  function budgetDelay(now: number): number {
    while (recentRuns.length > 0 && now - (recentRuns[0] ?? 0) >= MINUTE_MS) recentRuns.shift();
    if (recentRuns.length < limits.maxRunsPerMinute) return 0;
    return MINUTE_MS - (now - (recentRuns[0] ?? now));
  }

  function fire(): void {
    timer = null;
    const reason = pending;
    if (reason === null) return;
    const now = Date.now();
    const wait = budgetDelay(now);
    if (wait > 0) {
      timer = setTimeout(fire, wait);
      return;
    }
    pending = null;
    recentRuns.push(now);
    totalRuns++;
    if (reason === 'mutation') mutationRuns++;
    run(reason);
  }

  function arm(): void {
    const now = Date.now();
    const untilMaxWait = firstRequestAt + limits.maxWaitMs - now;
    clear();
    timer = setTimeout(fire, Math.max(0, Math.min(limits.debounceMs, untilMaxWait)));
  }

  return {
    request(reason) {
      if (reason === 'mutation' && mutationRuns >= limits.maxRuns) return;
      if (pending === null) firstRequestAt = Date.now();
      // A navigation outranks mutations queued with it: the run is for a new article.
      pending = pending === 'navigation' ? 'navigation' : reason;
      arm();
    },
    reset() {
      mutationRuns = 0;
    },
    exhausted: () => mutationRuns >= limits.maxRuns,
    runCount: () => totalRuns,
    cancel() {
      clear();
      pending = null;
    },
  };
}

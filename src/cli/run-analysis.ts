// Runs analyzeInput in a worker thread with a bounded heap, and stops it when the run's signal
// aborts (the time limit): a page that would take minutes or gigabytes ends with a message instead.
import { Worker } from 'node:worker_threads';
import type { Analysis } from './analyze-input';
import { CliError } from './cli-error';
import type { LoadedInput } from './load-input';

/** The worker's JavaScript heap; jsdom's tree for the largest page the CLI accepts stays well under. */
const WORKER_HEAP_MB = 1024;
const WORKER_ENTRY = new URL('../../bin/analysis-worker.js', import.meta.url);

type WorkerAnswer = { ok: true; analysis: Analysis } | { ok: false; message: string };

export function runAnalysis(input: LoadedInput, name: string, signal: AbortSignal): Promise<Analysis> {
  const worker = new Worker(WORKER_ENTRY, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
  const stop = () => void worker.terminate();
  signal.addEventListener('abort', stop, { once: true });
  return new Promise<Analysis>((resolve, reject) => {
    worker.once('message', (answer: WorkerAnswer) => {
      if (answer.ok) resolve(answer.analysis);
      else reject(new Error(answer.message));
    });
    worker.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new CliError(`cannot analyse ${name}: it needs more than ${WORKER_HEAP_MB} MB of memory`)
        : error);
    });
    worker.once('exit', () => reject(new CliError(`cannot analyse ${name}: the analysis stopped`)));
    worker.postMessage(input);
  }).finally(() => {
    signal.removeEventListener('abort', stop);
    void worker.terminate();
  });
}

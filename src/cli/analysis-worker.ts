// The analysis, in a worker thread: jsdom, Readability and the core run synchronously, so only a
// separate thread lets the main thread stop them at the run's time limit (run-analysis.ts).
import { parentPort } from 'node:worker_threads';
import { analyzeInput } from './analyze-input';
import type { LoadedInput } from './load-input';

parentPort?.once('message', (input: LoadedInput) => {
  try {
    parentPort?.postMessage({ ok: true, analysis: analyzeInput(input) });
  } catch (error) {
    parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});

// Entry point of the CLI's analysis worker (src/cli/run-analysis.ts): a worker thread does not
// inherit the main thread's tsx loader, so it registers its own before loading the TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/analysis-worker.ts');

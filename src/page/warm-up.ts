// The first analyzeText call in a fresh isolated world pays a one-time cost: V8 compiles the rule
// functions and each regular expression on first use (measured 30–75 ms cold against 5–8 ms warm on
// the same article). Run once on a few short sentences, each in its own task, that cost is spread
// over several small tasks instead of landing inside the real analysis as one long task.
import { analyzeText } from '../core/index';

// Written for this purpose: each sentence wakes a different family of rules (plain narration,
// anonymous sources with descriptors and reasons, non-answers and evasions, named and vague sources).
const WARM_UP_SENTENCES = [
  'The council met on Tuesday and the budget was published in full.',
  'Two people familiar with the talks, who spoke on condition of anonymity because they were not authorized to discuss them, said the deal was close, according to a senior official.',
  'A spokesperson declined to comment, the mayor did not respond to a request for comment and could not be reached; “I’m not going to get into that,” she said.',
  'Critics say the plan is reportedly flawed, Jane Doe, a spokeswoman for the agency, said, citing court documents.',
];

let warmed = false;

/** Warms the engine once per world, pausing between sentences; later calls return at once. */
export async function warmUpAnalysis(pause: () => Promise<void>): Promise<void> {
  if (warmed) return;
  for (const sentence of WARM_UP_SENTENCES) {
    analyzeText(sentence);
    await pause();
  }
  warmed = true;
}

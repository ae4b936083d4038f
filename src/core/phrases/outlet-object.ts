// "sources tell ABC News", "officials told The Washington Post": the outlet a source spoke to is
// part of the attribution a reader sees, so the highlight runs to the end of its name.

import type { Token } from '../tokens';
import { OUTLET_NAME_WORDS } from '../lexicon/outlets';

const TELL_FORMS = new Set(['tell', 'tells', 'told', 'telling']);
// Words that end or make up a news outlet's name. Only these extend the span: "sources told Trump"
// names the listener, not the outlet, and must stay "sources told".
export const OUTLET_WORDS: ReadonlySet<string> = new Set([
  ...OUTLET_NAME_WORDS,
  // Safe only right after "told": as a subject, "the Review" or "the Standard" may be anything.
  'press', 'radio', 'tv', 'television', 'agency', 'pbs', 'msnbc', 'independent', 'observer', 'gazette',
  'chronicle', 'globe', 'inquirer', 'sun', 'mail', 'mirror', 'examiner', 'network', 'insider', 'intercept',
  'atlantic', 'economist', 'newsweek', 'time', 'cnbc', 'reporters', 'courier', 'ledger', 'star', 'bulletin',
  'record', 'dispatch', 'standard', 'register', 'review', 'sentinel',
]);
const MAX_NAME_WORDS = 5;

/** Index of the last token of an outlet named right after a "tell" verb at `verb`, or -1. */
export function outletAfterTell(tokens: Token[], verb: number): number {
  if (!TELL_FORMS.has(tokens[verb]?.lower ?? '')) return -1;
  let k = verb + 1;
  if (tokens[k]?.lower === 'the') k++;
  let last = -1;
  for (let n = 0; n < MAX_NAME_WORDS; n++, k++) {
    const t = tokens[k];
    if (!t || !t.isWord || !(t.capitalised || /^\d+$/.test(t.text))) break;
    if (OUTLET_WORDS.has(t.lower)) last = k;
  }
  return last;
}

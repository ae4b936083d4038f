// When a poll share ("52 percent", "six in 10") stands as a source. Shares are the commonest nouns
// that a cue verb's noun reading follows ("36 percent support among Democrats"), and they are most
// often inside a finding reported by a poll ("the poll found that 72 percent said"), where the
// poll is the source and the share is its content.

import type { Token } from '../tokens';
import type { Span } from './source-span';
import { ON_RECORD_CUE_FORMS } from '../lexicon/en/cues';

/** After these the cue form is a noun: "36 percent support among", "60% support: Vermont". */
const NOUN_FOLLOWERS = new Set(['among', 'in', 'for', 'against', 'from', 'with', 'at', 'of', 'on', 'to', ',', ':', ';', ')', '—', '–']);
/** How far back from the share a reporting verb or "that" makes it a poll's content. */
const NESTING_REACH = 3;

export function pollShareStands(tokens: Token[], span: Span, cue: number): boolean {
  if (NOUN_FOLLOWERS.has(tokens[cue + 1]?.lower ?? '')) return false;
  for (let k = span.start - 1; k >= 0 && span.start - k <= NESTING_REACH; k--) {
    const l = tokens[k]!.lower;
    if (l === 'that' || l === ':' || ON_RECORD_CUE_FORMS.has(l)) return false;
  }
  return true;
}

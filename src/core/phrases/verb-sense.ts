// Whether an attribution verb, in this sentence, makes its subject voice a claim. The same word has
// senses that do not: "blamed for the attacks" (a passive), "asked not to be named" (a request),
// "said goodbye" (a set phrase), "expressed milk", "saw him at the station".

import type { Token } from '../tokens';
import { EXPRESSED_VIEWS, PASSIVE_PARTICIPLES, SAY_SET_PHRASES } from '../lexicon/verbs';

const SEE_FORMS = new Set(['see', 'sees', 'saw']);
const ASK_FORMS = new Set(['ask', 'asks', 'asked']);
const EXPRESS_FORMS = new Set(['express', 'expresses', 'expressed']);
const REQUEST_OBJECTS = new Set(['that', 'not', 'for', 'to']);

/** True when the attribution verb at `verb` voices its subject's claim or view. */
export function voicesClaim(tokens: Token[], verb: number): boolean {
  const word = tokens[verb]!.lower;
  const after = tokens[verb + 1]?.lower ?? '';
  // A reduced passive names what was done to the noun: "officials told by the minister".
  if (after === 'by' && !word.endsWith('ing')) return false;
  if (PASSIVE_PARTICIPLES.get(word)?.has(after)) return false;
  // "asked that their name not be published", "asked not to be named": a request, not a claim.
  if (ASK_FORMS.has(word) && REQUEST_OBJECTS.has(after)) return false;
  if (SAY_SET_PHRASES.has(after) && word.startsWith('sa')) return false;
  if (EXPRESS_FORMS.has(word) && !expressesView(tokens, verb)) return false;
  if (SEE_FORMS.has(word) && !seesAsView(tokens, verb)) return false;
  // "protested the fee rise" is an act; "protested that the fee was unfair" is a claim.
  if (word === 'protested' && !(after === 'that' || after === ',' || after === ':' || after === '“' || after === '"')) return false;
  return true;
}

/** "expressed deep doubts about": a view noun within three words of the verb. */
function expressesView(tokens: Token[], verb: number): boolean {
  for (let k = verb + 1; k < tokens.length && k - verb <= 3; k++) if (EXPRESSED_VIEWS.has(tokens[k]!.lower)) return true;
  return false;
}

/** "saw the move as a snub" is a view; "saw him near the station" is eyesight. */
function seesAsView(tokens: Token[], verb: number): boolean {
  // "what many see as a mistake": the object is the relative pronoun before the verb.
  if (tokens[verb + 1]?.lower === 'that' || tokens[verb + 1]?.lower === 'as') return true;
  for (let k = verb + 2; k < tokens.length && k - verb <= 8; k++) if (tokens[k]!.lower === 'as') return true;
  return false;
}

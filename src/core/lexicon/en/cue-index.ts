// Every word that can carry an attribution, in one set: a sentence without any of them holds no
// attributed statement, so the attribution rules skip it before any phrase is walked. The set is
// derived from the lexicons the grammar reads, so it cannot miss a word the rules would use.

import { ATTRIBUTION_VERBS, INVERSION_VERBS, STANCE_ADJECTIVES } from '../verbs';
import { AGENT_PARTICIPLES, CUE_FORMS, GROUP_TALK_NOUNS, INTERVIEW_VERBS, ON_RECORD_CUE_FORMS, STATEMENT_NOUNS } from './cues';
import { ON_RECORD_EXTRA_LEMMA } from './on-record-cues';

/** Words outside the verb lexicons that open an attribution: "according to", "citing", "interviews". */
const OPENERS = ['according', 'citing', 'cited', 'quoting', 'quoted', 'interviews', ':'];

export const ATTRIBUTION_CUE_WORDS: ReadonlySet<string> = new Set([
  ...ATTRIBUTION_VERBS, ...INVERSION_VERBS, ...STANCE_ADJECTIVES, ...CUE_FORMS, ...ON_RECORD_CUE_FORMS, ...ON_RECORD_EXTRA_LEMMA.keys(),
  ...AGENT_PARTICIPLES, ...STATEMENT_NOUNS, ...INTERVIEW_VERBS, ...GROUP_TALK_NOUNS, ...OPENERS,
]);

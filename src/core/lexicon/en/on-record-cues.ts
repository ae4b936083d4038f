// Cue verbs only the on-record reader uses: they attribute a view to a named speaker often enough
// to count, but describe unnamed people too often for the anonymous-source rules. Each attributes
// only with one of the words listed after it ("spoke about", "made clear", "continued, “…"), which
// keeps the acts these verbs also name ("spoke to reporters", "made a trip") out.

import { verbForms } from './inflect';

const NEEDS: ReadonlyArray<[string, readonly string[]]> = [
  ['speak', ['about', 'of', 'out', 'against', 'favorably', 'highly', 'openly']],
  ['make', ['clear', 'it']],
  ['continue', [',', ':', '“', '"']],
  ['defend', ['the', 'his', 'her', 'their', 'its', 'himself', 'herself', 'themselves', 'itself']],
  ['tout', ['the', 'his', 'her', 'their', 'its', 'a']],
  ['advocate', ['for', 'a', 'the']],
  ['push', ['for', 'back']],
  ['vote', ['for', 'against']],
];

/** Past forms the shared inflector does not know; it is another team's, so they are added here. */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = { make: ['made'] };

/** Every form of these verbs, with its lemma. */
export const ON_RECORD_EXTRA_LEMMA: ReadonlyMap<string, string> = new Map(
  NEEDS.flatMap(([lemma]) => [...verbForms(lemma), ...(IRREGULAR[lemma] ?? [])].map((f) => [f, lemma] as [string, string])),
);

/** The words one of which must follow each verb for it to attribute. */
export const ON_RECORD_EXTRA_NEXT: ReadonlyMap<string, ReadonlySet<string>> = new Map(NEEDS.map(([l, next]) => [l, new Set(next)]));

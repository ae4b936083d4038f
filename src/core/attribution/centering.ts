// "Jeb Bush says X. Bush is panning the measures in an op-ed. He says …": a pronoun that opens its
// clause most often continues the subject of the sentence before (the centring of discourse), even
// when someone else was mentioned in between. This reads that subject when it is a name.

import { isNameInText } from '../phrases/name-evidence';

/** How far back the previous sentence may start. */
const WINDOW = 500;
/** Leading words before a sentence's subject: "But Lee said", "When pressed, Lee said". */
const OPENER = /^(?:(?:But|And|So|Still|Yet|Then|Meanwhile|Instead|Later|Earlier|Now|Also),?\s+)+/u;
const SUBORDINATE = /^(?:When|After|As|While|If|Although|Though|Before|Since|In|On|At|During|Despite|Asked|Speaking|Earlier)\b[^,]{0,80},\s*/u;
/** A name as a sentence subject, with an optional title, then a lower-case verb (an apposition may sit between). */
const SUBJECT_NAME = /^((?:(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov|Gen|Prof)\.?\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)(?:,[^,]{1,80},)?\s+\p{Ll}/u;
/** Capitalised words that start sentences without being names. */
const NOT_SUBJECT_NAMES = /^(?:The|A|An|This|That|These|Those|It|There|He|She|They|We|I|You|His|Her|Their|Its|Our|My|Some|Many|Most|One|Two|Both|All|No|Other|Another|What|Why|How|Who)\b/u;

/** The name that was the subject of the sentence ending before `sentenceStart`, or null. */
export function previousSubjectName(text: string, sentenceStart: number): string | null {
  const window = text.slice(Math.max(0, sentenceStart - WINDOW), sentenceStart).trimEnd();
  const pieces = window.split(/(?<=[.!?][”"’)]*)\s+|\n+/u);
  let last = (pieces.at(-1) ?? '').trim();
  if (!last || last.length < 8) return null;
  last = last.replace(OPENER, '').replace(SUBORDINATE, '');
  const m = SUBJECT_NAME.exec(last);
  if (!m || NOT_SUBJECT_NAMES.test(m[1]!)) return null;
  const name = m[1]!.trim();
  // A lone capitalised word is a name only if the text uses it as one elsewhere ("Kasich", not "Voters").
  if (!/\s/.test(name) && !isNameInText(text, name)) return null;
  return name;
}

// Shared loop of the non-answer rules: run a rule's phrase patterns over the sentence, drop
// questions and conditionals ("So you can't say…?", "If I haven't had…"), and name who did not answer.

import type { NonAnswerDetails, NonAnswerSubtype } from '../types';
import type { RuleMatch, SentenceContext } from '../rules/rule';

export interface NonAnswerPattern {
  pattern: RegExp;
  subtype: NonAnswerSubtype;
  /** True for an evasive reply in the speaker's own words. */
  quoted?: boolean;
  /** Lower-case words (whole tokens) the pattern cannot match without; the regex runs only when one is present. */
  cues: readonly string[];
}

const SPOKES = /\b(?:spokes(?:man|woman|person|people)|representatives?|press (?:secretary|office|officer)|publicist)\b/i;
const INSTITUTION = /\b(?:the )?(?:[A-Z][\w.&’'-]*\s){0,5}(?:Department|Ministry|Office|Agency|House|Company|Corp|Inc|Police|Committee|Commission|Council|Bureau|Service|Administration|Campaign|team|department|office|company|agency|ministry|campaign|spokesperson)\b/;
const NAME = /^(?:[A-Z][\p{L}’'.-]+\s?){1,4}$/u;

/** The words before the non-answer in its clause: "Justice Department spokesperson Sarah Flores". */
function whoBefore(sentence: string, index: number): Pick<NonAnswerDetails, 'who' | 'whoKind'> {
  const clause = sentence.slice(Math.max(0, index - 120), index);
  const cut = Math.max(clause.lastIndexOf(','), clause.lastIndexOf(';'), clause.lastIndexOf('“'), clause.lastIndexOf(':'));
  let who = clause.slice(cut + 1).replace(/\b(?:has|have|had|was|were|is|also|so far|still|again|repeatedly|initially|then)\s*$/i, '').trim();
  who = who.replace(/^(?:and|but|while|as|meanwhile)\s+/i, '').trim();
  if (!who || who.length > 90) return { who: null, whoKind: 'unknown' };
  if (SPOKES.test(who)) return { who, whoKind: 'spokesperson' };
  if (/^(?:he|she|they|I|we|it)$/i.test(who)) return { who, whoKind: 'unknown' };
  if (INSTITUTION.test(who) || /^the\s/i.test(who)) return { who, whoKind: 'institution' };
  if (NAME.test(who)) return { who, whoKind: 'named_person' };
  return { who, whoKind: 'unknown' };
}

const PRONOUN_SUBJECT = /(?:^|(?<=[\s,;:“"]))(?:he|she|they|we|it|I) $/i;

/** True when the phrase sits in a question: the next terminator after it is "?". */
function inQuestion(sentence: string, end: number): boolean {
  const rest = sentence.slice(end);
  const m = /[.!?]/.exec(rest);
  return m?.[0] === '?';
}

/**
 * "“They did not say why,” said a neighbour": inside a whole quoted sentence, "he/she/they did not say"
 * is the quoted speaker's story about other people, not a refusal to answer the reporter. An
 * institution's own words ("“The company does not comment on…,” a spokesman said") and partial
 * quotes ("said it “would not comment”") still count.
 */
function quotesSomeoneElse(sentence: string, index: number): boolean {
  let open = -1;
  for (let k = 0; k < index; k++) {
    const c = sentence.charCodeAt(k);
    if (c === 0x201c) open = k;
    else if (c === 0x201d) open = -1;
    else if (c === 0x22) open = open < 0 ? k : -1;
  }
  if (open < 0) return false;
  const lead = sentence.slice(0, open).trim();
  if (lead !== '' && !lead.endsWith(':')) return false;
  return /(?:^|[\s“"])(?:he|she|they)\s+$/i.test(sentence.slice(Math.max(open, index - 8), index));
}

/** How far back a quotation may have opened: a paragraph of several quoted sentences. */
const QUOTE_REACH = 2000;

/** True when `at` sits inside quotation marks opened earlier in its paragraph. */
function insideQuotation(text: string, at: number): boolean {
  const floor = Math.max(0, at - QUOTE_REACH);
  let from = text.lastIndexOf('\n', at);
  if (from < floor) from = floor;
  let open = false;
  for (let k = from; k < at; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x201c) open = true;
    else if (c === 0x201d) open = false;
    else if (c === 0x22) open = !open;
  }
  return open;
}

/** Cheap gate before a regex: does the sentence hold one of these words? */
export function hasAnyWord(ctx: SentenceContext, words: readonly string[]): boolean {
  for (const w of words) if (ctx.words.has(w)) return true;
  return false;
}

export function findNonAnswers(ctx: SentenceContext, patterns: readonly NonAnswerPattern[]): RuleMatch[] {
  const base = ctx.sentence.start;
  const sentence = ctx.sentenceText;
  const out: RuleMatch[] = [];
  for (const { pattern, subtype, quoted, cues } of patterns) {
    if (!hasAnyWord(ctx, cues)) continue;
    for (const m of sentence.matchAll(pattern)) {
      const index = m.index ?? 0;
      if (inQuestion(sentence, index + m[0].length)) continue;
      if (/\b(?:if|unless|whether)\s+(?:\S+\s+){0,2}$/i.test(sentence.slice(Math.max(0, index - 30), index))) continue;
      if (!quoted && quotesSomeoneElse(sentence, index)) continue;
      // A first-person evasion is a reply only inside quotation marks; "we won't discuss X here" in
      // a book's own prose is the author's, not a non-answer.
      if (quoted && !insideQuotation(ctx.text, base + index)) continue;
      const who = quoted ? speakerOfQuote(sentence) : whoBefore(sentence, index);
      // "He could not say": a pronoun subject belongs to the highlight, since the verb alone reads
      // as a fragment; a named subject stays out ("Flores declined to comment").
      const pronoun = quoted ? null : PRONOUN_SUBJECT.exec(sentence.slice(Math.max(0, index - 6), index));
      const from = pronoun ? index - pronoun[0].length : index;
      out.push({
        kind: 'non_answer', subtype, start: base + from, end: base + index + m[0].length,
        details: { ...who, quoted: quoted ?? false },
      });
    }
  }
  return out;
}

/** For a quoted evasion, the speaker named around the quote: "…,” Spicer said / Spicer responded: “…”. */
function speakerOfQuote(sentence: string): Pick<NonAnswerDetails, 'who' | 'whoKind'> {
  const after = /[”"],?\s+((?:[A-Z][\p{L}’'.-]+\s?){1,3})\s+(?:said|says|added|replied|responded|told)/u.exec(sentence);
  const before = /((?:[A-Z][\p{L}’'.-]+\s?){1,3})\s+(?:said|says|added|replied|responded|told \w+):?\s*[“"]/u.exec(sentence);
  const name = (after?.[1] ?? before?.[1])?.trim();
  return name ? { who: name, whoKind: 'named_person' } : { who: null, whoKind: 'unknown' };
}

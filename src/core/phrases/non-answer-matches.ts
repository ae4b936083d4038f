// Shared loop of the non-answer rules: run a rule's phrase patterns over the sentence, drop
// questions and conditionals ("So you can't say…?", "If I haven't had…"), and name who did not answer.

import type { NonAnswerDetails, NonAnswerSubtype } from '../types';
import type { RuleMatch, SentenceContext } from '../rules/rule';
import { cuedPatterns, holdsEach, searchKeys, sentenceFacts } from './non-answer-gates';

export interface NonAnswerPattern {
  pattern: RegExp;
  subtype: NonAnswerSubtype;
  /** True for an evasive reply in the speaker's own words. */
  quoted?: boolean;
  /** Lower-case words (whole tokens) the pattern cannot match without; the regex runs only when one is present. */
  cues: readonly string[];
  /**
   * Phrase lists the match holds one of each of (lower-case, single-spaced), searched in the folded
   * sentence before the regex runs: the required word parts of a class.
   */
  needs?: readonly (readonly string[])[];
  /** Matches to drop: a reading that looks like a non-answer but is not one. */
  unless?: readonly NonAnswerException[];
  /** When the pattern captures `who`, the capture must pass this test (a person or an institution). */
  whoMustBe?: RegExp;
}

/** A look-alike to leave out, with the reason: tested around (or on) one match. */
export interface NonAnswerException {
  why: string;
  /** Tested on up to 80 characters before the match (anchor it with $). */
  before?: RegExp;
  /** Tested on the rest of the sentence after the match (anchor it with ^). */
  after?: RegExp;
  /** Tested on the matched words themselves. */
  span?: RegExp;
}

/** True when one of the exceptions applies to the match at [index, end) of the sentence. */
function excepted(sentence: string, index: number, end: number, unless: readonly NonAnswerException[] | undefined): boolean {
  if (!unless) return false;
  const before = sentence.slice(Math.max(0, index - 80), index);
  const after = sentence.slice(end);
  const span = sentence.slice(index, end);
  return unless.some((u) => (u.before?.test(before) ?? false) || (u.after?.test(after) ?? false) || (u.span?.test(span) ?? false));
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
  return classifyWho(who);
}

/** What kind of subject a phrase names: a spokesperson, an institution, a person, or unknown. */
export function classifyWho(phrase: string): Pick<NonAnswerDetails, 'who' | 'whoKind'> {
  // "neither the club nor its lawyer", "nobody at the agency": who is the club and its lawyer, the agency.
  const who = phrase.trim().replace(/^(?:neither|none of|(?:nobody|no one|no-one|anyone|anybody) (?:at|from|in|for))\s+/i, '').replace(/\s+nor\s+/i, ' and ');
  if (!who || who.length > 90) return { who: null, whoKind: 'unknown' };
  if (SPOKES.test(who)) return { who, whoKind: 'spokesperson' };
  if (/^(?:he|she|they|I|we|it)$/i.test(who)) return { who, whoKind: 'unknown' };
  if (INSTITUTION.test(who) || /^the\s/i.test(who)) return { who, whoKind: 'institution' };
  if (NAME.test(who)) return { who, whoKind: 'named_person' };
  return { who, whoKind: 'unknown' };
}

const PRONOUN_SUBJECT = /(?:^|(?<=[\s,;:“"]))(?:he|she|they|we|it|I) $/i;

/**
 * True when the phrase sits in a question: the next terminator after it is "?", in the same clause.
 * "…is cagey on the details, including … — can one member keep their data?" asks its question
 * after a dash; the statement before it stands.
 */
function inQuestion(sentence: string, end: number): boolean {
  const rest = sentence.slice(end);
  const m = /[.!?]/.exec(rest);
  if (m?.[0] !== '?') return false;
  return !/[;:—–]/.test(rest.slice(0, m.index));
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
  // Curly apostrophes straightened (one code unit for one, so offsets hold): "didn’t" reads as "didn't".
  const { straight: sentence, folded } = sentenceFacts(ctx);
  const cued = cuedPatterns(ctx, patterns);
  const out: RuleMatch[] = [];
  for (let p = 0; p < patterns.length; p++) {
    if (!cued[p]) continue;
    const { pattern, subtype, quoted, needs, unless, whoMustBe } = patterns[p]!;
    if (needs && !holdsEach(folded, needs)) continue;
    for (const m of sentence.matchAll(pattern)) {
      const index = m.index ?? 0;
      if (inQuestion(sentence, index + m[0].length)) continue;
      if (excepted(sentence, index, index + m[0].length, unless)) continue;
      if (/\b(?:if|unless|whether)\s+(?:\S+\s+){0,2}$/i.test(sentence.slice(Math.max(0, index - 30), index))) continue;
      if (!quoted && quotesSomeoneElse(sentence, index)) continue;
      // A first-person evasion is a reply only inside quotation marks; "we won't discuss X here" in
      // a book's own prose is the author's, not a non-answer.
      if (quoted && !insideQuotation(ctx.text, base + index)) continue;
      // A class may name who did not answer inside its own words: "no reply from the club".
      const named = m.groups?.['who'];
      if (named !== undefined && whoMustBe && !whoMustBe.test(named)) continue;
      const who = named ? classifyWho(named) : quoted ? speakerOfQuote(sentence) : whoBefore(sentence, index);
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

// ---- Phrasing classes: declarative records compiled into patterns ----------------------------

/** One named part of a phrase: a word group from the lexicon, or a short pattern of its own. */
export interface PhrasePart {
  /** What the part is, for the reader and for `trigger`: "negation", "verb", "who". */
  name: string;
  /** Words or phrases (any one of them), from src/core/lexicon/non-answers.ts. */
  words?: readonly string[];
  /** A short regex source, when the part is not a word list (a name, a bounded tail). */
  pattern?: string;
  optional?: boolean;
  /** Joined to the previous part without a space ("’s"). */
  glued?: boolean;
  /** Captured as who did not answer ("no reply from <the club>"). */
  capture?: 'who';
}

export interface NonAnswerExample {
  text: string;
  /** The highlighted words the class must produce (a finding overlapping them, of the class's subtype). */
  match: string;
  /** Who did not answer, when the example pins it. */
  who?: string;
}

/** The rules that report non-answers; each class says which one reports it. */
export type NonAnswerRuleId = 'declined-to-comment' | 'no-response' | 'unable-or-unavailable' | 'refused-or-evaded' | 'evasive-reply';

/** A way of writing a non-answer: its words, the order they come in, exceptions and examples. */
export interface NonAnswerClass {
  id: string;
  rule: NonAnswerRuleId;
  subtype: NonAnswerSubtype;
  description: string;
  /** The phrase, part by part, joined by white space. */
  parts: readonly PhrasePart[];
  /** The part whose words gate the regex: every match holds one of them. */
  trigger: string;
  /** A zero-width check on what must follow the phrase (regex source), e.g. the clause's end. */
  followedBy?: string;
  /** An evasion in the speaker's own words: counts only inside quotation marks. */
  quoted?: boolean;
  unless?: readonly NonAnswerException[];
  /** A test the captured `who` must pass: "efforts to reach the mayor", not "efforts to reach a deal". */
  whoMustBe?: RegExp;
  examples: readonly NonAnswerExample[];
  counterExamples: readonly string[];
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One lexicon phrase as regex source: spaces match any white space, the first letter either case. */
function phraseSource(phrase: string): string {
  const body = escapeRegex(phrase).replace(/ /g, '\\s+');
  const first = phrase[0]!;
  const lower = first.toLowerCase();
  const upper = first.toUpperCase();
  return lower === upper ? body : `[${lower}${upper}]${body.slice(1)}`;
}

/** Any one of the phrases, longest first, ending on a word boundary. */
export function anyOf(words: readonly string[]): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map(phraseSource).join('|')})(?![\\w'])`;
}

function partSource(part: PhrasePart): string {
  const src = part.words ? anyOf(part.words) : part.pattern;
  if (src === undefined) throw new Error(`phrase part ${part.name} has neither words nor pattern`);
  return part.capture ? `(?<${part.capture}>${src})` : src;
}

/** The regex of a class: its parts in order, optional ones wrapped, starting on a word boundary. */
export function classPattern(cls: NonAnswerClass): RegExp {
  const [first, ...rest] = cls.parts;
  if (!first || first.optional) throw new Error(`${cls.id}: the first part must be required`);
  let src = `(?<![\\w'])${partSource(first)}`;
  for (const part of rest) {
    const piece = (part.glued ? '' : '\\s+') + partSource(part);
    src += part.optional ? `(?:${piece})?` : piece;
  }
  if (cls.followedBy) src += `(?=${cls.followedBy})`;
  return new RegExp(src, 'g');
}

/** The token a phrase cannot appear without: its longest word, lower-cased as tokens are. */
function cueOf(phrase: string): string {
  const words = phrase.toLowerCase().split(/\s+/).map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ''));
  return words.reduce((a, b) => (b.length > a.length ? b : a), '');
}

/** The trigger words of a class, derived from its trigger part. */
export function classCues(cls: NonAnswerClass): string[] {
  const part = cls.parts.find((p) => p.name === cls.trigger);
  if (!part?.words || part.optional) throw new Error(`${cls.id}: trigger ${cls.trigger} must be a required word part`);
  return [...new Set(part.words.map(cueOf))];
}

/**
 * The required word parts, as search keys, fewest keys first. The trigger's cue words gate by token
 * already, but its whole phrases ("said only") are rarer still. A part with a key of three characters
 * or fewer ("it", "the") is in nearly every sentence and gates nothing.
 */
export function classNeeds(cls: NonAnswerClass): string[][] {
  return cls.parts
    .filter((p) => p.words && !p.optional)
    .map((p) => searchKeys(p.words!))
    .filter((keys) => keys.every((k) => k.length > 3))
    .sort((a, b) => a.length - b.length);
}

/** A class as the shared loop runs it. */
export function compileClass(cls: NonAnswerClass): NonAnswerPattern {
  return {
    pattern: classPattern(cls), subtype: cls.subtype, quoted: cls.quoted, cues: classCues(cls), needs: classNeeds(cls),
    unless: cls.unless, whoMustBe: cls.whoMustBe,
  };
}

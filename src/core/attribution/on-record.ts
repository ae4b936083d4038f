// The attribution layer's on-record half: every cue in a sentence, its source, and that source's
// kind. Named people, institutions, documents and publications come out as attributions for the
// score (S9, S11); pronouns are resolved to the nearest earlier on-record speaker they can mean, so
// "she added" after "Ann Lee said" counts for Ann Lee. Unnamed people are left to the anonymous
// rules, which highlight them; a pronoun whose nearest antecedent is unnamed is the follow-up rule's.

import type { Token } from '../tokens';
import type { SpeakerEvent } from '../rules/rule';
import type { FoundAttribution } from '../attributions';
import { INVERTING_FORMS, NEEDS_NEXT, NEGATABLE_FORMS, ON_RECORD_CUE_FORMS, ON_RECORD_FREE, cueLemma } from '../lexicon/en/cues';
import { ON_RECORD_EXTRA_LEMMA, ON_RECORD_EXTRA_NEXT } from '../lexicon/en/on-record-cues';
import { NOUN_MARKERS, PHRASE_STOPS, SOURCE_PRONOUNS } from '../lexicon/en/sources';
import { DETERMINERS } from '../lexicon/nouns';
import { clauseSubjects, sharesClauseSubject } from './clause-subject';
import { phraseEndingAt, phraseStartingAt, subjectOf, type Span } from './source-span';
import { classifySource, isPollShare, type SourceKind } from './classify-source';
import { pollShareStands } from './poll-share';
import { insideQuotation } from '../phrases/name-evidence';
import { voicesClaim } from '../phrases/verb-sense';
import { WRITER } from './writer';
import { previousSubjectName } from './centering';

type OnRecordKind = FoundAttribution['kind'];
const ON_RECORD = new Set<SourceKind>(['named_person', 'institution', 'publication', 'document']);
/** How far back (in characters) a pronoun may find its antecedent. */
const REACH = 800;
const QUOTE_OR_COMMA = new Set([',', '”', '"', '“', "'"]);

interface Site { span: Span; cue: number; order: 'subject' | 'inverted' | 'according' | 'clause' | 'colon' }

/** The cue word at `i` attributes here: it needs no missing particle ("pointed to", "called for"). */
function isCue(tokens: Token[], i: number, first: number): boolean {
  const word = tokens[i]!.lower;
  const extra = ON_RECORD_EXTRA_LEMMA.get(word);
  if (!extra && !ON_RECORD_CUE_FORMS.has(word)) return false;
  // Capitalised mid-sentence it is a name or a headline word: "the United States", "Attacks Highlight".
  if (tokens[i]!.capitalised && i !== first) return false;
  // After "of" or a determiner it is a noun: "secretary of state", "a majority of pledged delegates".
  if (!word.endsWith('ing') && NOUN_MARKERS.has(tokens[i - 1]?.lower ?? '')) return false;
  const lemma = extra ?? cueLemma(word) ?? word;
  // "asked not to be named", "said goodbye": the verb's other senses voice nothing.
  if (!voicesClaim(tokens, i)) return false;
  const needs = extra ? ON_RECORD_EXTRA_NEXT.get(extra) : ON_RECORD_FREE.has(lemma) ? undefined : NEEDS_NEXT.get(lemma);
  return !needs || needs.has(tokens[i + 1]?.lower ?? '');
}

function sitesOf(text: string, tokens: Token[], first: number): Site[] {
  const sites: Site[] = [];
  const colon = colonSite(text, tokens, first);
  if (colon) sites.push(colon);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      const span = phraseStartingAt(tokens, i + 2);
      if (span) sites.push({ span, cue: i, order: 'according' });
      continue;
    }
    if (!t.isWord || !isCue(tokens, i, first)) continue;
    // "…,” said Ann Lee." / "…, says the ministry.": the source follows, and ends the clause.
    if (INVERTING_FORMS.has(t.lower) && (i === 0 || QUOTE_OR_COMMA.has(tokens[i - 1]!.text))) {
      const span = phraseStartingAt(tokens, i + 1);
      const after = span ? tokens[span.end] : undefined;
      // A clause after the cue that names no source is what was said: "Lee, a farmer, said the rain came late".
      const ends = span && (!after || !after.isWord || after.lower === 'who');
      if (ends && classifySource(tokens, span, text, first) !== 'none') { sites.push({ span, cue: i, order: 'inverted' }); continue; }
    }
    // ", saying …", "… and said", "went on to say": the verb shares the clause's subject.
    if (sharesClauseSubject(tokens, i)) {
      const span = clauseSubjects(tokens, first).find((s) => s.end <= i && classifySource(tokens, s, text, first) !== 'none');
      if (span) sites.push({ span, cue: i, order: 'clause' });
      continue;
    }
    const subject = subjectOf(tokens, i);
    if (!subject || (subject.negated && !NEGATABLE_FORMS.has(t.lower))) continue;
    if (disagrees(tokens, subject.span, i)) continue;
    sites.push({ span: subject.span, cue: i, order: 'subject' });
  }
  return sites;
}

/** How many words a speaker label before a colon may have: "Rep. Trey Gowdy (R-S.C.):". */
const MAX_LABEL = 6;
const DASH = new Set(['-', '—', '–']);
const OPENING_QUOTES = new Set(['“', '"', '‘', "'"]);

/**
 * "Lee: “We will win.”", "Paul Ryan: Decision Defies Explanation": a name that opens the sentence (or
 * follows a dash) and ends at its first colon. Section labels look the same ("The Latest:", "UPDATE:",
 * "Delegate Update:"), so without a quotation after it the label must be a name the text uses as one.
 */
/** The word appears, capitalised, in the stretch of text before it: "Omar Reyes said …" before "Reyes: …". */
function namedBefore(text: string, word: Token): boolean {
  const before = text.slice(Math.max(0, word.start - 4 * REACH), word.start);
  const at = before.lastIndexOf(word.text);
  return at >= 0 && !/\p{L}/u.test(before[at + word.text.length] ?? '');
}

function colonSite(text: string, tokens: Token[], first: number): Site | null {
  let start = first;
  let colon = -1;
  // A label is a few words at the start, so the colon can only be within reach of the first word.
  for (let k = first; k >= 0 && k < tokens.length && colon < 0 && k - first <= MAX_LABEL + 8; k++) {
    if (DASH.has(tokens[k]!.text)) start = k + 1;
    if (tokens[k]!.text === ':') colon = k;
  }
  if (colon < 0) return null;
  let end = colon;
  // A party-and-state tag after the name: "Gowdy (R-S.C.):".
  if (tokens[end - 1]?.text === ')') while (end > start && tokens[end - 1]!.text !== '(') end--;
  if (tokens[end - 1]?.text === '(') end--;
  const label = tokens.slice(start, end);
  const words = label.filter((t) => t.isWord);
  if (words.length === 0 || words.length > MAX_LABEL || DETERMINERS.has(words[0]!.lower)) return null;
  if (!label.every((t) => t.capitalised || t.text === '.')) return null;
  const next = tokens[colon + 1];
  const quoted = !!next && OPENING_QUOTES.has(next.text);
  if (!quoted) {
    const surname = words.at(-1)!;
    if (!next?.capitalised || surname.text === surname.text.toUpperCase() || !namedBefore(text, surname)) return null;
  }
  return { span: { start, end }, cue: colon, order: 'colon' };
}

const PLURAL_COUNTS = new Set(['many', 'several', 'some', 'two', 'three', 'four', 'five', 'most', 'few', 'both', 'all']);

/** "many Republican claims", "Valeant shares": a third-person "-s" after a plural is a noun, not the verb. */
function disagrees(tokens: Token[], span: Span, cue: number): boolean {
  const word = tokens[cue]!.lower;
  const lemma = cueLemma(word);
  if (!lemma || !word.endsWith('s') || word === lemma || cue !== span.end) return false;
  const head = tokens[span.end - 1]!;
  const pluralHead = !head.capitalised && head.lower.endsWith('s') && !head.lower.endsWith('ss');
  return pluralHead || PLURAL_COUNTS.has(tokens[span.start]!.lower);
}

/** Determiners of a definite description that refers back: "the investor", "this senator". */
const BACK_POINTING = new Set(['the', 'this', 'that']);
/** A name written out: "Mr. Lee", "Dr. Ann Ray", "Ann Lee". */
const NAME_MENTION = /\b(?:(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov)\.? \p{Lu}[\p{L}'’-]+|\p{Lu}\p{Ll}+ (?:\p{Lu}\. )?\p{Lu}[\p{L}'’-]+)/gu;

/** The last name written in the text shortly before `at`, for a pronoun with no speaker to point to. */
function nameBefore(text: string, at: number): string | null {
  const window = text.slice(Math.max(0, at - REACH), at);
  let last: string | null = null;
  for (const m of window.matchAll(NAME_MENTION)) last = m[0];
  return last;
}

function resolvePronoun(text: string, tokens: Token[], span: Span, speakers: readonly SpeakerEvent[], first: number): { kind: SourceKind; name: string } | null {
  const word = tokens[span.start]!.lower;
  const need = SOURCE_PRONOUNS.get(word)!;
  const at = tokens[span.start]!.start;
  // "I" and "we" outside a quotation are the writer, on the record by the byline.
  if (need === 'speaker') return { kind: 'named_person', name: WRITER };
  if (need === 'relative') {
    // "Lee, who said …": the relative pronoun stands for the phrase before its comma.
    const before = tokens[span.start - 1]?.text === ',' ? span.start - 2 : span.start - 1;
    const phrase = before >= 0 ? phraseEndingAt(tokens, before) : null;
    if (!phrase) return null;
    const kind = classifySource(tokens, phrase, text, first);
    return ON_RECORD.has(kind) ? { kind, name: text.slice(tokens[phrase.start]!.start, tokens[phrase.end - 1]!.end) } : null;
  }
  // "He says …" right after a sentence whose subject was a name continues that name.
  const centred = need === 'person' && span.start === first ? previousSubjectName(text, tokens[first]!.start) : null;
  if (centred) return { kind: 'named_person', name: centred };
  const found = antecedent(speakers, at, need);
  if (found) return { kind: found.institution ? 'institution' : 'named_person', name: found.descriptor };
  if (need !== 'person' || nearerAnonymous(speakers, at)) return null;
  const named = nameBefore(text, at);
  return named ? { kind: 'named_person', name: named } : null;
}

function nearerAnonymous(speakers: readonly SpeakerEvent[], at: number): boolean {
  for (let k = speakers.length - 1; k >= 0; k--) {
    const s = speakers[k]!;
    if (s.at >= at) continue;
    return at - s.at <= REACH && s.anonymous;
  }
  return false;
}

/** The nearest earlier on-record speaker a pronoun can stand for, or null (none, or an unnamed one nearer). */
function antecedent(speakers: readonly SpeakerEvent[], at: number, need: 'person' | 'group' | 'thing'): SpeakerEvent | null {
  for (let k = speakers.length - 1; k >= 0; k--) {
    const s = speakers[k]!;
    if (s.at >= at) continue;
    if (at - s.at > REACH) return null;
    // An unnamed speaker of the other number ("supporters" before "she") is not what the pronoun means.
    if (s.anonymous && (need !== 'person' || !s.plural)) return null;
    if (s.anonymous) continue;
    if (need === 'person' && !s.plural && s.subtype === null && !s.institution) return s;
    if (need === 'group' && (s.plural || s.institution)) return s;
    if (need === 'thing' && s.institution) return s;
  }
  return null;
}

export function findOnRecord(text: string, tokens: Token[], speakers: readonly SpeakerEvent[]): FoundAttribution[] {
  const out: FoundAttribution[] = [];
  const first = tokens.findIndex((t) => t.isWord);
  for (const site of sitesOf(text, tokens, first)) {
    const { span, cue } = site;
    // Words inside a quotation are the quoted speaker's, not the story's attributions.
    if (insideQuotation(tokens, span.start)) continue;
    let kind = classifySource(tokens, span, text, first);
    let name = text.slice(tokens[span.start]!.start, tokens[span.end - 1]!.end);
    const at = tokens[span.start]!.start;
    if (kind === 'pronoun') {
      const resolved = resolvePronoun(text, tokens, span, speakers, first);
      if (!resolved) continue;
      ({ kind, name } = resolved);
    } else if (kind === 'person_noun' && BACK_POINTING.has(tokens[span.start]!.lower)) {
      // "the investor said" after "Mark Cuban …": a definite role points back to someone the story
      // named. An unnamed antecedent ("the official said") is the follow-up rule's, which wins the span.
      const named = antecedent(speakers, at, 'person') ?? nameBefore(text, at);
      if (!named) continue;
      kind = 'named_person';
      name = typeof named === 'string' ? named : named.descriptor;
    }
    // "according to audio provided to the paper", "according to his Facebook profile": whatever is not a
    // person, "according to" cites it as a record.
    if (kind === 'none' && site.order === 'according') kind = 'document';
    if (!ON_RECORD.has(kind)) continue;
    if (kind === 'document' && isPollShare(tokens, span) && !pollShareStands(tokens, span, cue)) continue;
    const lo = Math.min(tokens[span.start]!.start, tokens[cue]!.start);
    const cueEnd = site.order === 'according' ? tokens[cue + 1]!.end : tokens[cue]!.end;
    const hi = Math.max(tokens[span.end - 1]!.end, cueEnd);
    const plural = kind !== 'named_person' && /s$/.test(name);
    out.push({ kind: kind as OnRecordKind, text: text.slice(lo, hi), start: lo, end: hi, name, plural });
  }
  return out;
}

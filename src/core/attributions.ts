// On-the-record attributions: named people, institutions, documents and publications. They are
// counted for the score (S9, S11), not highlighted, and they break pronoun chains ("he said" after
// "Spicer said" is Spicer, not an earlier anonymous source).

import type { Attribution } from './types';
import type { Token } from './tokens';
import { INVERSION_VERBS } from './lexicon/verbs';
import { OUTLET_NAME_WORDS } from './lexicon/outlets';

const SPEECH = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'announced', 'wrote', 'writes', 'explained',
  'responded', 'replied', 'noted', 'argued', 'insisted', 'acknowledged', 'confirmed', 'asserted', 'warned',
  'testified', 'reported', 'declared', 'claimed', 'suggested', 'predicted', 'estimated', 'concluded',
]);
const SKIPPABLE = new Set(['also', 'later', 'then', 'has', 'have', 'had', 'previously', 'earlier', 'recently', 'again']);
// Pronouns, including indefinite ones: a capitalised "Nobody told us" starts a sentence, it names no one.
const PRONOUNS = new Set([
  'he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'that', 'this', 'these', 'those', 'nobody',
  'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody', 'no', 'none', 'many', 'some', 'all',
  'one', 'each', 'others', 'there', 'what',
]);
const INSTITUTION_WORDS = /\b(?:department|ministry|office|agency|house|company|corp|corporation|inc|police|committee|commission|council|bureau|service|administration|government|court|bank|university|association|union|party|army|navy|military|fed|reserve|board|authority|authorities|prosecutors?|campaign|group|firm|hospital|airline|airasia|school|district|sheriff|fbi|f\.b\.i|cia|nasa|un|u\.n|nato|kremlin|pentagon|vatican|parliament|congress|senate|embassy|regulator|statement)\b/i;
const DOCUMENT_WORDS = /\b(?:documents?|records?|report|reports|filing|filings|complaint|data|survey|study|memo|letter|affidavit|indictment|transcript|emails?|statement|lawsuit|poll|figures|minutes)\b/i;
// Outlet names, plus the words that say "a publication" outright.
const PUBLICATION_WORDS = new RegExp(`\\b(?:${[...OUTLET_NAME_WORDS, 'associated press', 'newspaper', 'outlet'].join('|')})\\b`, 'i');

export interface FoundAttribution extends Attribution {
  /** A plural speaker ("prosecutors said"), for matching pronouns like "they". */
  plural: boolean;
}

function classify(name: string): Attribution['kind'] | null {
  if (PUBLICATION_WORDS.test(name) && /^(?:the\s)?\p{Lu}/u.test(name)) return 'publication';
  if (DOCUMENT_WORDS.test(name)) return 'document';
  if (INSTITUTION_WORDS.test(name)) return 'institution';
  if (/^\p{Lu}[\p{L}’'.-]*(?:\s\p{Lu}[\p{L}’'.-]*){0,3}$/u.test(name)) return 'named_person';
  return null;
}

/** The noun phrase left of `verb`: up to 6 words back to punctuation or a function word. */
function subjectBefore(tokens: Token[], verb: number): [number, number] | null {
  let end = verb;
  while (end > 0 && SKIPPABLE.has(tokens[end - 1]!.lower)) end--;
  let start = end;
  while (start > 0 && end - start < 6) {
    const t = tokens[start - 1]!;
    if (!t.isWord) break;
    if (!(t.capitalised || t.lower === 'the' || t.lower === 'of' || t.lower === 'for' || INSTITUTION_WORDS.test(t.lower) || DOCUMENT_WORDS.test(t.lower))) break;
    start--;
  }
  return start < end ? [start, end] : null;
}

function subjectAfter(tokens: Token[], from: number): [number, number] | null {
  let end = from;
  while (end < tokens.length && end - from < 6 && tokens[end]!.isWord && (tokens[end]!.capitalised || (end > from && /^(?:of|the|for)$/.test(tokens[end]!.lower)) || tokens[end]!.lower === 'the')) end++;
  if (end > from) return [from, end];
  // Lower-case documents and institutions: "according to court documents", "according to police".
  // The head comes last ("court documents"), so keep the furthest matching word.
  let found = -1;
  for (let k = from; k < tokens.length && k - from < 4 && tokens[k]!.isWord; k++) {
    if (DOCUMENT_WORDS.test(tokens[k]!.lower) || INSTITUTION_WORDS.test(tokens[k]!.lower)) found = k + 1;
  }
  return found > 0 ? [from, found] : null;
}

export function findAttributions(text: string, tokens: Token[]): FoundAttribution[] {
  const out: FoundAttribution[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let span: [number, number] | null = null;
    let verbAt = i;
    // S11: "documents reviewed by the Post", "emails obtained by reporters".
    if (/^(?:reviewed|obtained|seen)$/.test(t.lower) && tokens[i + 1]?.lower === 'by' && i > 0 && DOCUMENT_WORDS.test(tokens[i - 1]!.lower)) {
      const first = tokens[i - 1]!;
      const last = tokens[i + 1]!;
      out.push({ kind: 'document', text: text.slice(first.start, last.end), start: first.start, end: last.end, name: first.text, plural: false });
      continue;
    }
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      span = subjectAfter(tokens, i + 2);
      verbAt = i;
    } else if (SPEECH.has(t.lower)) {
      span = subjectBefore(tokens, i);
      const inverted = INVERSION_VERBS.has(t.lower) && (i === 0 || !tokens[i - 1]!.isWord);
      if (inverted || !span) span = subjectAfter(tokens, i + 1) ?? span;
    }
    if (!span) continue;
    while (span[0] < span[1] && /^(?:the|of|for)$/.test(tokens[span[1] - 1]!.lower)) span[1]--;
    if (span[0] >= span[1]) continue;
    const first = tokens[span[0]]!;
    if (PRONOUNS.has(first.lower)) continue;
    const name = text.slice(first.start, tokens[span[1] - 1]!.end);
    const kind = classify(name);
    if (!kind) continue;
    const lo = Math.min(first.start, tokens[verbAt]!.start);
    const hi = Math.max(tokens[span[1] - 1]!.end, tokens[verbAt]!.end);
    out.push({ kind, text: text.slice(lo, hi), start: lo, end: hi, name, plural: /s$/.test(name) && kind !== 'named_person' });
  }
  return out;
}

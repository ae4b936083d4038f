// "Ana says", "said James", once the story has said the name is not theirs ("the pseudonym James",
// "Ana (not her real name)"): a name is no name when the story withholds the real one, so every
// statement under it rests on an anonymous source.

import type { Rule, RuleMatch, SentenceContext } from './rule';
import type { Token } from '../tokens';
import { PSEUDONYM_DECLARATIONS } from '../lexicon/en/pseudonyms';
import { INVERTING_FORMS, ON_RECORD_CUE_FORMS } from '../lexicon/en/cues';
import { AUXILIARIES } from '../lexicon/verbs';
import { reasonIn } from '../details/source-details';

export const id = 'pseudonym';
export const description = 'A source quoted under a name the story says is not theirs: "Ana (not her real name) says".';
export const standards: Rule['standards'] = ['S1', 'S2'];

let cachedText = '';
let cachedNames: { name: string; at: number }[] = [];

/** Every pseudonym the text declares, with where it is declared, computed once per text. */
function declared(text: string): { name: string; at: number }[] {
  if (text === cachedText) return cachedNames;
  cachedText = text;
  cachedNames = [];
  if (!/pseudonym|real name|name (?:has been|was|we have|we've) (?:changed|withheld)|only as|first name|false name|nickname|assumed name/i.test(text)) return cachedNames;
  for (const pattern of PSEUDONYM_DECLARATIONS) for (const m of text.matchAll(pattern)) cachedNames.push({ name: m[1]!, at: m.index ?? 0 });
  return cachedNames;
}

/** The cue the name speaks with: "James says", "James has said", or "…,” said James. */
function cueOf(tokens: Token[], i: number): { start: number; end: number } | null {
  let j = i + 1;
  while (j < tokens.length && j - i <= 3 && AUXILIARIES.has(tokens[j]!.lower)) j++;
  if (ON_RECORD_CUE_FORMS.has(tokens[j]?.lower ?? '')) return { start: i, end: j };
  const before = tokens[i - 1];
  if (before && INVERTING_FORMS.has(before.lower) && (i < 2 || !tokens[i - 2]!.isWord)) return { start: i - 1, end: i };
  return null;
}

function match(ctx: SentenceContext): RuleMatch[] {
  const names = declared(ctx.text).filter((d) => d.at < ctx.sentence.end);
  if (names.length === 0) return [];
  const out: RuleMatch[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.capitalised || !names.some((d) => d.name === t.text)) continue;
    const cue = cueOf(tokens, i);
    if (!cue) continue;
    out.push({
      kind: 'anonymous_source', subtype: 'explicit_anonymous', start: tokens[cue.start]!.start, end: tokens[cue.end]!.end,
      details: { descriptor: t.text, vantage: 'none', reason: reasonIn(ctx.sentenceText), motive: null, count: 1, followUp: true },
    });
  }
  return out;
}

export const rule: Rule = { id, kind: 'anonymous_source', description, standards, needsCue: true, match };

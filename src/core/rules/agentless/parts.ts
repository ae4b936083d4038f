// Named steps and exceptions that several agentless classes share. Words come from the lexicon; only
// the grammar lives here.

import { AGENTLESS as LEX } from '../../lexicon/en/agentless';
import type { Token } from '../../tokens';
import type { Exception, Hit, Step } from './match';

export const BE: Step = { name: 'be', words: LEX.be };
/** "is", "has been", "had been", "being": any passive auxiliary. */
export const PASSIVE_BE: Step = { name: 'be', words: [...LEX.be, ...LEX.beNonFinite, ...LEX.have.map((h) => `${h} been`)] };
export const ADVERB: Step = { name: 'adverb', words: LEX.adverb, optional: true, max: 2 };
export const MODIFIERS: Step = { name: 'modifier', words: [...LEX.discourseModifier, ...LEX.measure, 'and'], optional: true, max: 3 };

/** Clause punctuation: where a "by" or "from" stops belonging to the phrase. */
const CLAUSE_BREAK = new Set([',', ';', ':', '.', '!', '?', '—', '–', '(', ')']);
export const isBreak = (t: Token | undefined): boolean => !t || (!t.isWord && CLAUSE_BREAK.has(t.text));

const has = (list: readonly string[], t: Token | undefined): boolean => !!t && list.includes(t.lower);

/** Does "by" at token i name an agent ("by the police") rather than means or time ("by blocking", "by far")? */
function byNamesAgent(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || !next.isWord || /^\d/.test(next.text) || /ing$/.test(next.lower)) return false;
  if (has(LEX.notAnAgentAfterBy, next)) return false;
  if (next.lower === 'the' && has(LEX.notAnAgentAfterByThe, tokens[i + 2])) return false;
  return true;
}

/** "by the police", "from Senator Holt" within the clause after the match: the source is named. */
export function agentAfter(hit: Hit, words: readonly string[] = ['by'], reach = 12): boolean {
  const { tokens } = hit;
  for (let i = hit.to; i < Math.min(tokens.length, hit.to + reach) && !isBreak(tokens[i]); i++) {
    if (has(words, tokens[i]) && (tokens[i]!.lower !== 'by' || byNamesAgent(tokens, i))) return true;
  }
  return false;
}

export const AGENT_FOLLOWS: Exception = {
  why: '"by <agent>" in the clause names the source; the rule for that agent judges it',
  test: (hit) => agentAfter(hit),
};

/** "…, according to a lab report": the sentence names where the claim comes from. */
export const ACCORDING_TO_AFTER: Exception = {
  why: '"according to" later in the sentence gives the claim its source',
  test: (hit) => hit.tokens.slice(hit.to).some((t, k, rest) => t.lower === 'according' && rest[k + 1]?.lower === 'to'),
};

/**
 * "The mayor added that no one was believed to…": the hedge is the speaker's, inside reported speech.
 * A parenthetical "…, he said, swiping at…" reports nothing after its comma.
 */
export const REPORTED_SPEECH_BEFORE: Exception = {
  why: 'a hedge inside reported speech belongs to the speaker',
  test: (hit) => hit.tokens.slice(0, hit.from).some((t, j) => has(LEX.reportingVerb, t) && !isBreak(hit.tokens[j + 1])),
};

/** Is token i inside a direct quotation, counting the paragraph's quotation marks before it? */
function insideQuote(hit: Hit): boolean {
  const { text } = hit.ctx;
  const at = hit.tokens[hit.from]!.start;
  const paragraph = Math.max(text.lastIndexOf('\n', at), at - 2000);
  let open = 0;
  let straight = 0;
  for (let i = Math.max(0, paragraph); i < at; i++) {
    const ch = text[i];
    if (ch === '“') open++;
    else if (ch === '”') open = Math.max(0, open - 1);
    else if (ch === '"') straight++;
  }
  return open > 0 || straight % 2 === 1;
}

/** "“The risk is considered low,” she said": a verdict inside a quotation is the speaker's. */
export const INSIDE_QUOTE: Exception = {
  why: 'a verdict or hedge inside a direct quotation belongs to the quoted speaker',
  test: insideQuote,
};

/** "A graph is said to be connected if…", "once the suite is said to be complete": a definition, not a claim. */
export const DEFINITION: Exception = {
  why: 'a term defined by a condition ("… if", "once …") is a definition, not a claim',
  test: (hit) => {
    const { tokens } = hit;
    for (let i = hit.to; i < Math.min(tokens.length, hit.to + 6); i++) if (has(LEX.definitionLink, tokens[i])) return true;
    for (let i = hit.from - 1; i >= 0 && !isBreak(tokens[i]); i--) if (has(LEX.definitionLink, tokens[i])) return true;
    return false;
  },
};

/** "the report says", "his criticism", "Reuters reports": a known report or a named one. */
export const DEFINITE_BEFORE: Exception = {
  why: 'a determined or possessed noun ("the reports", "his criticism", "Reuters reports") refers to a known source',
  test: (hit) => {
    const prev = hit.tokens[hit.from - 1];
    if (!prev || isBreak(prev)) return false;
    return has(LEX.definite, prev) || /'s?$/.test(prev.lower) || (prev.capitalised && hit.from - 1 > 0);
  },
};

/** "reports from the ministry", "criticism by the auditor", "reports in The Times": a named source. */
export const SOURCE_AFTER_NOUN: Exception = {
  why: 'the noun names its source ("reports from the ministry", "criticism from Senator X")',
  test: (hit) => {
    const noun = hit.steps.get('noun');
    if (!noun) return false;
    const { tokens } = hit;
    for (let i = noun.to; i < Math.min(tokens.length, noun.to + 4) && !isBreak(tokens[i]); i++) {
      const t = tokens[i]!;
      if (t.lower === 'from') return true;
      if (t.lower === 'by' && byNamesAgent(tokens, i)) return true;
      if (t.lower === 'in' && (tokens[i + 1]?.capitalised || (tokens[i + 1]?.lower === 'the' && tokens[i + 2]?.capitalised))) return true;
    }
    return false;
  },
};

/** The word just before the match. */
export const before = (hit: Hit, k = 1): Token | undefined => hit.tokens[hit.from - k];
/** The word just after a named step. */
export const after = (hit: Hit, step: string, k = 0): Token | undefined => hit.tokens[(hit.steps.get(step)?.to ?? hit.to) + k];
export const inList = has;

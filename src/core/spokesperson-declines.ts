// Unnamed spokespeople who only decline: the tag of a non-answer, not a source of their own.
import type { Candidate } from './candidate';

/** Characters of reported content between a spokesperson's verb and a later non-answer that count as a claim. */
const SPOKESPERSON_CLAIM_CHARS = 50;

/**
 * "a spokeswoman said she was not available": an unnamed spokesperson who only declines is a non-answer
 * alone. One who also claims something ("said the department was aware of reports but declined to give
 * details", "…does not comment on leaks and that talks were continuing") stays a source.
 */
export function dropSpokespeopleWhoOnlyDecline(found: Candidate[], text: string, sentenceEnd: number): Candidate[] {
  return found.filter((c) => {
    if (c.match.kind !== 'anonymous_source' || c.match.subtype !== 'unnamed_spokesperson') return true;
    // The nearest later non-answer decides (rules run in registry order, not text order).
    let decline: Candidate | undefined;
    for (const o of found) {
      if (o.match.kind === 'non_answer' && o.match.start >= c.match.start && (!decline || o.match.start < decline.match.start)) decline = o;
    }
    if (!decline) return !onlyQuotedAnEvasion(found, c, text);
    // A span that runs over the non-answer ("spokesperson … did not respond … said") is one clause.
    if (decline.match.start < c.match.end) return false;
    if (decline.match.start - c.match.end > SPOKESPERSON_CLAIM_CHARS) return true;
    // "said the squad was told on Friday but declined to discuss the fee": a claim, then a refusal.
    if (/\b(?:but|and)\s/.test(text.slice(c.match.end, decline.match.start))) return true;
    const rest = text.slice(decline.match.end, Math.min(sentenceEnd, decline.match.end + 200));
    return /\b(?:and|but) (?:that|said|added|noted|stressed)\b/.test(rest);
  });
}

/** Quote closers a spokesperson's tag may follow, plus descriptor words the span left out: "…,” a transport ministry spokesman said". */
const QUOTE_THEN_TAG = /^[,.]?[”"],?\s*(?:[\w’'-]+\s+){0,3}$/;

/**
 * "“We do not discuss security arrangements,” a spokesman said": the quote before the tag is nothing but
 * a quoted evasion, so the spokesperson only declined. A longer quote with a claim keeps the source.
 */
function onlyQuotedAnEvasion(found: Candidate[], spokesperson: Candidate, text: string): boolean {
  for (const o of found) {
    if (o.match.kind !== 'non_answer' || !o.match.details.quoted || o.match.end > spokesperson.match.start) continue;
    if (!QUOTE_THEN_TAG.test(text.slice(o.match.end, spokesperson.match.start))) continue;
    // The evasion must open its quote: "“We don't discuss…" — not the tail of a longer quoted claim.
    const opener = text.slice(Math.max(0, o.match.start - 2), o.match.start).trim();
    if (opener.endsWith('“') || opener.endsWith('"')) return true;
  }
  return false;
}

// One plain sentence per finding: what it is, and which newsroom rule it touches.

import type { AnonymousDetails, AnonymousSubtype, NonAnswerDetails, NonAnswerSubtype } from './types';

const ANONYMOUS_WHO: Record<AnonymousSubtype, string> = {
  explicit_anonymous: 'An anonymous source',
  unnamed_official: 'An unnamed official',
  unnamed_spokesperson: 'An unnamed spokesperson',
  unnamed_individual: 'An unnamed person',
  generic_group: 'An unidentified group',
  vague_attribution: 'A claim with no source at all',
  unnamed_organisation: 'An unnamed organisation',
};

export function explainAnonymous(subtype: AnonymousSubtype, d: AnonymousDetails): string {
  if (subtype === 'vague_attribution') {
    return `“${d.descriptor}” attributes the claim to no one — AP asks that attribution name who said it, in the same sentence.`;
  }
  const who = d.followUp ? `${ANONYMOUS_WHO[subtype]} cited again (“${d.descriptor}”)` : ANONYMOUS_WHO[subtype];
  const description =
    d.vantage === 'none' ? 'with no description'
    : d.vantage === 'partial' ? `described only as “${d.descriptor}”`
    : `described as “${d.descriptor}”`;
  const reason =
    d.reason === null ? 'no reason given for anonymity'
    : d.reason.specific ? `a stated reason (“${d.reason.text}”)`
    : `only a stock reason (“${d.reason.text}”)`;
  const single = d.count === 1 && !d.followUp ? '; a single unnamed source' : '';
  const rule = subtype === 'generic_group'
    ? 'a whole group cannot be checked, and AP asks for information from named people rather than opinion from a crowd'
    : 'AP and SPJ ask reporters to say who the source is and why they were not named';
  return `${who}, ${description}, with ${reason}${single} — ${rule}.`;
}

const NON_ANSWER_HOW: Record<NonAnswerSubtype, string> = {
  declined_to_comment: 'declined to comment',
  no_response: 'did not respond when asked',
  refused_or_evaded: 'did not answer the question asked',
  unable_or_unavailable: 'could not be reached or could not say',
};

export function explainNonAnswer(subtype: NonAnswerSubtype, d: NonAnswerDetails): string {
  const who = d.who ?? 'The subject';
  const how = d.quoted ? 'gave an evasive reply, quoted in their own words' : NON_ANSWER_HOW[subtype];
  return `${who.charAt(0).toUpperCase()}${who.slice(1)} ${how}: the story shows the subject was given a chance to reply (right of reply, NPR and CredCo ask for precision about non-answers).`;
}

// What a card says about one finding, as plain strings: pure, so it is tested without a page.
// Everything that comes from the article (descriptor, reason, who) is data, placed with textContent.
import type { AnonymousFinding, Finding, NonAnswerFinding } from '../../core/types';
import type { Translate } from '../../ui/i18n';
import { standardNames } from '../../ui/standards';

export interface CardText {
  /** "Unnamed source" / "Non-answer". */
  title: string;
  /** The highlighted words, exactly as in the page. */
  phrase: string;
  /** Why it matters, from the finding. */
  explanation: string;
  /** What the article does and does not say about this source or non-answer. */
  notes: string[];
  /** "Newsroom rules: …", or '' when the finding touches none. */
  rules: string;
}

export function cardText(finding: Finding, t: Translate): CardText {
  const anonymous = finding.kind === 'anonymous_source';
  return {
    title: t(anonymous ? 'kindLabelAnonymousSource' : 'kindLabelNonAnswer'),
    phrase: finding.text,
    explanation: finding.explanation,
    notes: anonymous ? anonymousNotes(finding, t) : nonAnswerNotes(finding, t),
    rules: finding.standards.length ? t('cardRules', standardNames(finding.standards, t)) : '',
  };
}

function anonymousNotes({ details }: AnonymousFinding, t: Translate): string[] {
  const notes: string[] = [];
  if (details.vantage === 'none') notes.push(t('cardNoDescriptor'));
  else if (details.descriptor) notes.push(t('cardDescriptor', details.descriptor));
  if (details.vantage === 'partial') notes.push(t('cardPartialVantage'));
  if (details.reason) {
    notes.push(t('cardReason', details.reason.text));
    if (!details.reason.specific) notes.push(t('cardReasonBoilerplate'));
  } else if (!details.followUp) {
    // A reason is usually given at the first mention; repeating "no reason" on "the official said" would mislead.
    notes.push(t('cardNoReason'));
  }
  if (details.motive) notes.push(t('cardMotive', details.motive));
  if (details.count === 'many') notes.push(t('cardCountMany'));
  if (details.followUp) notes.push(t('cardFollowUp'));
  return notes;
}

function nonAnswerNotes({ details }: NonAnswerFinding, t: Translate): string[] {
  const notes = [details.who ? t('cardWho', details.who) : t('cardWhoUnknown')];
  if (details.quoted) notes.push(t('cardQuoted'));
  return notes;
}

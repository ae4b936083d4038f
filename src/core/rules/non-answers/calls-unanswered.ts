// "Calls to the firm went unanswered", "messages left for the coach were not returned": the
// contact attempt is the subject and its fate is the predicate.
import { LEX } from '../../lexicon/non-answers';
import type { NonAnswerClass } from '../../phrases/non-answer-matches';
import { SHORT_PHRASE } from './parts';

// "seeking comment from the hospital": whose comment, not captured (the addressee part captures who).
const PURPOSE = '(?:for|seeking|requesting|asking\\s+for)\\s+(?:a\\s+)?(?:comment|response|reply|an\\s+interview|information|details)(?:\\s+from\\s+[^,.;:()]{2,60}?)?';

export const cls: NonAnswerClass = {
  id: 'calls-unanswered',
  rule: 'no-response',
  subtype: 'no_response',
  description: 'Calls, emails or requests to the subject went unanswered.',
  parts: [
    { name: 'attempts', words: LEX.contactAttempt },
    { name: 'purpose', pattern: PURPOSE, optional: true },
    { name: 'addressee', pattern: `(?:to|for|left\\s+for|left\\s+with|left\\s+at|sent\\s+to|placed\\s+to|made\\s+to|from\\s+[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*){0,3}\\s+to)\\s+(?<who>${SHORT_PHRASE})`, optional: true },
    { name: 'purpose-2', pattern: PURPOSE, optional: true },
    { name: 'when', pattern: '(?:on|this|last|over|since)\\s+\\w+(?:\\s+\\w+)?', optional: true },
    { name: 'unanswered', words: LEX.unanswered },
  ],
  trigger: 'unanswered',
  unless: [
    { why: 'an emergency line left ringing is the news itself, not a reporter’s call', span: /\b(?:line|hotline|helpline|switchboard|911|999|112|emergency)\b/i },
    { why: 'calls for a resignation are demands, not requests for comment', span: /^calls\s+for\s+(?!(?:a\s+)?comment)/i },
    { why: 'questions that remain unanswered are the story’s open questions, not a refusal', span: /\bremain(?:ed)?\s+unanswered$/ },
  ],
  examples: [
    { text: 'Calls to the firm went unanswered on Friday.', match: 'Calls to the firm went unanswered', who: 'the firm' },
    { text: 'Messages left for the coach were not returned.', match: 'Messages left for the coach were not returned' },
    { text: 'Emails seeking comment from the hospital have gone unanswered.', match: 'Emails seeking comment from the hospital have gone unanswered' },
    { text: 'A request for comment to the developer was not answered.', match: 'A request for comment to the developer was not answered' },
  ],
  counterExamples: [
    'Calls for the minister to resign went unanswered in parliament.',
    'Many questions about the cause of the fire remain unanswered.',
    'Calls to the emergency line went unanswered for an hour.',
    'The calls were answered within seconds, the report found.',
  ],
};

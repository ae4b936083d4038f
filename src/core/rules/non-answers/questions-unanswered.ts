// "The questions went unanswered", "written questions from the council were not answered": a
// refusal told in the passive, with the questions as subject.
import type { NonAnswerClass } from '../../phrases/non-answer-matches';

export const cls: NonAnswerClass = {
  id: 'questions-unanswered',
  rule: 'refused-or-evaded',
  subtype: 'refused_or_evaded',
  description: 'Questions put to the subject went unanswered.',
  parts: [
    { name: 'whose', words: [
        'the', 'our', 'my', 'his', 'her', 'their', 'those', 'these', 'written', 'detailed', 'further', 'repeated', "reporters'",
        "journalists'"
      ] },
    { name: 'kind', words: ['written', 'detailed', 'specific', 'further', 'follow-up', 'emailed'], optional: true },
    { name: 'questions', words: ['questions', 'question'] },
    { name: 'about', pattern: '(?:about|on|over|from|put\\s+to|sent\\s+to|regarding)\\s+[^,.;:()]{2,50}?', optional: true },
    { name: 'unanswered', words: [
        'went unanswered', 'were not answered', 'was not answered', 'have gone unanswered', 'had gone unanswered',
        'were left unanswered', 'was left unanswered', 'have not been answered', 'had not been answered'
      ] },
  ],
  trigger: 'questions',
  examples: [
    { text: 'Our questions about the contract went unanswered.', match: 'Our questions about the contract went unanswered' },
    { text: 'Detailed questions sent to the agency have not been answered.', match: 'Detailed questions sent to the agency have not been answered' },
  ],
  counterExamples: [
    'Many questions about the cause of the fire remain unanswered.',
    'The questions were answered in full at the hearing.',
  ],
};

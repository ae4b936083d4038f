// Every non-answer phrasing class, one file each. The five non-answer rules run the classes that name
// them (`rule`); the unit test runs every class's examples and counter-examples.
import type { NonAnswerClass, NonAnswerRuleId } from '../../phrases/non-answer-matches';
import { compileClass, type NonAnswerPattern } from '../../phrases/non-answer-matches';
import { cls as brushedOff } from './brushed-off';
import { cls as callsUnanswered } from './calls-unanswered';
import { cls as declinedToDisclose } from './declined-to-disclose';
import { cls as detailsNotDisclosed } from './details-not-disclosed';
import { cls as evadedQuestions } from './evaded-questions';
import { cls as failedContact } from './failed-contact';
import { cls as heardBack } from './heard-back';
import { cls as keptPrivateQuoted } from './kept-private-quoted';
import { cls as noCommentHabitQuoted } from './no-comment-habit-quoted';
import { cls as noDetailsGiven } from './no-details-given';
import { cls as noReplyFrom } from './no-reply-from';
import { cls as noReplyToRequest } from './no-reply-to-request';
import { cls as nobodyAvailable } from './nobody-available';
import { cls as nobodyCommented } from './nobody-commented';
import { cls as nobodyReplied } from './nobody-replied';
import { cls as notDirectlyAnswered } from './not-directly-answered';
import { cls as notMyRoleQuoted } from './not-my-role-quoted';
import { cls as promisedReply } from './promised-reply';
import { cls as questionsUnanswered } from './questions-unanswered';
import { cls as reachedOut } from './reached-out';
import { cls as refusalNoun } from './refusal-noun';
import { cls as replyOverdue } from './reply-overdue';
import { cls as saidOnly } from './said-only';
import { cls as statementNotIssued } from './statement-not-issued';
import { cls as tightLipped } from './tight-lipped';
import { cls as tookNoQuestions } from './took-no-questions';
import { cls as undisclosedAmount } from './undisclosed-amount';
import { cls as willNotDiscussQuoted } from './will-not-discuss-quoted';
import { cls as willNotGetIntoQuoted } from './will-not-get-into-quoted';
import { cls as withheldDetails } from './withheld-details';
import { cls as withoutAnswering } from './without-answering';
import { cls as wouldNotCommit } from './would-not-commit';
import { cls as wouldNotSay } from './would-not-say';

export const NON_ANSWER_CLASSES: readonly NonAnswerClass[] = [
  brushedOff,
  callsUnanswered,
  declinedToDisclose,
  detailsNotDisclosed,
  evadedQuestions,
  failedContact,
  heardBack,
  keptPrivateQuoted,
  noCommentHabitQuoted,
  noDetailsGiven,
  noReplyFrom,
  noReplyToRequest,
  nobodyAvailable,
  nobodyCommented,
  nobodyReplied,
  notDirectlyAnswered,
  notMyRoleQuoted,
  promisedReply,
  questionsUnanswered,
  reachedOut,
  refusalNoun,
  replyOverdue,
  saidOnly,
  statementNotIssued,
  tightLipped,
  tookNoQuestions,
  undisclosedAmount,
  willNotDiscussQuoted,
  willNotGetIntoQuoted,
  withheldDetails,
  withoutAnswering,
  wouldNotCommit,
  wouldNotSay,
];

/** The compiled patterns of the classes one rule reports. */
export function patternsFor(rule: NonAnswerRuleId): NonAnswerPattern[] {
  return NON_ANSWER_CLASSES.filter((c) => c.rule === rule).map(compileClass);
}

// Evasions in the speaker's own words: "I have not had that discussion with him", "I'm not going
// to get ahead of the president", "we don't comment on ongoing investigations".

import type { Rule } from './rule';
import { findNonAnswers, type NonAnswerPattern } from '../phrases/non-answer-matches';
import { patternsFor } from './non-answers/index';

export const id = 'evasive-reply';
export const description = 'A quoted reply that avoids the question: "I have not had that discussion".';
export const standards: Rule['standards'] = ['S10'];

const I = "(?:I|we|We)";
// Contracted and full auxiliaries, straight or curly apostrophe: "I'm", "we’re", "I will".
const BE = "(?:'m|’m| am|'re|’re| are)";
const WILL_NOT = "(?:won't|won’t|will not|wouldn't|wouldn’t|would not|can't|can’t|cannot|can not)";
// What an evasion refuses to do: each is a fixed phrase, so the alternation stays linear.
// "get into" / "go into" only with an object a question has ("details", "that"): "couldn't get into
// the building" is not an evasion. "offer/give … advice/guidance/a timeline" withholds an answer;
// "give up" does not.
const REFUSED = '(?:get ahead of|comment|speculate|discuss|(?:get|go) into (?:the )?(?:details|specifics|that|it|this|those|hypotheticals)|talk about|characteri[sz]e|negotiate|weigh in|prejudge|(?:offer|give|provide)(?: [\\w’-]+){0,3}? (?:advice|guidance|opinions?|predictions?|forecasts?|timelines?|numbers|figures|details|specifics))';
// A bounded tail carries the rest of the evasion ("…in the press") without crossing the clause.
const TAIL = '[^.,;”"]{0,40}';
const PATTERNS: NonAnswerPattern[] = [
  { cues: ['discussion', 'conversation'], subtype: 'refused_or_evaded', quoted: true, pattern: new RegExp(`\\b${I} (?:have not|haven't|haven’t|did not|didn't|didn’t) (?:had|have) (?:a|that|any|the) (?:discussion|conversation)(?: with (?:him|her|them)(?: on the question| about (?:it|that))?)?`, 'g') },
  { cues: ['not'], needs: [['not to ']], subtype: 'refused_or_evaded', quoted: true, pattern: new RegExp(`\\b${I} (?:tend|prefer|try) not to (?:speak|talk|comment) (?:about|on) (?:it|that|this|those|these)`, 'g') },
  { cues: ['going'], needs: [['not going to ']], subtype: 'refused_or_evaded', quoted: true, pattern: new RegExp(`\\b${I}${BE} not going to ${REFUSED}${TAIL}`, 'g') },
  // "That's not something we're going to discuss today", "It is not something I will get into".
  { cues: ['something'], subtype: 'refused_or_evaded', quoted: true, pattern: new RegExp(`\\b(?:[Tt]hat|[Ii]t|[Tt]his)(?:'s|’s| is) not something ${I}(?:${BE}(?: going to)?| will| would| want to| can)? ${REFUSED}${TAIL}`, 'g') },
  // "I won't negotiate in the press", "We cannot comment on personnel matters".
  { cues: ['comment', 'speculate', 'discuss', 'get', 'go', 'talk', 'negotiate', 'weigh', 'characterize', 'characterise', 'prejudge', 'offer', 'give', 'provide'], needs: [["won't", 'will not', "wouldn't", 'would not', "can't", 'cannot', 'can not']], subtype: 'refused_or_evaded', quoted: true, pattern: new RegExp(`\\b${I} ${WILL_NOT} ${REFUSED}${TAIL}`, 'g') },
  // A habit of not answering ("we don't comment on pending litigation") is no-comment-habit-quoted.ts.
  // "I have nothing to add to what the minister said", "We've got nothing further to say".
  { cues: ['nothing'], subtype: 'refused_or_evaded', quoted: true, pattern: new RegExp(`\\b${I}(?: have|'ve|’ve)(?: got)? nothing (?:more |further |else )?to (?:add|say|share)${TAIL}`, 'g') },
  // "I'll leave that to the board": the question is handed to someone else.
  { cues: ['leave'], subtype: 'refused_or_evaded', quoted: true, pattern: new RegExp(`\\b${I}(?:'ll|’ll| will|'d|’d| would)? leave (?:that|those questions|that question|the question) (?:to|for)${TAIL}`, 'g') },
  // Redirecting the question elsewhere: "That's a question for the league", "You'd have to ask them".
  { cues: ['question', 'matter', 'one'], subtype: 'refused_or_evaded', quoted: true, pattern: /\b(?:[Tt]hat|[Ii]t)(?:'s|’s| is) (?:a question|one|a matter) for (?:the|my|our|his|her|their|him|them|you)\b[^.,;”"]{0,40}/g },
  { cues: ['ask'], subtype: 'refused_or_evaded', quoted: true, pattern: /\b(?:[Yy]ou(?:'d|’d|'ll|’ll| would| will)|[Yy]ou) (?:have|need) to ask (?:the|him|her|them|my|our|his|their)\b[^.,;”"]{0,30}/g },
  { cues: ['comment'], subtype: 'declined_to_comment', quoted: true, pattern: /[“"]No comment\b/g },
];

// The older patterns above, then the phrasing classes of ./non-answers/ that this rule reports.
/** Exported for the pattern-cost bench (scripts/bench/non-answer-cost.ts). */
export const ALL_PATTERNS = [...PATTERNS, ...patternsFor(id)];

export const rule: Rule = { id, kind: 'non_answer', description, standards, match: (ctx) => findNonAnswers(ctx, ALL_PATTERNS) };

// Public API of the pure analysis core: text in, report out.
export { analyzeText, startAnalysis, MAX_ANALYSED_CHARS, type TextAnalysis } from './analyze';
export { withPolicyCredit } from './score/index';
export { segmentSentences, type Sentence } from './sentences';
export { RULE_INFO, type RuleInfo } from './rules/info';
export type * from './types';

// "is said to have", "have been accused of", "amid reports that", "questions are being asked": a claim
// that leans on a source without naming any. Each way of writing it is one class in ./agentless/.

import type { Rule, RuleMatch, SentenceContext } from './rule';
import { COMPILED_AGENTLESS } from './agentless/index';
import { matchClass, mayMatchEach } from './agentless/match';

export const id = 'agentless-attribution';
export const description = 'A claim leaning on nobody named: "is said to have", "was criticised", "amid reports".';
export const standards: Rule['standards'] = ['S2', 'S8'];

function collect(ctx: SentenceContext): RuleMatch[] {
  const runs = mayMatchEach(COMPILED_AGENTLESS, ctx);
  return COMPILED_AGENTLESS.flatMap((c, i) => (runs[i] ? matchClass(c, ctx, true) : []));
}

export const rule: Rule = { id, kind: 'anonymous_source', description, standards, match: collect };

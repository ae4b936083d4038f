import type { ScoreRule } from './component';
import { anonymityReasons } from './components/anonymity-reasons';
import { anonymousLead } from './components/anonymous-lead';
import { describedSources, partlyDescribedSources, undescribedSources } from './components/anonymous-by-vantage';
import { declinedAndAnonymous } from './components/declined-and-anonymous';
import { documents } from './components/documents';
import { namedSources } from './components/named-sources';
import { onRecordShare } from './components/on-record-share';
import { rightOfReply } from './components/right-of-reply';
import { singleSourceClaims } from './components/single-source-claims';
import { statedMotives } from './components/stated-motives';

/** Every rubric line, in the order the popup lists them (docs/scoring.md follows the same order). */
export const SCORE_RULES: readonly ScoreRule[] = [
  onRecordShare,
  namedSources,
  documents,
  undescribedSources,
  partlyDescribedSources,
  describedSources,
  anonymityReasons,
  statedMotives,
  singleSourceClaims,
  anonymousLead,
  rightOfReply,
  declinedAndAnonymous,
];

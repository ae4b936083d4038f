// Every agentless-attribution phrasing class, one file each: claims that lean on a source without
// naming one. The agentless-attribution rule runs them all; its unit test runs every class's examples
// and counter-examples.
import { compileClass, type AgentlessClass } from './match';
import { cls as amidReports } from './amid-reports';
import { cls as headlineReports } from './headline-reports';
import { cls as hedgedPassive } from './hedged-passive';
import { cls as itEmerged } from './it-emerged';
import { cls as judgementPassive } from './judgement-passive';
import { cls as mediaReports } from './media-reports';
import { cls as provokedReaction } from './provoked-reaction';
import { cls as questionsRaised } from './questions-raised';
import { cls as reducedHedge } from './reduced-hedge';
import { cls as reducedRegard } from './reduced-regard';
import { cls as regardedAs } from './regarded-as';
import { cls as reportsSay } from './reports-say';
import { cls as reputedEpithet } from './reputed-epithet';
import { cls as sharedView } from './shared-view';
import { cls as withReports } from './with-reports';

export const AGENTLESS_CLASSES: readonly AgentlessClass[] = [
  amidReports,
  headlineReports,
  hedgedPassive,
  itEmerged,
  judgementPassive,
  mediaReports,
  provokedReaction,
  questionsRaised,
  reducedHedge,
  reducedRegard,
  regardedAs,
  reportsSay,
  reputedEpithet,
  sharedView,
  withReports,
];

export const COMPILED_AGENTLESS = AGENTLESS_CLASSES.map(compileClass);

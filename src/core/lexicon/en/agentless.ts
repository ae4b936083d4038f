// The English words of agentless attribution: claims that lean on a source without naming one ("is
// said to have", "has been accused of", "amid reports that"). The grammar in rules/agentless/ reads
// these lists and never names a word itself, so another language is another lexicon beside this one.
// Verbs are listed once, as lemmas; their participles come from the inflector.

import { nounForms, verbForms } from './inflect';

/** Past participles of a lemma: "say" → "said", "write" → "wrote", "written". */
const participles = (lemma: string): string[] => verbForms(lemma).slice(2, -1);
const allParticiples = (lemmas: readonly string[]): string[] => lemmas.flatMap(participles);

export const AGENTLESS = {
  /** Finite forms of "be" that carry a passive: "is said", "were criticised". */
  be: ['is', 'are', 'was', 'were'],
  /** "been" and "being" carry a passive without a finite verb: "has been accused", "after being praised". */
  beNonFinite: ['been', 'being'],
  /** Perfect auxiliaries before "been": "has been", "had been". */
  have: ['has', 'have', 'had'],
  /** Adverbs that may sit inside a hedge or judgement: "is also said to", "was widely criticised". */
  adverb: [
    'also', 'still', 'now', 'widely', 'generally', 'commonly', 'often', 'frequently', 'sometimes', 'long', 'once', 'even',
    'reportedly', 'allegedly', 'previously', 'already', 'further', 'repeatedly', 'roundly', 'heavily', 'sharply',
    'strongly', 'publicly', 'openly', 'increasingly', 'broadly', 'largely', 'locally', 'privately', 'variously', 'first',
  ],
  /** Adverbs of reputation that make "called", "recognised as" a judgement of many ("is often called"). */
  reputationAdverb: ['widely', 'generally', 'commonly', 'often', 'frequently', 'sometimes', 'popularly', 'universally', 'broadly', 'long'],
  /** Verbs whose passive with "to" hedges a claim on somebody's word: "is said to", "are believed to". */
  hedge: allParticiples(['say', 'report', 'rumour', 'rumor', 'believe', 'think', 'understand', 'allege', 'suspect', 'claim', 'fear']),
  /** The hedges a reduced clause may carry without "be": "countries believed to be", "a man thought to be". */
  reducedHedge: allParticiples(['believe', 'think', 'understand', 'suspect', 'fear', 'allege', 'rumour', 'rumor', 'say', 'report']),
  /** Hedges that are also active verbs of saying ("the coach said to be careful"): reduced, they need a comma. */
  activeToo: allParticiples(['say', 'report', 'claim']),
  /** Words after "to" that make it a preposition: "was reported to the police", "said to him". */
  notInfinitive: [
    'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'him', 'them', 'me', 'us',
    'police', 'authorities', 'officers', 'reporters', 'journalists', 'friends', 'colleagues',
  ],
  /** What a hedge's infinitive may be: "to be", "to have", "to remain". Other verbs need "be" before the hedge. */
  hedgedInfinitive: ['be', 'have'],
  /** Verbs of judging whose agentless passive carries somebody's verdict: "was criticised", "has been praised". */
  judgement: [
    ...allParticiples(['criticise', 'criticize', 'blame', 'praise', 'condemn', 'slam', 'hail', 'lambast', 'lambaste', 'castigate', 'pan']),
    ...allParticiples(['denounce', 'ridicule', 'mock', 'deride', 'decry', 'fault', 'applaud', 'lampoon', 'accuse', 'brand']),
    'dubbed', 'labelled', 'labeled', 'derided', 'vilified', 'panned',
  ],
  /** Judgements that must be followed by their complement to be one: "accused of", "blamed for". */
  judgementNeedsComplement: {
    accused: ['of'],
    blamed: ['for', 'on'],
    hailed: ['as', 'for'],
    branded: ['a', 'an', 'as', 'the', '"', '“', "'", '‘'],
    labelled: ['a', 'an', 'as', 'the', '"', '“', "'", '‘'],
    labeled: ['a', 'an', 'as', 'the', '"', '“', "'", '‘'],
    dubbed: ['a', 'an', 'as', 'the', '"', '“', "'", '‘'],
  } as Readonly<Record<string, readonly string[]>>,
  /** Verbs of regarding that name a reputation: "is viewed as", "is considered one of". */
  regard: ['viewed as', 'seen as', 'regarded as', 'considered', 'perceived as', 'thought of as', 'touted as', 'tipped as', 'tipped to'],
  /** What "considered" must be followed by to name a reputation ("one of", "a rising star"), not a rating ("low"). */
  reputationComplement: ['one', 'a', 'an', 'the', 'among', 'likely', 'unlikely', 'his', 'her', 'their', 'its'],
  /** Reputations that need an adverb of "many" to be one: "is often called", "is widely recognised as". */
  reputation: ['called', 'recognised as', 'recognized as', 'referred to as', 'known to be', 'described as', 'touted as'],
  /** What may follow a verb of regarding for it to be a verdict and not a procedure ("was considered at the meeting"). */
  notAVerdict: ['by', 'at', 'in', 'on', 'during', 'for', 'and', 'or', 'but', 'before', 'after', 'when', 'under', 'with', 'until'],
  /** Words after "by" that give means, time or manner, not an agent: "by blocking", "by far", "by 2025". */
  notAnAgentAfterBy: [
    'far', 'then', 'now', 'default', 'mistake', 'accident', 'chance', 'nature', 'design', 'hand', 'law', 'some', 'up', 'more', 'less',
    'about', 'around', 'nearly', 'almost',
  ],
  /** Nouns after "by the" that give time or manner: "by the time", "by the end". */
  notAnAgentAfterByThe: ['time', 'end', 'way', 'start', 'middle', 'close', 'dozen', 'hundreds', 'thousands'],
  /** A criminal case: its accusation has an institutional agent (the prosecution), not an unnamed one. */
  courtCase: [
    'charged', 'charges', 'court', 'trial', 'pleaded', 'pled', 'indicted', 'indictment', 'prosecutors', 'prosecution', 'jury', 'jurors',
    'sentenced', 'convicted', 'magistrates', 'defendant',
  ],
  /** Nouns of talk that stand for unnamed sources: "reports say", "amid rumours". */
  discourse: [...nounForms('report'), ...nounForms('rumour'), ...nounForms('rumor'), 'speculation'],
  /** The plural talk nouns and "speculation": a single "report" is usually a document with an author. */
  discourseMany: [nounForms('report')[1], nounForms('rumour')[1], nounForms('rumor')[1], 'speculation'],
  /** Words that end a comparison rather than start a reputation: "seen as recently as", "seen as he left". */
  notAReputation: ['he', 'she', 'they', 'i', 'we', 'you', 'it', 'recently', 'early', 'late', 'far', 'much', 'many', 'long', 'soon', 'well'],
  /** Nouns of a verdict that stand for unnamed critics: "amid criticism", "drew accusations". */
  verdict: [
    'criticism', 'criticisms', 'accusations', 'allegations', 'claims', 'backlash', 'ridicule', 'condemnation', 'complaints',
    'outcry', 'uproar', 'derision', 'mockery', 'scorn',
  ],
  /** What reports do when nobody is named as making them: "reports say", "reports emerged". */
  discourseVerb: [
    ...['say', 'suggest', 'indicate', 'claim', 'emerge', 'surface', 'circulate', 'swirl', 'persist', 'abound'].flatMap((v) => verbForms(v).slice(0, 3)),
    'arise', 'arose', 'arisen', 'have emerged', 'have surfaced', 'had emerged', 'have circulated', 'are circulating', 'were circulating',
  ],
  /** Words that may stand before such a noun without naming a source: "unconfirmed media reports". */
  discourseModifier: [
    'media', 'news', 'press', 'local', 'unconfirmed', 'some', 'several', 'multiple', 'conflicting', 'other', 'initial', 'early',
    'earlier', 'recent', 'fresh', 'new', 'further', 'growing', 'mounting', 'widespread', 'persistent', 'repeated', 'online', 'public',
    'strong', 'heavy', 'intense', 'fierce', 'sharp', 'considerable', 'much', 'harsh', 'stinging', 'scathing', 'renewed', 'wide',
    'widely', 'circulated', 'unverified', 'unsubstantiated', 'credible', 'troubling', 'disturbing', 'social', 'state', 'foreign',
    'international', 'domestic', 'swirling', 'increasing', 'lingering', 'ongoing', 'vocal', 'significant', 'substantial', 'broad',
    'loud', 'angry', 'furious', 'immediate', 'swift', 'bitter', 'public', 'internal', 'some', 'similar', 'false', 'viral',
  ],
  /** "a mix of", "a storm of": measures of a reaction that may stand before its noun. */
  measure: [
    'a mix of', 'a mixture of', 'a storm of', 'a wave of', 'a flood of', 'a barrage of', 'a torrent of', 'a chorus of', 'a lot of',
    'plenty of', 'a flurry of', 'a hail of', 'a round of', 'a degree of',
  ],
  /** Reactions that a verb brings without saying whose: "drew criticism", "sparked a backlash". */
  reaction: [
    'criticism', 'criticisms', 'accusations', 'allegations', 'backlash', 'ridicule', 'condemnation', 'complaints', 'outcry', 'uproar',
    'derision', 'mockery', 'scorn', 'a backlash', 'an outcry', 'an uproar',
  ],
  /** Words that open the clause a report noun stands in: "and reports say", "but rumours suggest". */
  clauseOpener: [
    'and', 'but', 'that', 'as', 'while', 'though', 'although', 'because', 'since', 'so', 'yet', 'now', 'today', 'yesterday',
    'meanwhile', 'however', 'where', 'when', 'if', 'with', 'amid',
  ],
  /** Words of time that may stand between "it emerged" and "that": "it emerged last night that". */
  time: [
    'last', 'night', 'week', 'month', 'year', 'yesterday', 'today', 'on', 'this', 'earlier', 'later', 'recently', 'since', 'also',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'evening', 'afternoon',
  ],
  /** Conjunctions that may lead into "it emerged", highlighted with it: "as it emerged". */
  emergeLead: ['as', 'after', 'when', 'before', 'once', 'and', 'but', 'since'],
  /** Prepositions that set a claim against unnamed talk: "amid rumours", "despite criticism". */
  against: ['amid', 'amidst', 'despite', 'following', 'after', 'over'],
  /** Verbs that bring a reaction without saying whose: "drew criticism", "prompting accusations". */
  provoke: [
    ...['draw', 'draws', 'drew', 'drawn', 'drawing'],
    ...['face', 'attract', 'spark', 'prompt', 'trigger', 'provoke', 'earn', 'invite', 'generate', 'receive', 'ignite', 'stir'].flatMap(verbForms),
  ],
  /** Possessives and demonstratives that make a report a known one: "the report says", "his criticism". */
  definite: ['the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'whose', 'such'],
  /** Prepositions that introduce the source of a report or a reaction: "reports from the ministry". */
  sourceOf: ['by', 'from'],
  /** "it emerged", "it has been reported": an event of coming to light. */
  emerge: ['emerged', 'emerges', 'has emerged', 'had emerged', 'have emerged', 'has since emerged', 'later emerged', 'since emerged'],
  /** "it has been reported that", "it was claimed that". */
  itPassive: allParticiples(['report', 'claim', 'suggest', 'allege', 'rumour', 'rumor', 'say']),
  itPassiveBe: ['has been', 'had been', 'was', 'is', 'have been', 'is being', 'was being'],
  /** Questions and doubts that are asked or grow without anyone asking: "questions are being asked". */
  question: ['questions', 'doubts', 'concerns', 'fears'],
  questionPassive: [
    'are being asked', 'were being asked', 'have been asked', 'had been asked', 'are asked', 'were asked',
    'are being raised', 'were being raised', 'have been raised', 'had been raised', 'were raised', 'are raised',
  ],
  doubt: ['doubts', 'questions', 'fears', 'concerns', 'suspicions'],
  grow: ['grow', 'grew', 'grown', 'growing', 'mount', 'mounted', 'mounting', 'are growing', 'are mounting', 'have grown', 'have mounted', 'were growing'],
  /** "there is a widespread perception that": a view held by nobody in particular. */
  thereIs: ['there is', 'there was', "there's", 'there has been', 'there had been', 'there remains', 'there seems to be', 'there appears to be'],
  sharedAdjective: [
    'growing', 'widespread', 'common', 'general', 'broad', 'increasing', 'strong', 'prevailing', 'popular', 'wide', 'deep', 'lingering',
    'persistent', 'shared', 'real',
  ],
  sharedView: ['perception', 'belief', 'sense', 'feeling', 'consensus', 'understanding', 'view', 'suspicion', 'expectation', 'impression', 'assumption'],
  /** Views that need an adjective of many to be one: "an understanding" alone is an agreement. */
  sharedViewNeedsAdjective: ['understanding', 'view', 'sense', 'feeling', 'expectation', 'impression'],
  sharedViewLink: ['among', 'that', 'within', 'in', 'inside', 'across'],
  /** A headline's "– reports": the whole line leans on unnamed outlets. */
  headlineDash: ['–', '—', '-', ':'],
  headlineReports: ['reports', 'report'],
  /** Speech and thought verbs before a hedge that make it the speaker's: "the mayor added that no one was believed to". */
  reportingVerb: ['said', 'says', 'added', 'adds', 'noted', 'stated', 'explained', 'told', 'wrote', 'believes', 'believed', 'thinks'],
  /** "execution is said to be complete when …": a definition, not a claim. */
  definitionLink: ['if', 'when', 'once', 'whenever', 'while', 'iff'],
  /** Subjects of the active voice: "he said to wait" is an instruction, not a hedge. */
  pronoun: ['he', 'she', 'they', 'i', 'we', 'you', 'it', 'who', 'which', 'that', 'one'],
} as const;

// The report contract shared by the core, the page layer, the extension, the CLI and the tests.
// Everything here is plain, JSON-serialisable data: a report crosses message boundaries and is
// exported by the popup, so it must never hold functions, nodes or markup.

export type FindingKind = 'anonymous_source' | 'non_answer';

/** Taxonomy of ../shared/corpus/README.md. */
export type AnonymousSubtype =
  | 'explicit_anonymous'
  | 'unnamed_official'
  | 'unnamed_spokesperson'
  | 'unnamed_individual'
  | 'generic_group'
  | 'vague_attribution'
  | 'unnamed_organisation';

export type NonAnswerSubtype =
  | 'declined_to_comment'
  | 'no_response'
  | 'refused_or_evaded'
  | 'unable_or_unavailable';

/** The newsroom rules of STANDARDS.md, S1–S12. */
export type StandardId =
  | 'S1' | 'S2' | 'S3' | 'S4' | 'S5' | 'S6'
  | 'S7' | 'S8' | 'S9' | 'S10' | 'S11' | 'S12';

/** What an anonymous mention gives the reader about its source. */
export interface AnonymousDetails {
  /** The words that describe the source, e.g. "a senior Justice Department official". */
  descriptor: string;
  /**
   * S2 vantage point: 'described' = role and organisation, or knowledge ("familiar with the talks",
   * "briefed on", "who attended"); 'partial' = a role or a side without an organisation ("an aide",
   * "a senior official"); 'none' = a bare "sources say".
   */
  vantage: 'described' | 'partial' | 'none';
  /** S1: a reason for anonymity stated near the mention, and whether it is specific or boilerplate. */
  reason: { text: string; specific: boolean } | null;
  /** S3: a stated motive or allegiance ("an ally of", "who opposes the plan"). */
  motive: string | null;
  /** S6: how many sources the phrase claims; 'many' for an unquantified plural ("sources"). */
  count: number | 'many';
  /** True when the mention refers back to a source introduced earlier ("the official said"). */
  followUp: boolean;
}

/** Who did not answer, and how (S10). */
export interface NonAnswerDetails {
  /** The words naming who did not answer, e.g. "Justice Department spokesperson Sarah Isgur Flores". */
  who: string | null;
  whoKind: 'named_person' | 'spokesperson' | 'institution' | 'unknown';
  /** True for an evasive reply quoted in the speaker's own words. */
  quoted: boolean;
}

interface FindingBase {
  /** Stable within one report: "f0", "f1", ... in text order. */
  id: string;
  /** Id of the rule that produced it (= the rule's file name in src/core/rules/). */
  rule: string;
  /** The highlighted span: exactly text.slice(start, end) of the analysed text. */
  text: string;
  start: number;
  end: number;
  /** The sentence holding the span, and its offsets in the analysed text. */
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  /** One sentence a reader understands: what this is and why it matters. */
  explanation: string;
  /** The newsroom rules this finding touches. */
  standards: StandardId[];
}

export interface AnonymousFinding extends FindingBase {
  kind: 'anonymous_source';
  subtype: AnonymousSubtype;
  details: AnonymousDetails;
}

export interface NonAnswerFinding extends FindingBase {
  kind: 'non_answer';
  subtype: NonAnswerSubtype;
  details: NonAnswerDetails;
}

export type Finding = AnonymousFinding | NonAnswerFinding;

/** An on-the-record attribution: counted for the score (S9, S11), not highlighted by default. */
export interface Attribution {
  kind: 'named_person' | 'institution' | 'document' | 'publication';
  /** The span that carries it, e.g. "Spicer said" or "according to court documents". */
  text: string;
  start: number;
  end: number;
  /** The name as written: "Sean Spicer", "the Justice Department", "court documents". */
  name: string;
}

export interface ScoreComponent {
  /** Stable id, e.g. "undescribed-sources"; also the i18n key suffix in the popup. */
  id: string;
  /** Short label for the popup, e.g. "Anonymous sources without a description". */
  label: string;
  standards: StandardId[];
  /** Signed contribution to the score, in points. */
  points: number;
  /** One sentence saying why, e.g. "3 of 4 anonymous sources have no stated reason". */
  detail: string;
  /** The findings that cost or earned these points. */
  findingIds: string[];
}

export interface Score {
  /** 0–100, deterministic. */
  value: number;
  band: 'high' | 'medium' | 'low';
  /** One line in words, e.g. "Mostly on the record". */
  verdict: string;
  components: ScoreComponent[];
}

export interface Report {
  version: 1;
  /** Length of the analysed text; all offsets index into it. */
  textLength: number;
  sentenceCount: number;
  /** In text order. */
  findings: Finding[];
  attributions: Attribution[];
  counts: {
    anonymous_source: number;
    non_answer: number;
    named_person: number;
    institution: number;
    document: number;
    publication: number;
  };
  /** Null when the text has too little attributed reporting to score (not news, or not sourced). */
  score: Score | null;
  /** True when limits cut the work short (the text was truncated). */
  partial: boolean;
}

/** The outlet's published sourcing policy found in the page's JSON-LD (S12). */
export interface SourcingPolicy {
  kind: 'unnamedSourcesPolicy' | 'publishingPrinciples';
  url: string;
}

export interface PageReport {
  version: 1;
  url: string;
  /** False for pages that are not articles; then `report` is null and `notArticleReason` says why. */
  isArticle: boolean;
  notArticleReason: string | null;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  policies: SourcingPolicy[];
  report: Report | null;
  /** True when limits cut the work short. */
  partial: boolean;
}

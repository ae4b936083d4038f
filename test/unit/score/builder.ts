// A small builder for reports the score can read, so tests describe articles in a line each:
// report(named('Ana Ruiz'), anonymous({ vantage: 'none' }), declined()). Items are laid out in the
// order given, so the first argument is also the first statement of the "article".
import type {
  AnonymousDetails, AnonymousFinding, AnonymousSubtype, Attribution, Finding, NonAnswerDetails,
  NonAnswerFinding, Report,
} from '../../../src/core/types';

type Item =
  | { type: 'anonymous'; subtype: AnonymousSubtype; details: AnonymousDetails }
  | { type: 'nonAnswer'; details: NonAnswerDetails }
  | { type: 'attribution'; kind: Attribution['kind']; name: string };

export function anonymous(details: Partial<AnonymousDetails> = {},
  subtype: AnonymousSubtype = 'unnamed_official'): Item {
  return {
    type: 'anonymous', subtype,
    details: {
      descriptor: 'a senior official', vantage: 'partial', reason: null, motive: null, count: 1,
      followUp: false, ...details,
    },
  };
}

/** "sources said": nothing about who, how many or why. */
export const sourcesSay = (): Item => anonymous({ descriptor: 'sources', vantage: 'none', count: 'many' },
  'explicit_anonymous');

/** "a senior Ministry of Ports official who was not authorised to speak publicly". */
export const describedWithReason = (): Item => anonymous({
  descriptor: 'a senior Ministry of Ports official', vantage: 'described',
  reason: { text: 'was not authorised to speak publicly', specific: true },
});

export const followUp = (descriptor = 'the official'): Item => anonymous({ descriptor, followUp: true });

export function declined(details: Partial<NonAnswerDetails> = {}): Item {
  return { type: 'nonAnswer', details: { who: 'the Harbour Authority', whoKind: 'institution', quoted: false, ...details } };
}

export const named = (name: string): Item => ({ type: 'attribution', kind: 'named_person', name });
export const institution = (name: string): Item => ({ type: 'attribution', kind: 'institution', name });
export const document = (name: string): Item => ({ type: 'attribution', kind: 'document', name });
export const publication = (name: string): Item => ({ type: 'attribution', kind: 'publication', name });

const SPACING = 100;

export function report(...items: Item[]): Omit<Report, 'score'> {
  return reportWithSentences(items.length * 2, ...items);
}

export function reportWithSentences(sentenceCount: number, ...items: Item[]): Omit<Report, 'score'> {
  const findings: Finding[] = [];
  const attributions: Attribution[] = [];
  items.forEach((item, index) => {
    const start = index * SPACING;
    const span = { start, end: start + 20 };
    if (item.type === 'attribution') {
      attributions.push({ kind: item.kind, text: `${item.name} said`, name: item.name, ...span });
      return;
    }
    const base = {
      id: `f${findings.length}`, rule: 'test', text: 'said', ...span, sentence: 'A sentence.',
      sentenceStart: start, sentenceEnd: start + 40, explanation: 'test', standards: [],
    };
    if (item.type === 'anonymous') {
      findings.push({ ...base, kind: 'anonymous_source', subtype: item.subtype, details: item.details } satisfies AnonymousFinding);
    } else {
      findings.push({ ...base, kind: 'non_answer', subtype: 'declined_to_comment', details: item.details } satisfies NonAnswerFinding);
    }
  });
  const countKind = (kind: Attribution['kind']) => attributions.filter((a) => a.kind === kind).length;
  return {
    version: 1, textLength: items.length * SPACING, sentenceCount, findings, attributions, partial: false,
    counts: {
      anonymous_source: findings.filter((f) => f.kind === 'anonymous_source').length,
      non_answer: findings.filter((f) => f.kind === 'non_answer').length,
      named_person: countKind('named_person'), institution: countKind('institution'),
      document: countKind('document'), publication: countKind('publication'),
    },
  };
}

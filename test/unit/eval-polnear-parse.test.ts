// The PolNeAR eval's parser, classes and arithmetic, on an invented article and annotation file
// written here in PolNeAR's standoff format (no corpus text). Offsets in the .ann are code points,
// as the corpus writes them; the 🌉 makes every offset after it differ from JavaScript's by one.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types';
import { annRecords, codePointMapper, parseAnn } from '../../scripts/eval-lib/polnear-parse';
import { cueHead, lemma, opensSentence, sourceKind } from '../../scripts/eval-lib/polnear-classify';
import { engineSpans, sample, scoreArticle, sentenceAround, tally, type EngineSpan } from '../../scripts/eval-lib/polnear-score';
import { sourceShape } from '../../scripts/eval-lib/polnear-shape';
import { loadSplit, resolveSplitRoot } from '../../scripts/eval-lib/polnear-corpus';

const TEXT =
  'The bridge, Mayor Lena Ortiz said, would reopen in May \u{1F309} after repairs.\n\n' +
  'Officials at the transit agency told reporters the repairs were behind schedule and that costs had doubled.\n' +
  'The plan was criticized.\n' +
  'Work will finish by June, according to the city\u2019s engineer, who added that crews are working\n' +
  'around the clock.\n' +
  'It rained all week.\n';

const ANN = [
  'T1\tSource 12 28\tMayor Lena Ortiz',
  'T2\tCue 29 33\tsaid',
  'T3\tContent 0 10;35 54\tThe bridge would reopen in May',
  'T4\tAttribution 29 33\tsaid',
  'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  'T5\tSource 73 104\tOfficials at the transit agency',
  'T6\tCue 105 109\ttold',
  'T7\tContent 120 152\tthe repairs were behind schedule',
  'T8\tContent 162 179\tcosts had doubled',
  'T9\tAttribution 105 109\ttold',
  'E2\tAttribution:T9 Source:T5 Cue:T6 Content:T7 Content2:T8',
  'T10\tContent 181 189\tThe plan',
  'T11\tCue 190 204\twas criticized',
  'T12\tAttribution-no-source 190 204\twas criticized',
  'E3\tAttribution-no-source:T12 Content:T10 Cue:T11',
  'T13\tContent 206 230\tWork will finish by June',
  'T14\tCue 232 244\taccording to',
  'T15\tSource 245 264\tthe city\u2019s engineer',
  'T16\tAttribution 232 244\taccording to',
  'E4\tAttribution:T16 Content:T13 Cue:T14 Source:T15',
  'T17\tSource 266 269\twho',
  'T18\tCue 270 275\tadded',
  'T19\tContent 281 315\tcrews are working',
  'around the clock',
  'T20\tAttribution 270 275\tadded',
  'E5\tAttribution:T20 Cue:T18 Source:T17 Content:T19',
  'T21\tDiscuss 317 326\tIt rained',
  '#1\tAnnotatorNotes T21\tnot an attribution?',
  '',
].join('\n');

const at = (s: string): [number, number] => {
  const i = TEXT.indexOf(s);
  if (i < 0) throw new Error(`not in text: ${s}`);
  return [i, i + s.length];
};
const span = (kind: EngineSpan['kind'], s: string, name = s): EngineSpan => {
  const [start, end] = at(s);
  const n = s.indexOf(name);
  return { kind, start, end, text: s, nameStart: start + n, nameEnd: start + n + name.length };
};

describe('PolNeAR .ann parsing', () => {
  const parsed = parseAnn(ANN, TEXT);
  const byId = Object.fromEntries(parsed.attributions.map((a) => [a.id, a]));

  it('re-joins a span text that crosses a line break and ignores notes', () => {
    const recs = annRecords(ANN);
    expect(recs.find((r) => r.startsWith('T19\t'))).toBe('T19\tContent 281 315\tcrews are working\naround the clock');
    expect(recs.filter((r) => r.startsWith('E'))).toHaveLength(5);
  });

  it('reads every relation with its roles, discontinuous spans and second contents', () => {
    expect(parsed.attributions.map((a) => a.id)).toEqual(['E1', 'E2', 'E3', 'E4', 'E5']);
    expect(byId.E1!.content[0]!.fragments).toEqual([[0, 10], [35, 54]]);
    expect(byId.E2!.content.map((c) => c.text)).toEqual(['the repairs were behind schedule', 'costs had doubled']);
    expect(byId.E3!.noSource).toBe(true);
    expect(byId.E3!.source).toBeNull();
    expect(byId.E3!.cue!.text).toBe('was criticized');
    expect(byId.E5!.content[0]!.text).toBe('crews are working\naround the clock');
    expect(parsed.danglingRefs).toBe(0);
  });

  it('converts code-point offsets to UTF-16 so every span slices to its own text', () => {
    expect(parsed.spansChecked).toBe(21);
    expect(parsed.spansRealigned).toBe(0);
    expect(parsed.spansUnaligned).toBe(0);
    const src = byId.E2!.source!;
    expect(TEXT.slice(src.start, src.end)).toBe('Officials at the transit agency');
    expect([src.start, src.end]).toEqual(at('Officials at the transit agency'));
    expect(TEXT.slice(byId.E1!.source!.start, byId.E1!.source!.end)).toBe('Mayor Lena Ortiz');
    const c = byId.E5!.content[0]!;
    expect(TEXT.slice(c.start, c.end)).toBe('crews are working\naround the clock');
    const map = codePointMapper(TEXT);
    expect(map(54)).toBe(54);
    expect(map(73)).toBe(74);
    expect(codePointMapper('plain')(3)).toBe(3);
  });

  it('shifts a span whose offsets are slightly off, and counts one it cannot find', () => {
    const shifted = ANN.replace('T17\tSource 266 269\twho', 'T17\tSource 268 271\twho').replace('T18\tCue 270 275\tadded', 'T18\tCue 270 275\tsaid');
    const p = parseAnn(shifted, TEXT);
    expect(p.spansRealigned).toBe(1);
    expect(p.spansUnaligned).toBe(1);
    const who = p.attributions.find((a) => a.id === 'E5')!.source!;
    expect(TEXT.slice(who.start, who.end)).toBe('who');
  });

  it('counts a relation that points at a missing span', () => {
    const p = parseAnn(ANN.replace('Source:T1', 'Source:T99'), TEXT);
    expect(p.danglingRefs).toBe(1);
    expect(p.attributions[0]!.source).toBeNull();
    expect(p.attributions[0]!.noSource).toBe(true);
  });
});

describe('cue and source classes', () => {
  it('finds the cue head past auxiliaries, adverbs and prepositions', () => {
    expect(cueHead('said')).toEqual({ lemma: 'say', kind: 'speech' });
    expect(cueHead('has also told')).toEqual({ lemma: 'tell', kind: 'speech' });
    expect(cueHead('According to')).toEqual({ lemma: 'according to', kind: 'speech' });
    expect(cueHead('was criticized')).toEqual({ lemma: 'criticize', kind: 'other' });
    expect(cueHead('’s been hoping')).toEqual({ lemma: 'hope', kind: 'other' });
    expect(cueHead('in a statement')).toEqual({ lemma: 'statement', kind: 'other' });
    expect(cueHead("didn't say").kind).toBe('speech');
    expect(cueHead(':')).toEqual({ lemma: ':', kind: 'other' });
  });

  it('lemmatises common reporting verbs', () => {
    const cases: Record<string, string> = {
      says: 'say', telling: 'tell', announced: 'announce', argued: 'argue', noted: 'note', planned: 'plan',
      admitting: 'admit', added: 'add', calling: 'call', replied: 'reply', denies: 'deny', wrote: 'write',
      described: 'describe', declined: 'decline', endorsed: 'endorse', urged: 'urge', explained: 'explain',
    };
    for (const [w, l] of Object.entries(cases)) expect(lemma(w), w).toBe(l);
  });

  it('sorts source spans into pronoun / name / determiner / other', () => {
    expect(sourceKind('he', false)).toBe('pronoun');
    expect(sourceKind('She', true)).toBe('pronoun');
    expect(sourceKind('who', false)).toBe('pronoun');
    expect(sourceKind('Mayor Lena Ortiz', true)).toBe('name');
    expect(sourceKind('Ortiz’s office', false)).toBe('name');
    expect(sourceKind('NASA', true)).toBe('name');
    expect(sourceKind('the city’s engineer', false)).toBe('determiner');
    expect(sourceKind('The agency', true)).toBe('determiner');
    expect(sourceKind('two officials', false)).toBe('determiner');
    expect(sourceKind('Officials at the transit agency', true)).toBe('other');
    expect(sourceKind('Officials at the transit agency', false)).toBe('name');
    expect(sourceKind('officials', false)).toBe('other');
  });

  it('knows when a span opens a sentence', () => {
    expect(opensSentence(TEXT, at('Officials')[0])).toBe(true);
    expect(opensSentence(TEXT, 0)).toBe(true);
    expect(opensSentence(TEXT, at('Mayor')[0])).toBe(false);
    expect(opensSentence('He said: “Crews', 10)).toBe(true);
  });

  it('shapes source spans without their words', () => {
    expect(sourceShape('Mayor Lena Ortiz')).toBe('Xx Xx Xx');
    expect(sourceShape('the city’s engineer')).toBe("the x 's x");
    expect(sourceShape('Mr. Lam')).toBe('Mr. Xx');
    expect(sourceShape('NASA')).toBe('XX');
    expect(sourceShape('he')).toBe('he');
    expect(sourceShape("O'Neil's aides")).toBe("Xx 's x");
  });
});

describe('recall and precision arithmetic', () => {
  const gold = parseAnn(ANN, TEXT).attributions;
  const engine: EngineSpan[] = [
    span('named_person', 'Mayor Lena Ortiz said', 'Mayor Lena Ortiz'), // overlaps source E1
    span('anonymous_source', 'Officials at the transit agency'), // overlaps source E2
    span('publication', 'was criticized', 'criticized'), // overlaps the cue of E3 (which has no source)
    span('document', 'Work will'), // overlaps content of E4 only
    span('named_person', 'It rained'), // overlaps nothing (a Discuss span is no attribution)
  ];
  const result = scoreArticle('train/invented', TEXT, gold, engine);
  const t = tally([result]);

  it('scores each source found or missed, with its cue and source kind', () => {
    expect(result.sources.map((s) => [s.attribution.id, s.found, s.cueKind, s.sourceKind])).toEqual([
      ['E1', true, 'speech', 'name'],
      ['E2', true, 'speech', 'other'],
      ['E4', false, 'speech', 'determiner'],
      ['E5', false, 'other', 'pronoun'],
    ]);
    expect(result.noSource.map((n) => [n.attribution.id, n.cueKind, n.cueLemma])).toEqual([['E3', 'other', 'criticize']]);
  });

  it('adds up recall overall, by cue kind and by source kind', () => {
    expect(t.attributions).toBe(5);
    expect(t.overall).toEqual({ found: 2, total: 4, recall: 0.5 });
    expect(t.byCue.speech).toEqual({ found: 2, total: 3, recall: 2 / 3 });
    expect(t.byCue.other).toEqual({ found: 0, total: 1, recall: 0 });
    expect(t.bySource.name.found).toBe(1);
    expect(t.bySource.pronoun).toEqual({ found: 0, total: 1, recall: 0 });
    expect(t.bySource.determiner.total).toBe(1);
    expect(t.noSource).toEqual({ speech: 0, other: 1, total: 1 });
  });

  it('says what each engine span overlaps and estimates precision', () => {
    expect(result.engine.map((e) => e.overlaps)).toEqual(['source', 'source', 'cue', 'content', 'nothing']);
    expect(t.engine.total).toBe(5);
    expect(t.engine.precisionSourceOrCue).toBeCloseTo(3 / 5);
    expect(t.engine.precisionSource).toBeCloseTo(2 / 5);
    expect(result.engine.map((e) => e.nameOnSource)).toEqual([true, true, false, false, false]);
    expect(t.engine.precisionName).toBeCloseTo(2 / 5);
  });

  it('a span on a source whose name part lies elsewhere counts for the span figure only', () => {
    // "…the transit agency told reporters": the span reaches the source, the name is the recipient.
    const r = scoreArticle('x', TEXT, gold, [span('publication', 'agency told reporters', 'reporters')]);
    expect(r.engine[0]).toMatchObject({ overlaps: 'source', nameOnSource: false });
    expect(t.engine.byKind).toEqual({ named_person: 2, anonymous_source: 1, publication: 1, document: 1 });
  });

  it('a span that touches a source only at its edge does not overlap it', () => {
    const [, end] = at('Mayor Lena Ortiz');
    const r = scoreArticle('x', TEXT, gold, [{ kind: 'named_person', start: end, end: end + 1, text: ' ', nameStart: end, nameEnd: end + 1 }]);
    expect(r.sources[0]!.found).toBe(false);
  });

  it('takes anonymous_source findings and every attribution from a report, not non-answers', () => {
    const report = {
      findings: [
        { kind: 'anonymous_source', start: 73, end: 82, text: 'Officials' },
        { kind: 'non_answer', start: 0, end: 3, text: 'The' },
      ],
      attributions: [{ kind: 'institution', start: 12, end: 33, text: 'Mayor Lena Ortiz said', name: 'Mayor Lena Ortiz' }],
    } as unknown as Pick<Report, 'findings' | 'attributions'>;
    expect(engineSpans(report).map((e) => [e.kind, e.nameStart, e.nameEnd])).toEqual([
      ['institution', 12, 28],
      ['anonymous_source', 73, 82],
    ]);
  });

  it('finds the sentence around a span and samples reproducibly', () => {
    const [s, e] = at('costs had doubled');
    expect(sentenceAround(TEXT, s, e)).toBe('Officials at the transit agency told reporters the repairs were behind schedule and that costs had doubled.');
    expect(sentenceAround('Mr. Lam spoke. Then Ms. Ortiz left.', 25, 30)).toBe('Then Ms. Ortiz left.');
    const items = Array.from({ length: 50 }, (_, i) => i);
    expect(sample(items, 5, 7)).toEqual(sample(items, 5, 7));
    expect(new Set(sample(items, 50, 3)).size).toBe(50);
    expect(sample(items, 99, 1)).toHaveLength(50);
  });
});

describe('reading a split from disk', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'polnear-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  for (const split of ['train', 'dev']) {
    mkdirSync(path.join(dir, 'data', split, 'text'), { recursive: true });
    mkdirSync(path.join(dir, 'data', split, 'attributions'), { recursive: true });
  }
  writeFileSync(path.join(dir, 'data', 'train', 'text', 'invented-article.txt'), TEXT);
  writeFileSync(path.join(dir, 'data', 'train', 'attributions', 'invented-article_beef.ann'), ANN);
  writeFileSync(path.join(dir, 'data', 'train', 'attributions', 'invented-article_abcd.ann'), ANN.split('\n').slice(0, 5).join('\n'));
  writeFileSync(path.join(dir, 'data', 'train', 'attributions', 'no-text_abcd.ann'), ANN);

  it('finds the split folder and uses the first annotator of a multiply-annotated article', () => {
    expect(resolveSplitRoot(dir)).toBe(path.join(dir, 'data'));
    expect(resolveSplitRoot(path.join(dir, 'data'))).toBe(path.join(dir, 'data'));
    expect(resolveSplitRoot(path.join(dir, 'data', 'train'))).toBeNull();
    const arts = loadSplit(path.join(dir, 'data'), 'train');
    expect(arts.map((a) => [a.id, a.annotator, a.annotatorCount])).toEqual([['invented-article', 'abcd', 2]]);
    expect(arts[0]!.parsed.attributions).toHaveLength(1);
    expect(loadSplit(path.join(dir, 'data'), 'dev')).toEqual([]);
  });
});

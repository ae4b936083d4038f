// Which non-answer patterns cost the most: for every corpus sentence, which patterns pass their
// cheap gates (cue words, needed phrases) and how long their regexes take. For finding the next
// gate to add; it changes nothing. Usage: npx tsx scripts/bench/non-answer-cost.ts
import { readFileSync } from 'node:fs';
import { segmentSentences } from '../../src/core/sentences';
import { tokenize } from '../../src/core/tokens';
import type { NonAnswerPattern } from '../../src/core/phrases/non-answer-matches';
import { ALL_PATTERNS as declined } from '../../src/core/rules/declined-to-comment';
import { ALL_PATTERNS as evasive } from '../../src/core/rules/evasive-reply';
import { ALL_PATTERNS as noResponse } from '../../src/core/rules/no-response';
import { ALL_PATTERNS as refused } from '../../src/core/rules/refused-or-evaded';
import { ALL_PATTERNS as unable } from '../../src/core/rules/unable-or-unavailable';
import { holdsEach } from '../../src/core/phrases/non-answer-gates';
import { corpusAvailable, loadPages } from '../eval-lib/corpus';

if (!corpusAvailable()) {
  console.log('non-answer-cost: ../shared/corpus is absent, skipping.');
  process.exit(0);
}
const text = loadPages().map((p) => readFileSync(p.textPath, 'utf8')).join('\n\n');
const all: [string, NonAnswerPattern][] = [
  ...declined.map((p) => ['declined', p] as [string, NonAnswerPattern]), ...evasive.map((p) => ['evasive', p] as [string, NonAnswerPattern]),
  ...noResponse.map((p) => ['no-response', p] as [string, NonAnswerPattern]), ...refused.map((p) => ['refused', p] as [string, NonAnswerPattern]),
  ...unable.map((p) => ['unable', p] as [string, NonAnswerPattern]),
];
const cost = all.map(() => ({ runs: 0, ms: 0 }));
for (const s of segmentSentences(text)) {
  const words = new Set(tokenize(text, s.start, s.end).filter((t) => t.isWord).map((t) => t.lower));
  const sentence = text.slice(s.start, s.end).replace(/’/g, "'");
  const folded = sentence.toLowerCase().replace(/\s+/g, ' ');
  all.forEach(([, p], i) => {
    if (!p.cues.some((c) => words.has(c)) || (p.needs && !holdsEach(folded, p.needs))) return;
    const t = performance.now();
    for (const _ of sentence.matchAll(p.pattern));
    cost[i]!.runs++;
    cost[i]!.ms += performance.now() - t;
  });
}
const rows = all.map(([rule, p], i) => ({ rule, cues: p.cues.slice(0, 4).join('|'), ...cost[i]! })).sort((a, b) => b.ms - a.ms);
for (const r of rows.slice(0, 20)) console.log(r.ms.toFixed(1).padStart(7), 'ms', String(r.runs).padStart(5), 'runs', r.rule.padEnd(12), r.cues);

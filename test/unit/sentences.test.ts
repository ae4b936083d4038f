import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../src/core/sentences';

const split = (text: string) => segmentSentences(text).map((s) => text.slice(s.start, s.end));

describe('segmentSentences', () => {
  it('splits ordinary sentences', () => {
    expect(split('The vote failed. The bill is dead! Is it? Yes.')).toEqual(['The vote failed.', 'The bill is dead!', 'Is it?', 'Yes.']);
  });

  it('does not split at titles, initials, acronyms, numbers or times', () => {
    const one = [
      'Mr. Lee met Sen. Ortiz in the U.S. Capitol on Monday.',
      'Donald J. Trump and J.D. Vance spoke at 3 p.m. Eastern time.',
      'He is ranked No. 2 in the world.',
      'The Dr. said so.',
    ];
    for (const s of one) expect(split(s)).toEqual([s]);
  });

  it('splits after an acronym when a new sentence clearly starts', () => {
    expect(split('He moved to the U.S. The move was hard.')).toEqual(['He moved to the U.S.', 'The move was hard.']);
  });

  it('keeps a quotation whole and closes the sentence after the closing quote', () => {
    expect(split('He said: “It failed. We know why.” Then he left.')).toEqual(['He said: “It failed. We know why.”', 'Then he left.']);
  });

  it('never joins across paragraphs', () => {
    expect(split('A headline without a stop\nThe body starts here.\n\nNext paragraph')).toEqual(['A headline without a stop', 'The body starts here.', 'Next paragraph']);
    const s = segmentSentences('One\n\nTwo\nThree');
    expect(new Set(s.map((x) => x.paragraph)).size).toBe(3);
  });

  it('survives an unbalanced quote', () => {
    expect(split('He said “it failed. Then he left. Nobody stayed.')).toEqual(['He said “it failed.', 'Then he left.', 'Nobody stayed.']);
  });

  it('splits two sentences whose space was lost, but not dotted names or domains', () => {
    const parts = (t: string) => segmentSentences(t).map((x) => t.slice(x.start, x.end));
    expect(parts('She was moved for treatment.Doctors said she was stable.')).toEqual(['She was moved for treatment.', 'Doctors said she was stable.']);
    expect(parts('She was taken to a clinic in Ashby.Doctors said she was stable.')).toHaveLength(2);
    expect(parts('He joined the U.S.Army in May.')).toHaveLength(1);
    expect(parts('Read more at example.com today.')).toHaveLength(1);
  });
});

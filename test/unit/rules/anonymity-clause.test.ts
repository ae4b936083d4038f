import { describe, expect, it } from 'vitest';
import { findings, texts } from '../helpers';

const RULE = 'anonymity-clause';

describe(RULE, () => {
  it('makes any person noun a source when a clause asks for anonymity', () => {
    expect(texts('One cashier, who asked not to be named, said the tills were empty by noon.', RULE)).toEqual(['One cashier, who asked not to be named, said']);
    expect(texts('A man, who did not want to be identified, said the gate was open.', RULE)).toEqual(['A man, who did not want to be identified, said']);
    expect(texts('A pilot with the carrier, who spoke on condition of anonymity, told reporters the radar failed.', RULE)).toHaveLength(1);
  });

  it('files ambassadors and other office-holders as unnamed officials', () => {
    const [f] = findings('One Baltic ambassador, who requested anonymity, said the summit was adrift.');
    expect(f?.subtype).toBe('unnamed_official');
    const [g] = findings('A deputy commissioner, who spoke on condition of anonymity, said the plan was late.', RULE);
    expect(g?.subtype).toBe('unnamed_official');
    expect(f?.details.reason?.specific).toBe(false);
  });

  it('follows the source with a pronoun in the next sentence', () => {
    const text = 'A porter at the station, who asked not to be identified, said trains were cancelled. “Nobody told us,” she said.';
    expect(texts(text).some((t) => t === 'she said')).toBe(true);
  });

  it('ignores clauses that are not about anonymity, and speakers that never speak', () => {
    expect(texts('One cashier, who has worked there for years, said the tills were empty.', RULE)).toEqual([]);
    expect(texts('Police stopped a man, who asked not to be named, near the gate.', RULE)).toEqual([]);
  });
});

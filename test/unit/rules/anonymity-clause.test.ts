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

  it('reads the participial form "speaking on condition of anonymity" / "speaking anonymously"', () => {
    const text = 'Three pilots at the airline, speaking on condition of anonymity because they feared dismissal, said the checks were skipped. One of them said the logs were rewritten.';
    const found = findings(text, RULE);
    expect(found.map((f) => f.text)).toEqual(['Three pilots at the airline, speaking on condition of anonymity because they feared dismissal, said']);
    expect(found[0]!.subtype).toBe('unnamed_individual');
    expect(texts(text)).toContain('One of them said');
    expect(texts('A regional manager, speaking anonymously, said orders had halved.', RULE)).toHaveLength(1);
    expect(texts('The mayor, speaking at the opening, said the bridge was safe.', RULE)).toEqual([]);
    expect(texts('Two nurses, speaking anonymously, met the inspectors on Monday.', RULE)).toEqual([]);
  });

  it('treats declining to give a name as asking for anonymity', () => {
    // Whichever rule claims the noun, the speaker is one anonymous source and nobody refused a question.
    const trader = findings('A market trader, who declined to give his name, said rents had doubled.');
    expect(trader.map((f) => [f.kind, f.text])).toEqual([['anonymous_source', 'A market trader, who declined to give his name, said']]);
    const parent = findings('One lifeguard, who declined to identify herself, said the beach was closed.');
    expect(parent.map((f) => f.kind)).toEqual(['anonymous_source']);
  });

  it('reads a wish to stay unnamed, and the speaker after its verb', () => {
    expect(texts('The baker, who wanted to remain anonymous, called the fire a disaster.', RULE)).toEqual(['The baker, who wanted to remain anonymous, called']);
    expect(texts('“We saw a gap,” says the head of the college, who asked to use a pseudonym for safety.', RULE))
      .toEqual(['says the head of the college, who asked to use a pseudonym for safety']);
  });
});

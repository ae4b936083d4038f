import { describe, expect, it } from 'vitest';
import { findings, texts } from '../helpers';

const RULE = 'follow-up-reference';

describe(RULE, () => {
  it('links a pronoun back to an unnamed source', () => {
    const text = 'Officials said the dam was safe. They said inspections would continue.';
    const [f] = findings(text, RULE);
    expect(f?.text).toBe('They said');
    expect(f?.subtype).toBe('unnamed_official');
    expect(f?.details.followUp).toBe(true);
  });

  it('finds "one … another" members of an unnamed group', () => {
    expect(texts('Two donors described the dinner. One called it tense, and another said it was fine.', RULE)).toEqual(['One called', 'another said']);
  });

  it('does not link a pronoun to a named speaker', () => {
    expect(texts('Mayor Ann Cole said the dam was safe. She said inspections would continue.', RULE)).toEqual([]);
    expect(texts('An aide said the bill was dead. Later, Mr. Ford spoke. He said it was alive.', RULE)).toEqual([]);
  });

  it('ignores pronouns in subordinate clauses and quotations', () => {
    expect(texts('Residents say they are ignored when they complain to the council.', RULE)).toEqual([]);
    expect(texts('An aide said the bill was dead. “He said nothing to me,” the senator replied.', RULE)).toEqual([]);
  });

  it('finds "one of them" and ignores groups that were told something', () => {
    expect(texts('People close to the club said the coach would go. The board is split, one of them said.', RULE)).toEqual(['one of them said']);
    expect(texts('Western envoys say they have been told the count will be late.', RULE)).toEqual([]);
  });

  it('reads singular "they" for the one unnamed person just quoted, and belief verbs', () => {
    expect(texts('A spokesman for the port said one ship was held. They added that the rest had sailed.', RULE)).toEqual(['They added']);
    expect(texts('Two doctors described the ward as full. They stress that no one was turned away.', RULE)).toEqual(['They stress']);
    expect(texts('Ann Lee said one ship was held. They added that the rest had sailed.', RULE)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/index';

/** The on-record attributions of a text, as "kind: name". */
function onRecord(text: string): string[] {
  return analyzeText(text).attributions.map((a) => `${a.kind}: ${a.name}`);
}

describe('on-record attributions', () => {
  it('finds named sources before and after the cue, with appositions and parentheses between', () => {
    expect(onRecord('“We are full,” said Ann Lee.')).toEqual(['named_person: Ann Lee']);
    expect(onRecord('Ann Lee, a nurse at the clinic, said the ward was full.')).toEqual(['named_person: Ann Lee']);
    expect(onRecord('Sen. Jo Roe (D-Ohio) argued that the bill was late.')).toEqual(['named_person: Sen. Jo Roe']);
    expect(onRecord('“It is a start,” said Eli Moss of the National Grocers Federation.')).toEqual(['named_person: Eli Moss of the National Grocers Federation']);
  });

  it('reads cues beyond say and tell', () => {
    expect(onRecord('Mr. Lee believes the deal is dead.')).toEqual(['named_person: Mr. Lee']);
    expect(onRecord('The ministry warned that prices would rise.')).toEqual(['institution: The ministry']);
    expect(onRecord('According to court records, the firm owed money.')).toEqual(['document: court records']);
    expect(onRecord('The Daily Herald reported that the mill would close.')).toEqual(['publication: The Daily Herald']);
  });

  it('resolves pronouns, relative pronouns and definite roles to the named speaker before them', () => {
    const names = onRecord('Ann Lee said the ward was full. She added that staff were tired. The nurse said more were needed.');
    expect(names).toEqual(['named_person: Ann Lee', 'named_person: Ann Lee', 'named_person: Ann Lee']);
    expect(onRecord('Ann Lee, who said the ward was full, left early.')).toEqual(['named_person: Ann Lee']);
    expect(onRecord('The ministry said prices would rise. It later confirmed the figures.')).toEqual(['institution: The ministry', 'institution: The ministry']);
  });

  it('gives a shared subject to participles and coordinated verbs', () => {
    expect(onRecord('Ann Lee went on the attack, saying the plan was a mess.')).toEqual(['named_person: Ann Lee']);
    expect(onRecord('Ann Lee stood up at the meeting and said the plan was a mess.')).toEqual(['named_person: Ann Lee']);
  });

  it('leaves passives, headline words, quotations and unnamed people out', () => {
    expect(onRecord('Ann Lee was endorsed by no one.')).toEqual([]);
    expect(onRecord('Millions of people live in the United States.')).toEqual([]);
    expect(onRecord('“Jo Roe says the worst things,” the post read.')).not.toContain('named_person: Jo Roe');
    expect(onRecord('A resident said the road flooded.')).toEqual([]);
    expect(onRecord('A resident said the road flooded. She added that it happens every year.')).toEqual([]);
  });
});

describe('on-record heads before a place', () => {
  it('reads the noun a place is attached to as the source', () => {
    expect(analyzeText('The ministry in Lagos said the port would reopen.').attributions.map((a) => a.kind)).toEqual(['institution']);
    expect(analyzeText('The council in Leeds said the road would close.').attributions.map((a) => a.kind)).not.toContain('named_person');
  });
});

describe('on-record names in appositions and records after "according to"', () => {
  const names = (text: string) => analyzeText(text).attributions.map((a) => `${a.kind}: ${a.name}`);
  it('takes the name inside or before an apposition', () => {
    expect(names('The port director, Ana B. Ruiz, said the cranes were idle.')).toEqual(['named_person: Ana B. Ruiz']);
    expect(names('Eli Moss, who farms outside the county seat, Ashby, said the rain came late.')).toEqual(['named_person: Eli Moss']);
  });
  it('reads anything "according to" cites that is not a person as a record', () => {
    expect(names('The ship left in May, according to its maintenance log.')).toEqual(['document: its maintenance log']);
  });
  it('gives a shared subject to a participle after a closing quote', () => {
    const said = analyzeText('Ana Ruiz visited the “open port,” saying it kept prices down.').attributions;
    expect(said.map((a) => `${a.kind}: ${a.name}`)).toEqual(['named_person: Ana Ruiz']);
    expect(said[0]!.text.endsWith('saying')).toBe(true);
  });
});

describe('pronouns continue the subject of the sentence before', () => {
  it('reads "he says" as the named subject before, past an unnamed person in between', () => {
    const text = 'Jo Roe says the plan is sound. Roe is touring the county after a farmer told him the rain was late. He says the plan will hold.';
    const names = analyzeText(text).attributions.map((a) => a.name);
    expect(names.filter((n) => n === 'Jo Roe' || n === 'Roe')).toHaveLength(2);
  });
});

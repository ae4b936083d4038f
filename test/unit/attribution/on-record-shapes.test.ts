import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/index';

/** The on-record attributions of a text, as "kind: name". */
function onRecord(text: string): string[] {
  return analyzeText(text).attributions.map((a) => `${a.kind}: ${a.name}`);
}

describe('on-record source shapes', () => {
  it('reads a capitalised "-ly" word before the cue as a name, and a lower-case one as an adverb', () => {
    expect(onRecord('The towns would become middlemen, Kelly said.')).toContain('named_person: Kelly');
    expect(onRecord('Ann Lee quietly said the towns would become middlemen.')).toEqual(['named_person: Ann Lee']);
  });

  it('keeps an age between commas with the name before it', () => {
    expect(onRecord('Omar Reyes, 61, who farms near Ames, says the rain came late.')).toContain('named_person: Omar Reyes');
    expect(onRecord('Omar Reyes, a farmer near Ames, says the rain came late.')).toEqual(['named_person: Omar Reyes']);
  });

  it('counts poll shares as sources when they say something, not when a poll reports them or they are a noun', () => {
    expect(onRecord('Still, 48 percent of farmers say the rules are too strict.')).toEqual(['document: 48 percent of farmers']);
    expect(onRecord('Seven in 10 said the rules were too strict.')).toEqual(['document: Seven in 10']);
    expect(onRecord('About 31% say the rules are fair.')).toEqual(['document: 31%']);
    expect(onRecord('The survey found that 48 percent of farmers said the rules were too strict.')).not.toContain('document: 48 percent of farmers');
    expect(onRecord('The mayor has 36 percent support among farmers.')).toEqual([]);
    expect(onRecord('Ames will be the third city that the firm sues.')).toEqual([]);
  });

  it('reads a cue form after "of" or an article as a noun', () => {
    expect(onRecord('Ann Lee met the former secretary of state on Monday.')).toEqual([]);
    expect(onRecord('The former secretary of state said the talks had failed.')).toEqual([]);
  });

  it('resolves a definite role to the named speaker before it, and leaves an indefinite one alone', () => {
    expect(onRecord('Omar Reyes spoke at the fair. The billionaire told the crowd he would stay.')).toEqual(['named_person: Omar Reyes']);
    expect(onRecord('Omar Reyes spoke at the fair. A billionaire told the crowd he would stay.')).toEqual([]);
  });

  it('gives a shared subject past an introductory phrase, an apposition or a dash', () => {
    expect(onRecord('Hours later, Ann Lee emailed the board, telling it the plan was dead.')).toEqual(['named_person: Ann Lee']);
    expect(onRecord('Ann Lee, the head of the board, emailed members on Monday, telling them the plan was dead.')).toEqual(['named_person: Ann Lee']);
    expect(onRecord('Ann Lee changed her mind – saying the plan was dead.')).toEqual(['named_person: Ann Lee']);
    expect(onRecord('In Ames, the river rose all night, saying nothing.')).toEqual([]);
  });

  it('reads a speaker label before a colon, but not a section label', () => {
    expect(onRecord('Ann Lee: “The plan is dead.”')).toEqual(['named_person: Ann Lee']);
    expect(onRecord('Omar Reyes spoke to Lee. Reyes: Plan Is Dead.')).toContain('named_person: Reyes');
    expect(onRecord('The Latest: the plan is dead.')).toEqual([]);
    expect(onRecord('Delegate Update: The count in the race.')).toEqual([]);
    expect(onRecord('Ann Lee: 1,769.')).toEqual([]);
  });

  it('reads the on-record-only cues with their particle, and the same verbs as acts without it', () => {
    expect(onRecord('Ann Lee spoke about the need for a wall.')).toEqual(['named_person: Ann Lee']);
    expect(onRecord('Ann Lee spoke to the crowd in Ames.')).toEqual([]);
    expect(onRecord('Ann Lee made clear that she would run.')).toEqual(['named_person: Ann Lee']);
    expect(onRecord('Ann Lee made a trip to Ames.')).toEqual([]);
  });
});

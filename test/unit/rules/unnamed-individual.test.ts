import { describe, expect, it } from 'vitest';
import { texts } from '../helpers';

const RULE = 'unnamed-individual';

describe(RULE, () => {
  it('finds unnamed relatives, donors and acquaintances', () => {
    expect(texts('He was a quiet boy, according to his mother.', RULE)).toEqual(['according to his mother']);
    expect(texts('Three donors told the paper the dinner was tense.', RULE)).toEqual(['Three donors told']);
    expect(texts('People close to the coach insisted he would stay.', RULE)).toEqual(['People close to the coach insisted']);
    expect(texts('Those who know him believe he will run again.', RULE)).toEqual(['Those who know him believe']);
  });

  it('finds reporting from unattributed interviews', () => {
    expect(texts('The timeline was rebuilt from interviews with staff.', RULE)).toEqual(['from interviews']);
  });

  it('skips named relatives and people who are only mentioned', () => {
    expect(texts('Her father, John Smith, said she loved the sea.', RULE)).toEqual([]);
    expect(texts('She visited her mother on Sunday.', RULE)).toEqual([]);
    expect(texts('His father did not respond to questions.', RULE)).toEqual([]);
  });

  it('finds people described by role or relation', () => {
    expect(texts('The lollipop man said he heard about it from a parent.', RULE)).toEqual([]);
    // A definite role points back: anonymous when the story introduced that person unnamed, not by default.
    const introduced = 'A crossing guard who asked not to be named said she saw the car. The crossing guard said she learned of it from a parent.';
    expect(texts(introduced, RULE)).toContain('The crossing guard said');
    expect(texts('The crossing guard said she learned of it from a parent.', RULE)).toEqual([]);
    const mentioned = 'The cheerful crossing guard at the corner waved. The crossing guard said she learned of it from a parent.';
    expect(texts(mentioned, RULE)).toEqual(['The crossing guard said']);
    expect(texts('Ana Ruiz sells fruit at the market. The mother of three says trade is slow.', RULE)).toEqual([]);
    expect(texts('Relatives of three passengers said they had no warning.', RULE)).toEqual(['Relatives of three passengers said']);
    expect(texts('Teammates described him as shaken.', RULE)).toEqual(['Teammates described']);
    expect(texts('The leak was real, according to a security researcher who found it.', RULE)).toEqual(['according to a security researcher']);
  });

  it('does not treat a named or merely mentioned person as a source', () => {
    const named = 'Rosa Diaz, the crossing guard, waved the children over. Later the crossing guard said the road was icy.';
    expect(texts(named, RULE)).toEqual([]);
    expect(texts('She had not told her boyfriend, who still believed the trip was on.', RULE)).toEqual([]);
    expect(texts('Parents at Elm Street got a letter home on Friday saying the school would close.', RULE)).toEqual([]);
    expect(texts('The National Guard said roads were shut.', RULE)).toEqual([]);
  });

  it('does not read set phrases or physical senses of a verb as a claim', () => {
    expect(texts('Students said goodbye to the campus on Friday.', RULE)).toEqual([]);
    expect(texts('Nurses expressed milk for the infants.', RULE)).toEqual([]);
    expect(texts('Nurses expressed concern about the rota.', RULE)).toEqual(['Nurses expressed']);
  });

  it('reads "protested" as a claim only when a claim follows', () => {
    expect(texts('Students at the college protested the fee rise.', RULE)).toEqual([]);
    expect(texts('Students at the college protested that the fee rise was unfair.', RULE)).toHaveLength(1);
  });

  it('finds allies and friends described by whom they back, even when that person is named', () => {
    expect(texts('Allies of the chancellor say the budget will be delayed.', RULE)).toEqual(['Allies of the chancellor say']);
    expect(texts('Friends of Tomas Berg said he had left the country.', RULE)).toEqual(['Friends of Tomas Berg said']);
    expect(texts('An ally of Governor Ines Marsh said the veto was certain.', RULE)).toHaveLength(1);
    expect(texts('The senator thanked her allies in the chamber.', RULE)).toEqual([]);
    expect(texts('Paris and its allies agreed to lift the embargo.', RULE)).toEqual([]);
    expect(texts('I expect that Nato allies will say yes.', RULE)).toEqual([]);
  });
});

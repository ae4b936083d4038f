import { describe, expect, it } from 'vitest';
import { findings, texts } from '../helpers';

const RULE = 'unnamed-voice';

describe(RULE, () => {
  it('finds unnamed people and groups with cue verbs beyond say and tell', () => {
    expect(texts('A commuter worried that the new timetable would leave her stranded.', RULE)).toEqual(['A commuter worried']);
    expect(texts('Several commuters conceded the rota had been fair.', RULE)).toEqual(['Several commuters conceded']);
    expect(texts('Regional planners expect the port to double in size by 2040.', RULE)).toEqual(['Regional planners expect']);
    expect(texts('Fans have speculated that the last song is about the drummer.', RULE)).toEqual(['Fans have speculated']);
    expect(texts('Two commuters agreed that the timetable was a mess.', RULE)).toEqual(['Two commuters agreed']);
  });

  it('finds quantifiers that stand for people', () => {
    expect(texts('Several warned that the waiting lists were already closed.', RULE)).toEqual(['Several warned']);
    expect(texts('Many hope the strike ends before the holidays.', RULE)).toEqual(['Many hope']);
    expect(texts('Those involved in the pilot scheme stress that it is voluntary.', RULE)).toEqual(['Those involved in the pilot scheme stress']);
  });

  it('finds sources that stand after the cue: agents, interviewees, "with … saying"', () => {
    expect(texts('The plan was criticised by local farmers at the meeting.', RULE)).toEqual(['criticised by local farmers']);
    expect(texts('The Herald spoke to one teacher at the school.', RULE)).toEqual(['spoke to one teacher']);
    expect(texts('Sales fell sharply, with some customers saying they had switched brands.', RULE)).toEqual(['some customers saying']);
    expect(texts('Later I got an email reply from a company representative.', RULE)).toEqual(['reply from a company representative']);
    expect(findings('A statement by a club spokesman confirmed the sale.', RULE).map((f) => f.subtype)).toEqual(['unnamed_spokesperson']);
  });

  it('reads counted peoples, identified strangers and compound person nouns', () => {
    expect(texts('Many Canadians living abroad fear the new rules.', RULE)).toEqual(['Many Canadians living abroad fear']);
    expect(texts('Counter-protesters warned that they would return.', RULE)).toEqual(['Counter-protesters warned']);
    expect(texts('The driver who stopped to help said the road was icy.', RULE)).toEqual(['The driver who stopped to help said']);
    expect(texts('The man who the police said fled was caught.', RULE)).toEqual([]);
    expect(texts('Some members of Congress have suggested a delay.', RULE)).toEqual(['Some members of Congress have suggested']);
  });

  it('reads people prompted to speak, and views held', () => {
    expect(texts('The advert prompted some viewers to argue that it was cruel.', RULE)).toEqual(['some viewers to argue']);
    expect(texts('The fire led one shopkeeper, who runs a cafe nearby, to warn of looting.', RULE)).toEqual(['one shopkeeper, who runs a cafe nearby, to warn']);
    expect(texts('The fire led one shopkeeper to close early.', RULE)).toEqual([]);
    expect(texts('Most brokers are of the view that rates will fall.', RULE)).toEqual(['Most brokers are of']);
  });

  it('reads talk among a group, restrictive "who said" clauses and headline style', () => {
    expect(texts('Online discussions among pilots have centred on the radar data.', RULE)).toEqual(['discussions among pilots']);
    expect(texts('The rules eased after calls from farmers who said they could not hire.', RULE)).toEqual(['farmers who said']);
    expect(texts('Nurse at city clinic slams new rota', RULE)).toEqual(['Nurse at city clinic slams']);
    expect(texts('Nurse at city clinic slams new rota.', RULE)).toEqual([]);
  });

  it('reads a negated belief as a view, but not a negated statement', () => {
    expect(texts("Most analysts don't expect a rate cut this year.", RULE)).toEqual(["Most analysts don't expect"]);
    expect(texts('Residents did not say when they would return.', RULE)).toEqual([]);
  });

  it('gives the subtype from the kind of person', () => {
    const subtypes = (text: string) => findings(text, RULE).map((f) => f.subtype);
    expect(subtypes('Regional planners expect the port to double.')).toEqual(['unnamed_official']);
    expect(subtypes('A commuter worried that the line would close.')).toEqual(['unnamed_individual']);
    expect(subtypes('Fans predict a comeback next season.')).toEqual(['generic_group']);
    expect(subtypes('An economist predicted a slowdown.')).toEqual(['unnamed_individual']);
  });

  it('leaves named people alone', () => {
    expect(texts('Ann Baker runs the bakery. Baker says trade is slow.', RULE)).toEqual([]);
    expect(texts('“It was loud,” said a neighbour, Ann Lee.', RULE)).toEqual([]);
    expect(texts('“It was loud,” said another witness, former nurse Jo Ray.', RULE)).toEqual([]);
    expect(texts('Eli Moss, one of the best-known voices on farming, said the rules were late.', RULE)).toEqual([]);
    expect(texts('Lena Ortiz, a teacher and a union activist in Leeds, said the cuts were deep.', RULE)).toEqual([]);
    expect(texts('Members of Nurses for Safe Wards argued for more staff.', RULE)).toEqual([]);
    expect(texts("Jo Ray's mum confirmed the date.", RULE)).toEqual([]);
  });

  it('leaves people who are not sources alone', () => {
    expect(texts('Roe said critics were furious about the delay.', RULE)).toEqual([]);
    expect(texts('The app lets users flag suspicious posts.', RULE)).toEqual([]);
    expect(texts('Organisers asked visitors to leave the hall.', RULE)).toEqual([]);
    expect(texts('Member states have supplied arms and fuel.', RULE)).toEqual([]);
    expect(texts('It is one of the biggest states in the union, observers agree.')).toEqual(['observers agree']);
    expect(texts('Police were looking for a dangerous suspect.', RULE)).toEqual([]);
    expect(texts('Some 36% of new investors said the app was easy to use.', RULE)).toEqual([]);
    expect(texts('Protesters shouted at the camera crew.', RULE)).toEqual([]);
    expect(texts('No one can say how long the drought will last.', RULE)).toEqual([]);
    expect(texts('Few would argue against cleaner rivers.', RULE)).toEqual([]);
    expect(texts('“Residents are worried,” the mayor said.', RULE)).toEqual([]);
    expect(texts('Furious mum demands refund from school.', RULE)).toEqual([]);
    expect(texts('Speaking to reporters on the plane, Ms. Roe said she would run.', RULE)).toEqual([]);
    expect(texts('The count will not be seen by other users.', RULE)).toEqual([]);
    expect(texts('She was respected by colleagues, even those from nations who disagreed with her.', RULE)).toEqual([]);
    expect(texts('Ann wanted some say in the matter.', RULE)).toEqual([]);
  });

  it('gives way to the follow-up and the phrasing-specific rules on the same words', () => {
    const all = findings('Two donors described the dinner. One called it tense.');
    expect(all.map((f) => f.rule)).toEqual(['unnamed-individual', 'follow-up-reference']);
  });
});

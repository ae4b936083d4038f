import { describe, expect, it } from 'vitest';
import { findings, texts } from '../helpers';

const RULE = 'pseudonym';

describe(RULE, () => {
  it('treats a declared pseudonym as an anonymous source wherever it speaks', () => {
    const story = 'A nurse, who asked to use the pseudonym Marta, runs the night shift. “We are short every night,” Marta says. Marta has said the rota is unsafe.';
    expect(texts(story, RULE)).toEqual(['Marta says', 'Marta has said']);
    expect(findings(story, RULE).every((f) => f.subtype === 'explicit_anonymous')).toBe(true);
    expect(texts('Tomas (not his real name) fled in May. “It was dark,” said Tomas.', RULE)).toEqual(['said Tomas']);
    expect(texts('Lina, whose name has been changed, works nights. Lina told us the pay was late.', RULE)).toEqual(['Lina told']);
  });

  it('leaves real names, and names before the declaration, alone', () => {
    expect(texts('Marta Ruiz says the rota is unsafe.', RULE)).toEqual([]);
    expect(texts('Marta says the rota is unsafe. Later a nurse took the pseudonym Marta.', RULE)).toEqual([]);
  });
});

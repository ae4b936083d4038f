import { describe, expect, it } from 'vitest';
import { findings, texts } from '../helpers';

const RULE = 'evasive-reply';

describe(RULE, () => {
  it('finds evasions in the speaker’s own words and names the speaker', () => {
    const [f] = findings('“I haven’t had that conversation with her,” Ortiz said.', RULE);
    expect(f?.text).toBe('I haven’t had that conversation with her');
    expect(f?.details).toMatchObject({ who: 'Ortiz', whoKind: 'named_person', quoted: true });
    expect(texts('“We don’t comment on pending litigation,” the firm said.', RULE)).toHaveLength(1);
    expect(texts('“I’m not going to get ahead of the board,” he said.', RULE)).toHaveLength(1);
  });

  it('skips conditionals and questions', () => {
    expect(texts('“If I haven’t had a discussion about it, I can’t tell you,” he said.', RULE)).toEqual([]);
    expect(texts('“Have you not had that discussion with him?” a reporter asked.', RULE)).toEqual([]);
  });

  it('generalises first-person evasions beyond a fixed list', () => {
    expect(texts('“I have nothing further to add to what the governor said today,” Ortiz said.', RULE)).toEqual(['I have nothing further to add to what the governor said today']);
    expect(texts('“I’ll leave that question to the regulators,” he said.', RULE)).toHaveLength(1);
    expect(texts('Asked about layoffs, Kim said, “It’s not something we’re going to discuss right now.”', RULE)).toHaveLength(1);
    expect(texts('“We won’t negotiate through the newspapers,” the union leader said.', RULE)).toHaveLength(1);
    expect(texts('“We cannot comment on individual cases,” the agency said.', RULE)).toHaveLength(1);
    expect(texts('“I’m not going to give you a timeline,” she said.', RULE)).toHaveLength(1);
  });

  it('finds an evasion in a later sentence of a long quotation', () => {
    expect(texts('She added: “We are talking. I will not negotiate in public.”', RULE)).toEqual(['I will not negotiate in public']);
  });

  it('ignores first-person prose outside quotations and replies that are not evasions', () => {
    expect(texts('In this chapter we won’t discuss the older methods.', RULE)).toEqual([]);
    expect(texts('“We are not going to give up,” the captain said.', RULE)).toEqual([]);
    expect(texts('“I couldn’t get into the building,” he said.', RULE)).toEqual([]);
    expect(texts('“We don’t talk about politics at dinner,” she said.', RULE)).toEqual([]);
  });

  it('finds a question handed to someone else', () => {
    expect(texts('“That’s a question for the federation,” the coach said.', RULE)).toHaveLength(1);
    expect(texts('“You’d have to ask the owners,” he said.', RULE)).toHaveLength(1);
    expect(texts('“That is a question for another day, and we will answer it,” she said.', RULE)).toEqual([]);
  });

  it('finds a quoted habit of not discussing, and a matter handed elsewhere', () => {
    expect(texts('“We do not discuss individual contracts,” the club said.', RULE)).toEqual(['We do not discuss individual contracts']);
    expect(texts('"We don\'t discuss staffing levels," she said.', RULE)).toHaveLength(1);
    expect(texts('“That is a matter for the prosecutors,” the chief said.', RULE)).toHaveLength(1);
    expect(texts('In this chapter we do not discuss the older engines.', RULE)).toEqual([]);
  });

  it('keeps only the non-answer when an unnamed spokesperson says nothing else', () => {
    const before = findings('A transport ministry spokeswoman said: “We don’t discuss ongoing audits.”');
    expect(before.map((f) => f.kind)).toEqual(['non_answer']);
    const after = findings('“We do not discuss ongoing audits,” a transport ministry spokeswoman said.');
    expect(after.map((f) => f.kind)).toEqual(['non_answer']);
    const withClaim = findings('“The audit began in May. We do not discuss ongoing audits,” a transport ministry spokeswoman said.');
    expect(withClaim.map((f) => f.kind).sort()).toEqual(['anonymous_source', 'non_answer']);
  });
});

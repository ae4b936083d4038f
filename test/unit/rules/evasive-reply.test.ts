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
});

import { describe, expect, it } from 'vitest';
import { findings, texts } from '../helpers';

const RULE = 'unnamed-spokesperson';

describe(RULE, () => {
  it('finds an unnamed spokesperson', () => {
    expect(texts('The recall covers 40,000 cars, a Ford spokesman said.', RULE)).toEqual(['a Ford spokesman said']);
    expect(texts('A spokeswoman for the hospital said the patient was stable.', RULE)).toEqual(['A spokeswoman for the hospital said']);
    expect(findings('His spokesman said the senator was resting.', RULE)).toHaveLength(1);
  });

  it('skips named spokespeople', () => {
    expect(texts('Hospital spokeswoman Ana Ruiz said the patient was stable.', RULE)).toEqual([]);
    expect(texts('Tom Reed, a spokesman for the agency, said the report was late.', RULE)).toEqual([]);
  });

  it('leaves a spokesperson who only declines to the non-answer rules', () => {
    const all = findings('A spokeswoman for the firm said it was not immediately available for comment.');
    expect(all.map((f) => f.kind)).toEqual(['non_answer']);
  });
});

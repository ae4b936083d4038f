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

  it('keeps a spokesperson who claims something besides declining, and drops one who only declines', () => {
    expect(texts('A club spokesman said the squad had been told on Friday but declined to discuss the fee.', RULE)).toHaveLength(1);
    expect(texts('A ministry spokeswoman said the ministry “does not comment on leaks” and that talks were continuing.', RULE)).toHaveLength(1);
    expect(texts('A spokesman for the mayor did not respond to a request for comment.', RULE)).toEqual([]);
    expect(texts('A spokesman said he could not comment and that the family had been informed.', RULE)).toHaveLength(1);
    expect(texts('A spokesman declined to comment, and the ministry declined to comment too.', RULE)).toEqual([]);
  });
});

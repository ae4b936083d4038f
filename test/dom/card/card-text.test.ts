import { describe, expect, it } from 'vitest';
import { cardText } from '../../../src/content/card/text';
import { HOSTILE, anonymousFinding, englishTranslator, nonAnswerFinding } from '../popup/mock-report';

const t = englishTranslator();

describe('cardText', () => {
  it('an anonymous source with no reason says so and names the rules it touches', () => {
    const text = cardText(anonymousFinding(), t);
    expect(text.title).toBe('Unnamed source');
    expect(text.phrase).toBe('a senior harbour official said');
    expect(text.notes).toContain('Described as: a senior harbour official');
    expect(text.notes).toContain('Reason for anonymity: none given (AP and SPJ ask reporters to say why)');
    expect(text.notes).toContain('Vantage point: a role is given, but not how the source would know');
    expect(text.rules).toBe('Newsroom rules: S1 say why anonymity was granted; S2 describe where the source stands');
  });

  it('quotes a stated reason and flags a stock phrase', () => {
    const finding = anonymousFinding();
    finding.details = { ...finding.details, vantage: 'described', reason: { text: 'because the talks are private', specific: false } };
    const text = cardText(finding, t);
    expect(text.notes).toContain('Reason for anonymity: because the talks are private');
    expect(text.notes).toContain('That reason is a stock phrase, not a specific one');
    expect(text.notes.join(' ')).not.toContain('none given');
    expect(text.notes.join(' ')).not.toContain('Vantage point');
  });

  it('a bare "sources say" is called undescribed; a follow-up mention is not blamed for a missing reason', () => {
    const finding = anonymousFinding();
    finding.details = { ...finding.details, vantage: 'none', count: 'many', followUp: true };
    const notes = cardText(finding, t).notes;
    expect(notes[0]).toBe('Described as: not at all');
    expect(notes.join(' ')).not.toContain('none given');
    expect(notes).toContain('How many sources: not said');
    expect(notes).toContain('Refers back to a source introduced earlier');
  });

  it('a non-answer names who did not answer, or says the article does not', () => {
    expect(cardText(nonAnswerFinding(), t).notes).toEqual(['Who did not answer: The ferry company']);
    const unknown = nonAnswerFinding();
    unknown.details = { who: null, whoKind: 'unknown', quoted: true };
    expect(cardText(unknown, t).notes).toEqual(['Who did not answer: not said', 'The evasive reply is quoted in full']);
    expect(cardText(unknown, t).title).toBe('Non-answer');
  });

  it('keeps page text verbatim (it is placed with textContent later)', () => {
    const finding = anonymousFinding({ text: HOSTILE });
    finding.details = { ...finding.details, descriptor: HOSTILE };
    const text = cardText(finding, t);
    expect(text.phrase).toBe(HOSTILE);
    expect(text.notes[0]).toBe(`Described as: ${HOSTILE}`);
  });
});

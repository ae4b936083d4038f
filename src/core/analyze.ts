import type { Report } from './types';

// Placeholder until the detection engine lands: an empty, valid report.
export function analyzeText(text: string): Report {
  return {
    version: 1, textLength: text.length, sentenceCount: 0, findings: [], attributions: [],
    counts: { anonymous_source: 0, non_answer: 0, named_person: 0, institution: 0, document: 0, publication: 0 },
    score: null, partial: false,
  };
}

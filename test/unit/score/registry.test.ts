import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCORE_RULES } from '../../../src/core/score/registry';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

describe('score registry', () => {
  it('has unique ids in kebab case, each citing at least one rule', () => {
    const ids = SCORE_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of SCORE_RULES) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(rule.standards.length).toBeGreaterThan(0);
    }
  });

  it('is documented: docs/scoring.md names every component id', () => {
    const doc = readFileSync(path.join(repoRoot, 'docs/scoring.md'), 'utf8');
    for (const rule of [...SCORE_RULES.map((r) => r.id), 'sourcing-policy']) expect(doc).toContain(`\`${rule}\``);
  });
});

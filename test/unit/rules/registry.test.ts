// The registry is the contract between rule files, docs and CSS names: id = file name.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/core/rules/index';
import { RULE_INFO } from '../../../src/core/index';

const rulesDir = path.resolve(__dirname, '../../../src/core/rules');
const NOT_RULES = new Set(['rule.ts', 'index.ts', 'info.ts']);

describe('rule registry', () => {
  it('registers every rule file once, under its file name', () => {
    const files = readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && !NOT_RULES.has(f)).map((f) => f.slice(0, -3)).sort();
    expect(RULES.map((r) => r.id).sort()).toEqual(files);
  });

  it('gives each rule a one-line description, standards and its own tests', () => {
    for (const r of RULES) {
      expect(r.description, r.id).toMatch(/^[^\n]{10,140}$/);
      expect(r.standards.length, r.id).toBeGreaterThan(0);
      expect(existsSync(path.resolve(__dirname, `${r.id}.test.ts`)), `${r.id}.test.ts`).toBe(true);
    }
  });

  it('exposes plain rule metadata through the public API', () => {
    expect(RULE_INFO).toHaveLength(RULES.length);
    expect(JSON.parse(JSON.stringify(RULE_INFO))).toEqual(RULE_INFO);
    expect(new Set(RULE_INFO.map((r) => r.kind))).toEqual(new Set(['anonymous_source', 'non_answer']));
  });
});

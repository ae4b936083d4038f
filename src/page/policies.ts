// S12: the outlet's published sourcing policy, from schema.org properties in the page's JSON-LD.
// Publishers nest them anywhere (the article's publisher, an @graph entry, an array of objects), as
// a URL string or as an object with url/@id, so the whole parsed value is walked.
import type { SourcingPolicy } from '../core/types';

const POLICY_KINDS = ['unnamedSourcesPolicy', 'publishingPrinciples'] as const;
/** Bounds on what one page's JSON-LD can make us walk. */
const MAX_SCRIPT_CHARS = 500_000;
const MAX_VISITS = 5_000;
const MAX_DEPTH = 24;

export function findSourcingPolicies(doc: Document): SourcingPolicy[] {
  const found: SourcingPolicy[] = [];
  const seen = new Set<string>();
  // getElementsByTagName and a type check: far cheaper than an attribute selector in jsdom.
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    const source = script.textContent ?? '';
    if (source.length > MAX_SCRIPT_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch {
      continue; // broken JSON-LD is common; it just carries no policy
    }
    collectPolicies(data, doc.URL, (policy) => {
      const key = `${policy.kind} ${policy.url}`;
      if (!seen.has(key)) {
        seen.add(key);
        found.push(policy);
      }
    });
  }
  return found;
}

function collectPolicies(root: unknown, baseUrl: string, add: (policy: SourcingPolicy) => void): void {
  let visits = 0;
  const walk = (value: unknown, depth: number): void => {
    if (++visits > MAX_VISITS || depth > MAX_DEPTH || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) walk(item, depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    for (const kind of POLICY_KINDS) {
      for (const url of policyUrls(record[kind], baseUrl)) add({ kind, url });
    }
    for (const [key, child] of Object.entries(record)) {
      if (!(POLICY_KINDS as readonly string[]).includes(key)) walk(child, depth + 1);
    }
  };
  walk(root, 0);
}

/** The http(s) URLs a policy property names: a string, an object with url/@id, or a list of these. */
function policyUrls(value: unknown, baseUrl: string): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item) => policyUrls(item, baseUrl));
  if (typeof value === 'string') return httpUrl(value, baseUrl);
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const candidate = record['url'] ?? record['@id'];
    return typeof candidate === 'string' ? httpUrl(candidate, baseUrl) : [];
  }
  return [];
}

function httpUrl(text: string, baseUrl: string): string[] {
  try {
    const url = new URL(text.trim(), baseUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? [url.href] : [];
  } catch {
    return [];
  }
}

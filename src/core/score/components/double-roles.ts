import type { AnonymousFinding, NonAnswerFinding } from '../../types';

/**
 * Capitalised runs in who declined ("Harbour Authority" in "A Harbour Authority spokesperson"): the
 * organisation, which S7 compares with anonymous descriptors. Lower-case words end a run, so role
 * words drop out.
 */
export function organisationNames(who: string): string[] {
  const runs = who.match(/\b[A-Z][\w.&'-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.&'-]*)*/g) ?? [];
  return runs
    .map((run) => run.replace(/^(?:The|A|An)\s+/, '').trim())
    .filter((run) => run.length > 2 && !/^(?:The|A|An|Mr|Ms|Mrs|Dr)\.?$/.test(run));
}

function mentions(descriptor: string, organisation: string): boolean {
  const escaped = organisation.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b${escaped}\\b`, 'i').test(descriptor);
}

/** An organisation that declines on the record while its people speak anonymously (S7). */
export interface DoubleRole {
  organisation: string;
  nonAnswerIds: string[];
  anonymousIds: string[];
}

export function findDoubleRoles(nonAnswers: NonAnswerFinding[], anonymous: AnonymousFinding[]): DoubleRole[] {
  const found = new Map<string, DoubleRole>();
  for (const reply of nonAnswers) {
    // A named person who declines is not the organisation; only institutional non-answers count.
    if (reply.details.whoKind !== 'institution' && reply.details.whoKind !== 'spokesperson') continue;
    for (const organisation of organisationNames(reply.details.who ?? '')) {
      const sources = anonymous.filter((f) => mentions(f.details.descriptor, organisation));
      if (sources.length === 0) continue;
      const key = organisation.toLowerCase();
      const entry = found.get(key) ?? { organisation, nonAnswerIds: [], anonymousIds: [] };
      if (!entry.nonAnswerIds.includes(reply.id)) entry.nonAnswerIds.push(reply.id);
      for (const source of sources) if (!entry.anonymousIds.includes(source.id)) entry.anonymousIds.push(source.id);
      found.set(key, entry);
    }
  }
  return [...found.values()];
}

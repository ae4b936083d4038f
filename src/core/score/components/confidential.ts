import type { AnonymousFinding } from '../../types';

/**
 * Sources a newsroom could have granted anonymity to. "Critics say" and "reportedly" are not
 * confidential sources, so S1 and S3 neither ask them for a reason nor count them.
 */
export function confidentialSources(sources: AnonymousFinding[]): AnonymousFinding[] {
  return sources.filter((f) => f.subtype !== 'generic_group' && f.subtype !== 'vague_attribution');
}

// Names of the newsroom rules (S1–S12) for display, through the translator.
import type { StandardId } from '../core/types';
import type { Translate } from './i18n';

export function standardName(id: StandardId, t: Translate): string {
  return t(`standard${id}`) || id;
}

export function standardNames(ids: readonly StandardId[], t: Translate): string {
  return ids.map((id) => standardName(id, t)).join('; ');
}

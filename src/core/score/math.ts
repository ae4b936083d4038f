/**
 * Bounded cost: about `raw` while raw is small, never beyond `cap`. Each extra source still costs a
 * little, but a long article cannot be driven to zero by volume alone.
 */
export function saturate(raw: number, cap: number): number {
  if (raw <= 0) return 0;
  return cap * (1 - Math.exp(-raw / cap));
}

export function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/** Integer points, with -0 folded into 0 so JSON and equality stay clean. */
export function toPoints(value: number): number {
  const rounded = Math.round(value);
  return rounded === 0 ? 0 : rounded;
}

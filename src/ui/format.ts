// Small display helpers shared by the popup, the options page and the Markdown export.

/** "+4", "−10", "0": a signed number with a true minus sign, as readers see it. */
export function signedPoints(points: number): string {
  const rounded = Math.round(points);
  if (rounded > 0) return `+${rounded}`;
  if (rounded < 0) return `\u2212${Math.abs(rounded)}`;
  return '0';
}

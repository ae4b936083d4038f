// Links taken from page data (e.g. a sourcing policy in JSON-LD) are only followed when they are
// plain web addresses: a javascript: or data: URL from a hostile page must never become an href.
export function httpUrlOrNull(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

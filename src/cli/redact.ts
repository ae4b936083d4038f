// Credentials in a URL (https://user:pass@host/) are the user's secret: no message, report or page
// address the CLI prints may contain them.

/** `text` with every `scheme://user:pass@` reduced to `scheme://***@`. */
export function redactCredentials(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/?#\s@]*@/gi, '$1***@');
}

/** A URL without its user name and password, for the report's page address. */
export function withoutCredentials(url: URL): string {
  if (!url.username && !url.password) return url.href;
  const copy = new URL(url.href);
  copy.username = '';
  copy.password = '';
  return copy.href;
}

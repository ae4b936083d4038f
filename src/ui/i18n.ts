// One translate function for every UI surface. In the extension it wraps i18n.getMessage; tests and
// demo pages build one from _locales/en/messages.json so they see the real strings.

/** Looks up a message key, filling $1…$9 with substitutions. Never returns markup, only text. */
export type Translate = (key: string, substitutions?: string | string[]) => string;

interface MessageEntry { message: string }

/** Builds a translator from a parsed messages.json (same $N rules as the browsers). */
export function translatorFromMessages(messages: Record<string, MessageEntry>): Translate {
  // Browsers treat message names case-insensitively.
  const byName = new Map<string, string>();
  for (const [name, entry] of Object.entries(messages)) byName.set(name.toLowerCase(), entry.message);
  return (key, substitutions) => {
    const template = byName.get(key.toLowerCase());
    if (template === undefined) return '';
    return substitute(template, substitutions);
  };
}

/** `$1`…`$9` become the substitutions, `$$` a dollar sign; a missing substitution becomes ''. */
export function substitute(template: string, substitutions?: string | string[]): string {
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return template.replace(/\$(\$|[1-9])/g, (_match, token: string) =>
    token === '$' ? '$' : subs[Number(token) - 1] ?? '');
}

interface I18nApi { getMessage(name: string, substitutions?: string | string[]): string }

/** Wraps browser.i18n / chrome.i18n; falls back to the key so a missing string is visible, not blank. */
export function browserTranslator(i18n: I18nApi): Translate {
  return (key, substitutions) => i18n.getMessage(key, substitutions) || key;
}

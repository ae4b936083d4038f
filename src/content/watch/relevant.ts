// Which mutations can change what the reader reads. The analysis only reads visible article text,
// so attribute churn, script/style contents, whitespace, the page's <head>, editable regions (the
// reader's own typing) and the extension's own elements never call for a re-run.
const IGNORED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META', 'IFRAME', 'SVG', 'CANVAS']);
/** Custom elements the extension itself adds (the card host); their names start with this. */
export const OWN_ELEMENT_PREFIX = 'SOURCELIGHT-';
const EDITABLE = '[contenteditable]:not([contenteditable="false" i])';

export type IgnorePredicate = (node: Node) => boolean;

function elementOf(node: Node): Element | null {
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

/** True when `node` sits where changes do not matter: head, script/style, editable, our own host. */
export function inIgnoredPlace(node: Node, extraIgnore?: IgnorePredicate): boolean {
  const element = elementOf(node);
  if (!element) return node.nodeType !== 3 || !node.isConnected; // detached text is moot
  if (extraIgnore?.(node)) return true;
  const doc = element.ownerDocument;
  if (doc.head && doc.head.contains(element)) return true;
  for (let el: Element | null = element; el; el = el.parentElement) {
    if (IGNORED_TAGS.has(el.tagName.toUpperCase()) || el.tagName.toUpperCase().startsWith(OWN_ELEMENT_PREFIX)) return true;
  }
  return element.closest(EDITABLE) !== null;
}

/** True when an added or removed node carries readable text. */
function carriesText(node: Node): boolean {
  if (node.nodeType === 3) return /\S/.test((node as Text).data);
  if (node.nodeType !== 1) return false;
  const tag = (node as Element).tagName.toUpperCase();
  if (IGNORED_TAGS.has(tag) || tag.startsWith(OWN_ELEMENT_PREFIX)) return false;
  return /\S/.test(node.textContent ?? '');
}

function listCarriesText(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node && carriesText(node)) return true;
  }
  return false;
}

export function isRelevantMutation(record: MutationRecord, extraIgnore?: IgnorePredicate): boolean {
  if (record.type === 'characterData') {
    return record.target.nodeType === 3 && !inIgnoredPlace(record.target, extraIgnore);
  }
  if (record.type !== 'childList') return false;
  if (!listCarriesText(record.addedNodes) && !listCarriesText(record.removedNodes)) return false;
  // Removed nodes are detached now: judge the change by where it happened.
  return !inIgnoredPlace(record.target, extraIgnore);
}

/** True when any record of the batch matters; stops at the first that does. */
export function batchIsRelevant(records: readonly MutationRecord[], extraIgnore?: IgnorePredicate): boolean {
  for (const record of records) if (isRelevantMutation(record, extraIgnore)) return true;
  return false;
}

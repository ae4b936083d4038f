// The document Readability reads, built from the live page: copies of <html> and <body> (attributes
// only), a <head> of only the metadata Readability looks up, and the part of the page to read (the
// marked story, or the whole body). The page's own <head> is left out (news sites inline hundreds of
// kilobytes of style and script there), and so is the text beyond a cap, in page order: a 5 MB
// page is not copied and parsed whole when only its first few hundred thousand characters will be
// analysed. Every node is copied through importInert (clone-inert.ts): the copy references nothing.
import { importInert } from './clone-inert';

/** What to copy. */
export interface CopyPlan {
  /** The part of the page to read: copied as the clone's body, or as the body's one child. */
  root: Element;
  /** Copied into the clone's otherwise empty <head>, out of the content walk's way. */
  metadata: Element[];
  /** Text characters to copy from `root`, in page order; the rest is left out. */
  maxTextChars: number;
}

export interface CopiedDocument {
  clone: Document;
  /** The copy of the plan's root, node for node the same shape as far as it goes. */
  copyRoot: Node;
  /** True when text was left out past `maxTextChars`. */
  cut: boolean;
}

/** Elements whose text is never article prose: copied whole, never counted against the cap. */
const UNCOUNTED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export function copyForReading(doc: Document, plan: CopyPlan): CopiedDocument {
  // A document with no window: it runs no script and lays nothing out. Chromium may still fetch
  // what it references (clone-inert.ts), hence every import below goes through importInert.
  const clone = doc.implementation.createHTMLDocument('');
  const html = importInert(clone, doc.documentElement, false) as HTMLElement;
  const head = clone.createElement('head');
  for (const el of plan.metadata) head.appendChild(importInert(clone, el, true));
  html.appendChild(head);
  const budget = { left: plan.maxTextChars, cut: false };
  const copyRoot = copyWithin(clone, plan.root, budget);
  if (plan.root === doc.body) {
    html.appendChild(copyRoot);
  } else {
    const body = importInert(clone, doc.body, false) as HTMLElement;
    body.appendChild(copyRoot);
    html.appendChild(body);
  }
  clone.replaceChild(html, clone.documentElement);
  return { clone, copyRoot, cut: budget.cut };
}

/**
 * A copy of `root` holding its subtree up to the budget, in page order: what is copied is always a
 * prefix of the live subtree, so its text nodes pair with the live ones in order. A text node that
 * overflows the budget is copied whole (the text walk cuts it at its own limit) and ends the copy.
 * The walk keeps its own stack instead of recursing, so a deeply nested page cannot overflow the
 * call stack.
 */
function copyWithin(clone: Document, root: Node, budget: { left: number; cut: boolean }): Node {
  const top = copyOne(clone, root, budget);
  if (!top.open) return top.copy;
  const stack: { copy: Node; next: Node | null }[] = [{ copy: top.copy, next: root.firstChild }];
  while (stack.length > 0 && !budget.cut) {
    const frame = stack[stack.length - 1]!;
    const child = frame.next;
    if (!child) {
      stack.pop();
      continue;
    }
    frame.next = child.nextSibling;
    const { copy, open } = copyOne(clone, child, budget);
    frame.copy.appendChild(copy);
    if (open) stack.push({ copy, next: child.firstChild });
  }
  return top.copy;
}

/** One node's copy: whole when it fits the budget, else (open) an empty shell whose children follow. */
function copyOne(clone: Document, node: Node, budget: { left: number; cut: boolean }): { copy: Node; open: boolean } {
  if (UNCOUNTED.has((node as Element).tagName)) return { copy: importInert(clone, node, true), open: false };
  const size = node.textContent?.length ?? 0;
  if (size <= budget.left) {
    budget.left -= size;
    return { copy: importInert(clone, node, true), open: false };
  }
  if (node.nodeType !== 1) {
    budget.left = 0;
    budget.cut = true;
    return { copy: importInert(clone, node, true), open: false };
  }
  return { copy: importInert(clone, node, false), open: true };
}

// One clone of the document for Readability (which rewrites the tree it is given), plus a way back
// from the clone's text nodes to the live page's text nodes, so highlights land in the real page.

export interface ClonedDocument {
  clone: Document;
  /** The live text node a clone text node was copied from, or null when it cannot be found. */
  liveTextFor(cloneText: Text): Text | null;
}

/**
 * Clones `doc` and pairs every text node of the clone's body with the live one, by walking both
 * trees in lockstep right after cloning (cloneNode keeps the structure exactly).
 * Readability may re-create nodes when it retries (it re-parses its clone's markup), so nodes
 * not paired that way are matched by identical text, in document order.
 */
export function cloneWithTextMap(doc: Document): ClonedDocument {
  const clone = doc.cloneNode(true) as Document;
  const pairs = new WeakMap<Text, number>();
  const liveTexts: Text[] = [];
  pairTextNodes(doc.body, clone.body, pairs, liveTexts);

  let byData: Map<string, number[]> | null = null;
  let lastIndex = -1;
  const used = new Set<number>();

  function liveTextFor(cloneText: Text): Text | null {
    let index = pairs.get(cloneText);
    if (index === undefined) {
      byData ??= indexByData(liveTexts);
      index = nextWithSameData(byData.get(cloneText.data), lastIndex, used);
      if (index === undefined) return null;
      used.add(index);
    }
    lastIndex = index;
    return liveTexts[index] ?? null;
  }
  return { clone, liveTextFor };
}

function pairTextNodes(live: Node | null, copy: Node | null, pairs: WeakMap<Text, number>, liveTexts: Text[]): void {
  if (!live || !copy) return;
  // Iterative walk: deeply nested pages would overflow a recursive one.
  let a: Node | null = live;
  let b: Node | null = copy;
  while (a && b) {
    if (a.nodeType === 3 && b.nodeType === 3) {
      pairs.set(b as Text, liveTexts.length);
      liveTexts.push(a as Text);
    }
    if (a.firstChild && b.firstChild) {
      a = a.firstChild;
      b = b.firstChild;
      continue;
    }
    while (a && b && !a.nextSibling) {
      if (a === live) return;
      a = a.parentNode;
      b = b.parentNode;
    }
    if (!a || !b || a === live) return;
    a = a.nextSibling;
    b = b.nextSibling;
  }
}

function indexByData(liveTexts: Text[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  liveTexts.forEach((node, i) => {
    const list = map.get(node.data);
    if (list) list.push(i);
    else map.set(node.data, [i]);
  });
  return map;
}

/** The first unused candidate after `after` (document order), else the first unused one. */
function nextWithSameData(candidates: number[] | undefined, after: number, used: Set<number>): number | undefined {
  if (!candidates) return undefined;
  return candidates.find((i) => i > after && !used.has(i)) ?? candidates.find((i) => !used.has(i));
}

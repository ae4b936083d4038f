// One clone of the document for Readability (which rewrites the tree it is given), plus a way back
// from the clone's text nodes to the live page's text nodes, so highlights land in the real page.
import { copyForReading, type CopyPlan } from './clone-copy';

/** NodeFilter.SHOW_TEXT, spelled out: jsdom's windowless documents have no global NodeFilter. */
const SHOW_TEXT = 0x4;

export interface ClonedDocument {
  clone: Document;
  /** True when the copy left text out (see CopyPlan.maxTextChars). */
  cut: boolean;
  /** The live text node a clone text node was copied from, or null when it cannot be found. */
  liveTextFor(cloneText: Text): Text | null;
}

/**
 * Copies the plan's part of `doc` for Readability (clone-copy.ts) and pairs every text node of the
 * copy with the live one, by walking both trees in lockstep right after copying (the copy keeps the
 * structure exactly, as far as it goes). Readability may re-create nodes when it retries (it
 * re-parses its clone's markup), so nodes not paired that way are matched by identical text, in
 * document order.
 */
export function cloneWithTextMap(doc: Document, plan: CopyPlan): ClonedDocument {
  const { clone, copyRoot, cut } = copyForReading(doc, plan);
  const pairs = new WeakMap<Text, number>();
  const liveTexts: Text[] = [];
  pairTextNodes(plan.root, copyRoot, pairs, liveTexts);

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
  return { clone, liveTextFor, cut };
}

function pairTextNodes(live: Node, copy: Node, pairs: WeakMap<Text, number>, liveTexts: Text[]): void {
  // The copy has the live tree's exact shape, so both hold the same text nodes in the same order:
  // two text-only walkers step through them together (the browser skips every other node natively,
  // which matters on a page of thousands of elements: each DOM step costs a call across worlds).
  const liveWalker = live.ownerDocument!.createTreeWalker(live, SHOW_TEXT);
  const copyWalker = copy.ownerDocument!.createTreeWalker(copy, SHOW_TEXT);
  for (let a = liveWalker.nextNode(), b = copyWalker.nextNode(); a && b; a = liveWalker.nextNode(), b = copyWalker.nextNode()) {
    pairs.set(b as Text, liveTexts.length);
    liveTexts.push(a as Text);
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

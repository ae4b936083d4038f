// "the lawmaker said", "the nurse added": a definite role noun is anonymous when it points back to an
// anonymous source introduced with the same noun ("a Democratic lawmaker, who asked not to be named"),
// and on the record when the story named that person ("Jane Ruiz, the crossing guard").

import type { SentenceContext } from '../rules/rule';
import type { Token } from '../tokens';

/** How far back (in characters) a definite mention may refer. */
const REACH = 1500;

/** "lawmakers" and "lawmaker" are the same noun for this purpose. */
function stem(word: string): string {
  return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** True when a recent anonymous speaker was described with the head noun at `head`. */
export function refersBackToAnonymous(ctx: SentenceContext, tokens: Token[], head: number): boolean {
  const t = tokens[head]!;
  const want = stem(t.lower);
  for (let k = ctx.speakers.length - 1; k >= 0; k--) {
    const s = ctx.speakers[k]!;
    if (s.at >= t.start) continue;
    if (t.start - s.at > REACH) return false;
    if (!s.anonymous) continue;
    for (const w of s.descriptor.toLowerCase().split(/[^\p{L}'-]+/u)) if (w && stem(w) === want) return true;
  }
  return false;
}

/**
 * True when, shortly before, the story gave a name to someone with this role: "Jane Ruiz, the crossing
 * guard," or "crossing guard Jane Ruiz". Bounded to a window before the mention, searched with indexOf.
 */
export function roleNamedEarlier(ctx: SentenceContext, tokens: Token[], head: number): boolean {
  const t = tokens[head]!;
  const from = Math.max(0, t.start - REACH);
  const window = ctx.text.slice(from, t.start).toLowerCase();
  const original = ctx.text.slice(from, t.start);
  for (let at = window.indexOf(t.lower); at >= 0; at = window.indexOf(t.lower, at + 1)) {
    const after = original.slice(at + t.lower.length, at + t.lower.length + 30);
    if (/^,?\s+\p{Lu}\p{Ll}+\s\p{Lu}/u.test(after)) return true;
    const before = original.slice(Math.max(0, at - 60), at);
    if (/\p{Lu}\p{Ll}+,\s+(?:a|an|the|his|her|their)\s[^,.;]{0,40}$/u.test(before)) return true;
  }
  return false;
}

/**
 * True when the story mentioned this role shortly before without a name for it ("the cheerful crossing
 * guard at the corner … The crossing guard said"). A mention that carries a name does not count.
 */
export function roleMentionedUnnamed(ctx: SentenceContext, tokens: Token[], head: number): boolean {
  const t = tokens[head]!;
  const from = Math.max(0, t.start - REACH);
  const window = ctx.text.slice(from, t.start).toLowerCase();
  const want = stem(t.lower);
  for (let at = window.indexOf(want); at >= 0; at = window.indexOf(want, at + 1)) {
    const before = window.charCodeAt(at - 1);
    if (at > 0 && before >= 97 && before <= 122) continue; // inside a longer word
    return !roleNamedEarlier(ctx, tokens, head);
  }
  return false;
}

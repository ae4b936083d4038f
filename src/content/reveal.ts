// Brings a finding into view when the popup asks for it, and flashes it so the eye finds it.
import { FLASH_HIGHLIGHT, canPaint } from './paint';

const FLASH_MS = 1600;

export function revealRange(range: Range, signal: AbortSignal): void {
  const view = range.startContainer.ownerDocument?.defaultView;
  if (!view) return;
  const rect = range.getBoundingClientRect();
  // A range whose text the page has since removed or hidden has no box: nothing to show.
  if (rect.width === 0 && rect.height === 0) return;
  // Smooth scrolling only when it can be seen: a hidden tab (the popup opened as a tab) may not
  // animate at all (Firefox runs no animation frames for background tabs), so jump there instead.
  const animate = view.document.visibilityState === 'visible' && !view.matchMedia('(prefers-reduced-motion: reduce)').matches;
  // Leave a third of the viewport above the finding so its sentence's context stays visible.
  const top = Math.max(0, view.scrollY + rect.top - view.innerHeight / 3);
  view.scrollTo({ top, behavior: animate ? 'smooth' : 'auto' });
  flash(range, signal);
}

let flashTimer: ReturnType<typeof setTimeout> | undefined;

function flash(range: Range, signal: AbortSignal): void {
  if (!canPaint()) return;
  clearTimeout(flashTimer);
  CSS.highlights.set(FLASH_HIGHLIGHT, new Highlight(range));
  const end = () => CSS.highlights.delete(FLASH_HIGHLIGHT);
  flashTimer = setTimeout(end, FLASH_MS);
  signal.addEventListener('abort', end, { once: true });
}

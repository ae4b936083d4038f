// Hands the main thread back to the page for one turn, so the analysis is a chain of short tasks
// rather than one long one. scheduler.yield() (Chromium) resumes ahead of other queued work; where it
// is missing, a MessageChannel message is a macrotask without setTimeout's 4 ms nesting clamp.
type YieldingScheduler = { yield?: () => Promise<void> };

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

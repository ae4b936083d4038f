// One live content script per page. A re-injection (extension reload or update, or a programmatic
// injection on top of the manifest one) shares the isolated world's global object with the old copy:
// the newcomer stops the old instance (its listeners go with its AbortSignal) and takes over, so the
// page keeps ONE set of highlights and ONE set of listeners.
const INSTANCE_KEY = Symbol.for('sourcelight.content-script');

interface RunningInstance {
  stop(): void;
}

type GuardedGlobal = typeof globalThis & { [INSTANCE_KEY]?: RunningInstance };

/** Stops any earlier instance and returns the signal that ends this one. */
export function claimPage(): AbortSignal {
  const global = globalThis as GuardedGlobal;
  global[INSTANCE_KEY]?.stop();
  const controller = new AbortController();
  global[INSTANCE_KEY] = { stop: () => controller.abort() };
  return controller.signal;
}

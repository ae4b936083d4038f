// Which main-thread tasks are the extension's? A page's own work (parsing, layout of a big page, its
// scripts) runs in the same window as the analysis, so a plain long-task list cannot tell them apart.
// A Chromium trace can: a top-level task (RunTask) on the page's renderer main thread belongs to the
// extension when it runs or compiles script from chrome-extension:// (content.js, analyzer.js).
// Timeline events name the script only where a task enters it (a timer, a message handler); work
// resumed after `await scheduler.yield()` runs as a promise continuation with no such event, so the
// trace also records the V8 CPU profiler's samples, each naming the script it caught running.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: { name?: string; data?: TraceData };
}

interface TraceData {
  url?: string;
  scriptName?: string;
  startTime?: number;
  cpuProfile?: { nodes?: { id: number; callFrame: { url: string } }[]; samples?: number[] };
  timeDeltas?: number[];
}

export interface ExtensionTask {
  /** Start, in ms relative to the first traced task. */
  startMs: number;
  durationMs: number;
}

const CATEGORIES = [
  'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'toplevel', 'disabled-by-default-v8.cpu_profiler',
].join(',');
const EXTENSION_URL = 'chrome-extension://';

export interface TaskTrace {
  /** Ends the trace and returns the extension's tasks on the page's main thread, longest first. */
  stop(): Promise<ExtensionTask[]>;
}

export async function traceTasks(context: BrowserContext, page: Page): Promise<TaskTrace> {
  const cdp: CDPSession = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (batch) => {
    // The protocol types events as string maps; their real shape is the trace event format.
    events.push(...(batch.value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      return extensionTasks(events);
    },
  };
}

function scriptUrl(event: TraceEvent): string {
  return event.args?.data?.url ?? event.args?.data?.scriptName ?? '';
}

export function extensionTasks(events: TraceEvent[]): ExtensionTask[] {
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = (e: TraceEvent) => mainThreads.has(`${e.pid}:${e.tid}`);
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && onMain(e) && (e.dur ?? 0) > 0);
  const ours = [
    ...events.filter((e) => onMain(e) && scriptUrl(e).startsWith(EXTENSION_URL)).map((e) => ({ pid: e.pid, tid: e.tid, ts: e.ts })),
    ...extensionSamples(events, onMain),
  ];
  const origin = Math.min(...tasks.map((t) => t.ts));
  const result: ExtensionTask[] = [];
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const mine = ours.some((e) => e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts <= end);
    if (mine) result.push({ startMs: (task.ts - origin) / 1000, durationMs: (task.dur ?? 0) / 1000 });
  }
  return result.sort((a, b) => b.durationMs - a.durationMs);
}

/** Times (trace µs) at which the CPU profiler caught chrome-extension:// script on a main thread. */
function extensionSamples(events: TraceEvent[], onMain: (e: TraceEvent) => boolean): { pid: number; tid: number; ts: number }[] {
  const profiles = new Map<string, { pid: number; tid: number; time: number; urls: Map<number, string> }>();
  for (const e of events) {
    if (e.name === 'Profile' && onMain(e) && e.id) {
      profiles.set(`${e.pid}:${e.id}`, { pid: e.pid, tid: e.tid, time: e.args?.data?.startTime ?? e.ts, urls: new Map() });
    }
  }
  const found: { pid: number; tid: number; ts: number }[] = [];
  // Chunks arrive in order; each sample's time is the previous one's plus its delta.
  for (const e of events) {
    const profile = e.name === 'ProfileChunk' && e.id ? profiles.get(`${e.pid}:${e.id}`) : undefined;
    const data = e.args?.data;
    if (!profile || !data) continue;
    for (const node of data.cpuProfile?.nodes ?? []) profile.urls.set(node.id, node.callFrame.url);
    const samples = data.cpuProfile?.samples ?? [];
    for (const [i, nodeId] of samples.entries()) {
      profile.time += data.timeDeltas?.[i] ?? 0;
      if (profile.urls.get(nodeId)?.startsWith(EXTENSION_URL)) found.push({ pid: profile.pid, tid: profile.tid, ts: profile.time });
    }
  }
  return found;
}

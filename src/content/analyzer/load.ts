// content.js's side of the on-demand analyzer: ask the background to inject analyzer.js into this
// frame (it runs scripting.executeScript into our isolated world), then pick the API up from the
// world's global. Already loaded (an earlier article, in-page navigation) → no message at all.
import type { ContentToBackground } from '../../shared/messages';
import { ext } from '../../ui/ext';
import { registeredAnalyzer, type AnalyzerApi } from './api';

/** The analyzer, or null when it could not be injected (background restarting, extension reloaded). */
export async function loadAnalyzer(): Promise<AnalyzerApi | null> {
  const loaded = registeredAnalyzer();
  if (loaded) return loaded;
  const request: ContentToBackground = { type: 'load-analyzer' };
  try {
    // executeScript resolves after analyzer.js ran, so the answer means the API is registered.
    await ext.runtime.sendMessage(request);
  } catch {
    return null;
  }
  return registeredAnalyzer() ?? null;
}

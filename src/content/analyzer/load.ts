// content.js's side of the on-demand analyzer: ask the background to inject analyzer.js into this
// frame (it runs scripting.executeScript into our isolated world), then pick the API up from the
// world's global. Already loaded (an earlier article, in-page navigation) → no message at all.
import type { ContentToBackground } from '../../shared/messages';
import { ext } from '../../ui/ext';
import { analyzerRegistered, registeredAnalyzer, type AnalyzerApi } from './api';

/** The analyzer, or null when it could not be injected (background restarting, extension reloaded). */
export async function loadAnalyzer(): Promise<AnalyzerApi | null> {
  const loaded = registeredAnalyzer();
  if (loaded) return loaded;
  const request: ContentToBackground = { type: 'load-analyzer' };
  // The analyzer is ready the moment its script has run (it says so itself); the background's answer
  // arrives later and only matters when the injection failed. executeScript resolves after the
  // script ran, so by then the API is registered or never will be.
  const answered = ext.runtime.sendMessage(request).then(() => registeredAnalyzer() ?? null, () => null);
  return Promise.race([analyzerRegistered(), answered]);
}

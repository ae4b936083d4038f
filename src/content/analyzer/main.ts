// Entry of analyzer.js: Readability, the page layer and the detection engine (most of the
// extension's code). The background injects it on demand (scripting.executeScript, files only: it is
// packaged code, never fetched or evaluated) into the content script's isolated world, and only
// after content.js found the page may hold an article; non-article pages never load it.
import { analyzeDocumentInPhases } from '../../page/analyze-phased';
import { analysedText } from '../../page/live-ranges';
import { registerAnalyzer, type AnalyseOptions, type PageAnalysis } from './api';
import { mapFindingsInSlices } from './map-ranges';

async function analyse(doc: Document, options: AnalyseOptions): Promise<PageAnalysis> {
  const page = await analyzeDocumentInPhases(doc, options);
  await options.yieldToPage();
  const targets = await mapFindingsInSlices(page, options);
  return { page, targets, text: analysedText(page) ?? '' };
}

registerAnalyzer({ analyse });

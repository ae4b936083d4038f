// Public API of the page layer: a Document in, a PageReport out, and live Ranges for its findings.
export { analyzeDocument, MAX_ANALYSED_CHARS, NOT_ARTICLE_REASON, type AnalyzeDocumentOptions } from './analyze-document';
export { AnalysisAborted, analyzeDocumentInPhases, type PhasedOptions } from './analyze-phased';
export { analysedText, findingRange, spanRange } from './live-ranges';
export { mayBeArticle, notArticlePage } from './not-article';
export { findSourcingPolicies } from './policies';

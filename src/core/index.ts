// Public API of the pure analysis core: text in, report out.
export { analyzeText } from './analyze';
export type * from './types';

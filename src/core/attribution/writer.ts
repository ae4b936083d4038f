// The name the attribution layer gives the story's own writer ("I asked", "we found" outside a
// quotation). The writer is on the record by the byline, but is no source the score should count.
export const WRITER = 'the author';

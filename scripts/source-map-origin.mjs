// Finds which original file a position in a bundle came from, using the bundle's source map
// (version 3, "mappings" in base64 VLQ). Small on purpose: the lint only needs the source file.
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeSegment(segment) {
  const values = [];
  let value = 0, shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** The source file for generated (line 1-based, column 0-based), or null when unmapped. */
export function originalSource(map, line, column) {
  const lines = map.mappings.split(';');
  let sourceIndex = 0;
  let found = null;
  for (let l = 0; l < lines.length && l < line; l++) {
    let generatedColumn = 0;
    for (const segment of lines[l].split(',').filter(Boolean)) {
      const [columnDelta, sourceDelta] = decodeSegment(segment);
      generatedColumn += columnDelta;
      if (sourceDelta !== undefined) sourceIndex += sourceDelta;
      if (l === line - 1 && generatedColumn <= column && sourceDelta !== undefined) found = map.sources[sourceIndex];
    }
  }
  return found ?? null;
}

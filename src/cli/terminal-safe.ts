// Page text is data, never terminal commands: a <title> holding ESC[2J would otherwise clear the
// reader's screen, and an OSC sequence can rewrite the window title or plant a link.

// CSI (ESC [ or 8-bit U+009B, parameters, final byte), OSC / DCS / SOS / PM / APC strings (ended by
// BEL or ST; an unterminated one loses only its introducer, not the text after it), then any other
// two-character ESC sequence: removed whole, so no stray "[2J" is left.
const ESCAPE_SEQUENCES = /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|(?:\x1b[\]PX^_]|[\x90\x98\x9d-\x9f])[^\x07\x1b\x9c]{0,512}(?:\x07|\x1b\\|\x9c)|\x1b[ -~]?/g;
// Every other C0 control but tab and newline (carriage return too: it overwrites the line), DEL and C1.
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

/** Text safe to print on a terminal: escape sequences and control characters removed. */
export function terminalSafe(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, '').replace(CONTROLS, '');
}

/**
 * JSON text safe to print: JSON.stringify already escapes C0 controls, but leaves DEL and C1 raw
 * (8-bit CSI is U+009B). Escaping them keeps the JSON valid and its values unchanged.
 */
export function jsonSafe(json: string): string {
  return json.replace(/[\x7f-\x9f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// Parsing PolNeAR's standoff (BRAT) attribution files. The corpus is read at run time from a path
// given on the command line; nothing of it lives in this repository.
//
// The format, as found in the corpus: one `.ann` file per (article, annotator), beside a UTF-8
// `text/<article>.txt`. Records are tab-separated and start with an id:
//   T1<TAB>Source 40 52<TAB>the span's text          a text-bound span; its type is Source, Cue,
//                                                    Content, Attribution or Attribution-no-source
//                                                    (the trigger), or Discard / Discuss (notes);
//                                                    a discontinuous span lists "s e;s e" and its
//                                                    text joins the fragments with a space; a text
//                                                    that crosses a line break continues on the
//                                                    following physical line(s)
//   E1<TAB>Attribution:T4 Source:T1 Cue:T2 Content:T3
//                                                    one attribution relation; the trigger is
//                                                    Attribution or Attribution-no-source; a second
//                                                    content span is "Content2:Tn"
//   #1<TAB>AnnotatorNotes T66<TAB>free text           a note (ignored)
// Offsets count Unicode code points (BRAT is written in Python); JavaScript strings count UTF-16
// units, so offsets are converted when the text holds characters outside the BMP.

export interface Span {
  /** Fragments as [start, end) pairs in UTF-16 offsets of the article text, in text order. */
  fragments: Array<[number, number]>;
  start: number;
  end: number;
  /** The span's text as the annotation file gives it (fragments joined by a space). */
  text: string;
}

export interface PolnearAttribution {
  /** The relation id, e.g. "E4". */
  id: string;
  /** The trigger was "Attribution-no-source", or the relation simply has no Source role. */
  noSource: boolean;
  source: Span | null;
  cue: Span | null;
  content: Span[];
}

export interface ParsedAnn {
  attributions: PolnearAttribution[];
  /** Text-bound spans checked against the article text. */
  spansChecked: number;
  /** Spans whose offsets did not give their text but the text was found nearby (offsets moved). */
  spansRealigned: number;
  /** Spans whose text could not be located at all (kept at the given offsets). */
  spansUnaligned: number;
  /** Relations that point at a T id the file does not define (that role is dropped). */
  danglingRefs: number;
}

const RECORD_START = /^(?:[TEARNM]\d+|#\d*|\*)\t/;
/** How far (UTF-16 units) to look either way for a span whose offsets do not give its text. */
const REALIGN_WINDOW = 60;

/** Maps code-point offsets to UTF-16 offsets; the identity when the text has no astral characters. */
export function codePointMapper(text: string): (cp: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (cp) => cp;
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp) => map[Math.min(Math.max(cp, 0), map.length - 1)]!;
}

/** Splits an .ann file into records, re-joining span texts that cross a line break. */
export function annRecords(ann: string): string[] {
  const records: string[] = [];
  for (const line of ann.replace(/\r\n?/g, '\n').split('\n')) {
    if (RECORD_START.test(line)) records.push(line);
    else if (records.length) records[records.length - 1] += `\n${line}`;
  }
  return records.map((r) => r.replace(/\n+$/, ''));
}

const sameText = (a: string, b: string): boolean => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/**
 * Parses one .ann file against its article text. Every span is checked: its fragments, sliced from
 * the text and joined with a space, must give the text the file records; when they do not, the
 * first fragment's text is looked for within REALIGN_WINDOW and the span is shifted there.
 */
export function parseAnn(ann: string, articleText: string): ParsedAnn {
  const toU16 = codePointMapper(articleText);
  const spans = new Map<string, { type: string; span: Span }>();
  const relations: Array<{ id: string; trigger: string; roles: Array<[string, string]> }> = [];
  let spansChecked = 0;
  let spansRealigned = 0;
  let spansUnaligned = 0;

  for (const rec of annRecords(ann)) {
    const [id = '', meta = '', ...rest] = rec.split('\t');
    if (id.startsWith('T')) {
      const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(meta);
      if (!m) continue;
      const type = m[1]!;
      let fragments = m[2]!.split(';').map((p) => {
        const [s, e] = p.split(' ').map(Number) as [number, number];
        return [toU16(s), toU16(e)] as [number, number];
      });
      const text = rest.join('\t');
      spansChecked++;
      const sliced = fragments.map(([s, e]) => articleText.slice(s, e));
      if (!sameText(sliced.join(' '), text)) {
        // The first fragment's own text: the whole text, or its leading part for a discontinuous span.
        const first = fragments.length > 1 ? text.slice(0, fragments[0]![1] - fragments[0]![0]) : text;
        const shift = findNearby(articleText, first, fragments[0]![0]);
        if (shift !== null) {
          fragments = fragments.map(([s, e]) => [s + shift, e + shift]);
          spansRealigned++;
        } else {
          spansUnaligned++;
        }
      }
      fragments.sort((a, b) => a[0] - b[0]);
      spans.set(id, { type, span: { fragments, start: fragments[0]![0], end: fragments[fragments.length - 1]![1], text } });
    } else if (id.startsWith('E')) {
      const parts = meta.trim().split(/\s+/).map((p) => p.split(':') as [string, string]);
      const [trigger, ...roles] = parts;
      if (!trigger) continue;
      relations.push({ id, trigger: trigger[0], roles });
    }
  }

  let danglingRefs = 0;
  const attributions: PolnearAttribution[] = relations
    .filter((r) => r.trigger === 'Attribution' || r.trigger === 'Attribution-no-source')
    .map((r) => {
      let source: Span | null = null;
      let cue: Span | null = null;
      const content: Span[] = [];
      for (const [role, ref] of r.roles) {
        const s = spans.get(ref);
        if (!s) {
          danglingRefs++;
          continue;
        }
        const base = role.replace(/\d+$/, '');
        if (base === 'Source') source = s.span;
        else if (base === 'Cue') cue = s.span;
        else if (base === 'Content') content.push(s.span);
      }
      return { id: r.id, noSource: r.trigger === 'Attribution-no-source' || source === null, source, cue, content };
    });
  return { attributions, spansChecked, spansRealigned, spansUnaligned, danglingRefs };
}

/** The shift (new start − given start) of the nearest occurrence of `needle` around `at`, or null. */
function findNearby(text: string, needle: string, at: number): number | null {
  if (!needle) return null;
  let best: number | null = null;
  const from = Math.max(0, at - REALIGN_WINDOW);
  for (let i = text.indexOf(needle, from); i >= 0 && i <= at + REALIGN_WINDOW; i = text.indexOf(needle, i + 1)) {
    if (best === null || Math.abs(i - at) < Math.abs(best)) best = i - at;
  }
  return best;
}

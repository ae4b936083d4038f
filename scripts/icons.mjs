// Draws the toolbar/store icon from code, so the repository holds no binary image files.
// The mark: a dark rounded square with three lines of "text", the middle one under a highlighter
// stroke — what the extension does to a page. Written as RGBA PNG with a minimal encoder.
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encodes straight RGBA pixels (size*size*4 bytes) as a PNG file. */
export function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const NAVY = [29, 53, 87];
const PAPER = [241, 245, 249];
const MARKER = [255, 196, 0];

/** Colour of the mark at a point in the unit square, or null for transparent. */
function sample(x, y) {
  const inRoundedSquare = (px, py, r) => {
    const dx = Math.max(r - px, 0, px - (1 - r));
    const dy = Math.max(r - py, 0, py - (1 - r));
    return dx * dx + dy * dy <= r * r;
  };
  if (!inRoundedSquare(x, y, 0.2)) return null;
  const inBar = (x0, x1, y0, y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
  if (inBar(0.14, 0.86, 0.42, 0.64)) return inBar(0.21, 0.74, 0.49, 0.57) ? NAVY : MARKER;
  if (inBar(0.21, 0.79, 0.2, 0.3) || inBar(0.21, 0.6, 0.74, 0.84)) return PAPER;
  return NAVY;
}

/** Renders the mark at `size` pixels with 4×4 supersampling for smooth edges. */
export function renderIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, covered = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = sample((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (!c) continue;
          r += c[0]; g += c[1]; b += c[2]; covered++;
        }
      }
      const i = (py * size + px) * 4;
      if (covered === 0) continue;
      pixels[i] = Math.round(r / covered);
      pixels[i + 1] = Math.round(g / covered);
      pixels[i + 2] = Math.round(b / covered);
      pixels[i + 3] = Math.round((covered / (n * n)) * 255);
    }
  }
  return encodePng(size, pixels);
}

export const ICON_SIZES = [16, 32, 48, 128];

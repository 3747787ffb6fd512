// Draws the toolbar icons (a speech bubble with a tick on a rounded square) as PNGs
// without any image library: `node tests/tools/make-icons.mjs` rewrites public/icons/;
// `npm run package` draws the store images with it.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};

// Shapes in a unit square, as "is this point inside" tests.
const roundRect = (x, y, x0, y0, x1, y1, r) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};
const segment = (x, y, ax, ay, bx, by, w) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) <= w;
};
const tail = (x, y) => y >= 0.66 && y <= 0.82 && x >= 0.3 && x <= 0.46 && x - 0.3 <= (0.82 - y) * 1.0 + 0.0;

const BACK = [11, 87, 208];
const BUBBLE = [255, 255, 255];
const TICK = [24, 128, 56];

function colourAt(x, y) {
  if (!roundRect(x, y, 0, 0, 1, 1, 0.22)) return null;
  const inBubble = roundRect(x, y, 0.16, 0.18, 0.84, 0.7, 0.14) || tail(x, y);
  if (!inBubble) return BACK;
  if (segment(x, y, 0.33, 0.44, 0.45, 0.56, 0.055) || segment(x, y, 0.45, 0.56, 0.68, 0.32, 0.055)) return TICK;
  return BUBBLE;
}

/**
 * The icon as RGBA pixels, `width` × `height`, drawn `size` pixels square at (`left`, `top`)
 * on `background` (transparent when absent), supersampled 4 × 4 per pixel.
 */
export function draw({ size, width = size, height = size, left = 0, top = 0, background }) {
  const rgba = Buffer.alloc(width * height * 4);
  const n = 4;
  for (let py = 0; py < height; py++) {
    for (let px = 0; px < width; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt((px - left + (sx + 0.5) / n) / size, (py - top + (sy + 0.5) / n) / size) ?? background;
          if (!c) continue;
          r += c[0]; g += c[1]; b += c[2]; a++;
        }
      }
      const i = (py * width + px) * 4;
      if (a) rgba.set([Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((a / (n * n)) * 255)], i);
    }
  }
  return rgba;
}

/** A PNG of `rgba`, `width` × `height`. */
export function png(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

// The sizes browsers ask for: toolbar 16/32, extensions page 48 (Firefox 96 on high-DPI
// screens), Chrome's install dialog and store 128, and 64 for Firefox's add-ons manager.
export const SIZES = [16, 32, 48, 64, 96, 128];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const size of SIZES) {
    writeFileSync(new URL(`../../public/icons/icon${size}.png`, import.meta.url), png(size, size, draw({ size })));
  }
  console.log(`wrote public/icons/icon{${SIZES.join(',')}}.png`);
}

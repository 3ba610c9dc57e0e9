// Draws Moderato's app icon (a speech bubble with a check mark on a blue
// rounded square) and writes it as build/icon.png, 1024×1024, which
// electron-builder turns into .icns, .ico and the Linux icon sizes.
// Drawn with signed distance functions and 4×4 supersampling: no image
// library and no download. Run again after changing the drawing:
//   node scripts/build-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 1024;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// ---- shapes (distance < 0 means inside) ----
function roundedRect(x, y, left, top, right, bottom, radius) {
  const cx = (left + right) / 2;
  const cy = (top + bottom) / 2;
  const hx = (right - left) / 2 - radius;
  const hy = (bottom - top) / 2 - radius;
  const dx = Math.abs(x - cx) - hx;
  const dy = Math.abs(y - cy) - hy;
  return Math.hypot(Math.max(dx, 0), Math.max(dy, 0)) + Math.min(Math.max(dx, dy), 0) - radius;
}
function segment(x, y, ax, ay, bx, by) {
  const px = x - ax;
  const py = y - ay;
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, (px * vx + py * vy) / (vx * vx + vy * vy)));
  return Math.hypot(px - vx * t, py - vy * t);
}
function triangle(x, y, [ax, ay], [bx, by], [cx, cy]) {
  const side = (x1, y1, x2, y2) => (x - x2) * (y1 - y2) - (x1 - x2) * (y - y2);
  const d1 = side(ax, ay, bx, by);
  const d2 = side(bx, by, cx, cy);
  const d3 = side(cx, cy, ax, ay);
  const inside = !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
  return inside ? -1 : 1;
}

const TOP = [79, 107, 237];
const BOTTOM = [40, 66, 186];

/** The colour (RGBA 0..255) at one sample point. */
function sample(x, y) {
  if (roundedRect(x, y, 64, 64, 960, 960, 190) > 0) return [0, 0, 0, 0];
  const t = (y - 64) / 896;
  const bg = TOP.map((c, i) => Math.round(c + (BOTTOM[i] - c) * t));
  const inBubble =
    roundedRect(x, y, 224, 248, 800, 672, 96) < 0 || triangle(x, y, [318, 640], [300, 812], [476, 660]) < 0;
  if (!inBubble) return [...bg, 255];
  const check = Math.min(segment(x, y, 366, 466, 472, 572), segment(x, y, 472, 572, 664, 372)) - 38;
  return check < 0 ? [...bg, 255] : [255, 255, 255, 255];
}

function render() {
  const n = 4; // 4×4 samples per pixel
  const rows = [];
  for (let py = 0; py < SIZE; py++) {
    const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0 (None), then RGBA
    for (let px = 0; px < SIZE; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const [r, g, b, a] = sample(px + (sx + 0.5) / n, py + (sy + 0.5) / n);
          acc[0] += r * a;
          acc[1] += g * a;
          acc[2] += b * a;
          acc[3] += a;
        }
      }
      const alpha = acc[3] / (n * n);
      const o = 1 + px * 4;
      if (acc[3] > 0) {
        row[o] = Math.round(acc[0] / acc[3]);
        row[o + 1] = Math.round(acc[1] / acc[3]);
        row[o + 2] = Math.round(acc[2] / acc[3]);
      }
      row[o + 3] = Math.round(alpha);
    }
    rows.push(row);
  }
  return Buffer.concat(rows);
}

// ---- PNG encoding ----
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function png(width, height, raw) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(path.join(root, 'build'), { recursive: true });
const out = path.join(root, 'build', 'icon.png');
writeFileSync(out, png(SIZE, SIZE, render()));
console.log(`Wrote ${path.relative(root, out)}`);

#!/usr/bin/env node
// Draws the Kanalklar icons (assets/icon-{16,32,64,80,128}.png) with a tiny PNG encoder: no image
// libraries. The motif: a rounded blue square holding a white speech bubble with a check mark in it
// ("your message, ready for its channel"). Shapes are signed-distance functions, supersampled 4×4.
// Run: node scripts/make-icons.mjs
import { writeFileSync, mkdirSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const SIZES = [16, 32, 64, 80, 128];

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
/** RGBA pixels (Uint8Array, size*size*4) → PNG bytes. */
export function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([sig, chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

// --- shapes in unit coordinates (0..1), negative distance = inside ---
const roundedBox = (x, y, cx, cy, hw, hh, r) => {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const segment = (x, y, ax, ay, bx, by) => {
  const px = x - ax, py = y - ay, dx = bx - ax, dy = by - ay;
  const h = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * h, py - dy * h);
};
const triangle = (x, y, [ax, ay], [bx, by], [cx, cy]) => {
  const s = (px, py, qx, qy, rx, ry) => (px - rx) * (qy - ry) - (qx - rx) * (py - ry);
  const d1 = s(x, y, ax, ay, bx, by), d2 = s(x, y, bx, by, cx, cy), d3 = s(x, y, cx, cy, ax, ay);
  const neg = d1 < 0 || d2 < 0 || d3 < 0, pos = d1 > 0 || d2 > 0 || d3 > 0;
  return !(neg && pos);
};

const BLUE_TOP = [0x1f, 0x5f, 0xa8];
const BLUE_BOTTOM = [0x14, 0x3f, 0x78];
const WHITE = [255, 255, 255];
const GREEN = [0x10, 0x7c, 0x41];

/** Colour and coverage of one sample point. */
function sample(x, y, size) {
  // Small icons get thicker strokes and less detail so they stay legible.
  const small = size <= 20;
  const bg = roundedBox(x, y, 0.5, 0.5, 0.47, 0.47, small ? 0.12 : 0.18) <= 0;
  if (!bg) return null;
  const t = y;
  let col = BLUE_TOP.map((c, i) => Math.round(c * (1 - t) + BLUE_BOTTOM[i] * t));
  // Speech bubble: a rounded rectangle with a tail at the lower left.
  const bubble = roundedBox(x, y, 0.5, 0.44, 0.33, small ? 0.26 : 0.24, 0.1) <= 0 ||
    triangle(x, y, [0.27, 0.6], [0.42, 0.6], [0.24, small ? 0.86 : 0.82]);
  if (bubble) col = WHITE;
  // Check mark inside the bubble.
  const w = small ? 0.075 : 0.055;
  const tick = Math.min(segment(x, y, 0.33, 0.45, 0.45, 0.56), segment(x, y, 0.45, 0.56, 0.67, 0.32)) <= w;
  if (bubble && tick) col = GREEN;
  return col;
}

function draw(size) {
  const SS = 4;
  const px = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let pxi = 0; pxi < size; pxi++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const c = sample((pxi + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size, size);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a++; }
        }
      }
      const o = (py * size + pxi) * 4;
      if (a > 0) {
        px[o] = Math.round(r / a); px[o + 1] = Math.round(g / a); px[o + 2] = Math.round(b / a);
        px[o + 3] = Math.round((a / (SS * SS)) * 255);
      }
    }
  }
  return px;
}

mkdirSync(join(root, "assets"), { recursive: true });
for (const size of SIZES) {
  const file = join(root, "assets", `icon-${size}.png`);
  writeFileSync(file, encodePng(size, draw(size)));
  console.log(`wrote ${file}`);
}

#!/usr/bin/env node
/* global console */
// Draws the add-in icons (a white check mark on a teal rounded square) as real PNGs with zlib only,
// so the repository needs no image tools. Run: node scripts/make-icons.mjs  → assets/icon-{16,32,64,80,128}.png
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { Buffer } from "node:buffer";
import process from "node:process";
import { fileURLToPath } from "node:url";

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "assets");
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
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Distance from point p to segment a–b. */
function segDist(px, py, ax, ay, bx, by) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function draw(size) {
  const s = size;
  const radius = s * 0.18;
  const stroke = Math.max(1.2, s * 0.09);
  // Check mark polyline in unit coordinates.
  const pts = [[0.26, 0.53], [0.43, 0.69], [0.75, 0.33]].map(([x, y]) => [x * s, y * s]);
  const rows = [];
  for (let y = 0; y < s; y++) {
    const row = Buffer.alloc(1 + s * 4); // filter byte 0, then RGBA
    for (let x = 0; x < s; x++) {
      // 4×4 supersampling for smooth edges at 16 px.
      let bg = 0, mark = 0;
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const px = x + (sx + 0.5) / 4, py = y + (sy + 0.5) / 4;
          const cx = Math.min(Math.max(px, radius), s - radius), cy = Math.min(Math.max(py, radius), s - radius);
          if (Math.hypot(px - cx, py - cy) <= radius) {
            bg++;
            const d = Math.min(segDist(px, py, ...pts[0], ...pts[1]), segDist(px, py, ...pts[1], ...pts[2]));
            if (d <= stroke) mark++;
          }
        }
      }
      const a = bg / 16, m = bg ? mark / bg : 0;
      const teal = [0x0f, 0x7b, 0x6c];
      const o = 1 + x * 4;
      row[o] = Math.round(teal[0] + (255 - teal[0]) * m);
      row[o + 1] = Math.round(teal[1] + (255 - teal[1]) * m);
      row[o + 2] = Math.round(teal[2] + (255 - teal[2]) * m);
      row[o + 3] = Math.round(a * 255);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(s, 0);
  ihdr.writeUInt32BE(s, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([sig, chunk("IHDR", ihdr), chunk("IDAT", zlib.deflateSync(Buffer.concat(rows), { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

fs.mkdirSync(out, { recursive: true });
for (const size of SIZES) {
  const file = path.join(out, `icon-${size}.png`);
  fs.writeFileSync(file, draw(size));
  console.log(`${path.relative(process.cwd(), file)}  ${size}×${size}`);
}

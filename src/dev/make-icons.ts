// Draws the toolbar icon (a shield with a tick) into public/icons/*.png without any image tooling:
// a signed-distance shape, antialiased, written as an RGBA PNG. Run: npx tsx src/dev/make-icons.ts
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = (crcTable[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
// Shield: inside when |x| < halfWidth(y); top flat, bottom a point. Coordinates in 0..1.
function insideShield(u: number, v: number): boolean {
  const x = u - 0.5;
  if (v < 0.08 || v > 0.94) return false;
  const half = v < 0.55 ? 0.4 : 0.4 * Math.sqrt(Math.max(0, (0.94 - v) / 0.39));
  return Math.abs(x) < half;
}
function onTick(u: number, v: number, w: number): boolean {
  const seg = (ax: number, ay: number, bx: number, by: number) => {
    const dx = bx - ax, dy = by - ay;
    const t = Math.max(0, Math.min(1, ((u - ax) * dx + (v - ay) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(u - (ax + t * dx), v - (ay + t * dy)) < w;
  };
  return seg(0.3, 0.5, 0.45, 0.66) || seg(0.45, 0.66, 0.72, 0.34);
}
for (const size of [16, 32, 48, 128]) {
  const ss = 4;
  const image = png(size, (x, y) => {
    let shield = 0, tick = 0;
    for (let i = 0; i < ss; i++)
      for (let j = 0; j < ss; j++) {
        const u = (x + (i + 0.5) / ss) / size, v = (y + (j + 0.5) / ss) / size;
        if (insideShield(u, v)) {
          shield++;
          if (onTick(u, v, size < 32 ? 0.075 : 0.055)) tick++;
        }
      }
    const a = shield / (ss * ss), t = shield ? tick / shield : 0;
    const mix = (c1: number, c2: number) => Math.round(c1 * (1 - t) + c2 * t);
    return [mix(0x0f, 0xff), mix(0x76, 0xff), mix(0x6e, 0xff), Math.round(a * 255)];
  });
  writeFileSync(new URL(`../../public/icons/icon-${size}.png`, import.meta.url), image);
}

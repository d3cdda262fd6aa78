// The kind and pixel size of an image from its first bytes (PNG, JPEG, GIF, BMP): what Word
// needs to embed it. Anything else (WebP, SVG, an HTML error page) is not embedded.

export interface ImageData {
  type: 'png' | 'jpg' | 'gif' | 'bmp';
  width: number;
  height: number;
}

const u16be = (b: Uint8Array, i: number): number => (b[i]! << 8) | b[i + 1]!;
const u16le = (b: Uint8Array, i: number): number => b[i]! | (b[i + 1]! << 8);
const u32be = (b: Uint8Array, i: number): number => ((b[i]! << 24) >>> 0) + (b[i + 1]! << 16) + (b[i + 2]! << 8) + b[i + 3]!;
const i32le = (b: Uint8Array, i: number): number => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24);

function sized(type: ImageData['type'], width: number, height: number): ImageData | null {
  return width > 0 && height > 0 && width < 100_000 && height < 100_000 ? { type, width, height } : null;
}

export function imageData(b: Uint8Array): ImageData | null {
  if (b.length >= 24 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return sized('png', u32be(b, 16), u32be(b, 20));
  if (b.length >= 10 && b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46) return sized('gif', u16le(b, 6), u16le(b, 8));
  if (b.length >= 26 && b[0] === 0x42 && b[1] === 0x4d) return sized('bmp', i32le(b, 18), Math.abs(i32le(b, 22)));
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) {
    // Walk the segments to a start-of-frame marker (SOF0–SOF15 but DHT, JPG, DAC).
    let i = 2;
    while (i + 9 < b.length) {
      if (b[i] !== 0xff) return null;
      const marker = b[i + 1]!;
      if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01 || marker === 0xff) {
        i += marker === 0xff ? 1 : 2;
        continue;
      }
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return sized('jpg', u16be(b, i + 7), u16be(b, i + 5));
      i += 2 + u16be(b, i + 2);
    }
  }
  return null;
}

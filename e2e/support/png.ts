import sharp from 'sharp';

/** A real square PNG of one colour (drawn by sharp), for uploads in browser tests. */
export function solidPng(size = 8, rgb: [number, number, number] = [0xb4, 0x23, 0x2a]): Promise<Buffer> {
  const [r, g, b] = rgb;
  return sharp({ create: { width: size, height: size, channels: 3, background: { r, g, b } } })
    .png()
    .toBuffer();
}

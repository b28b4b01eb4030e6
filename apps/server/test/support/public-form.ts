import sharp from 'sharp';
import { expect, vi } from 'vitest';
import { multipart, type TestApp } from './test-app.ts';

/** A real picture of `size` pixels square, as a phone would send one. */
export const png = (size = 32) =>
  sharp({ create: { width: size, height: size, channels: 3, background: { r: 30, g: 120, b: 60 } } })
    .png()
    .toBuffer();

/** The browser's empty file input: a file part without a name or bytes. */
export const NO_FILE = { name: '', type: 'application/octet-stream', content: new Uint8Array() };

/**
 * Opens a public form at `path` (for its guard's signed stamp), lets `waitMs` pass as a person would
 * (the clock must be pinned), then sends it as the browser does: the fields, then the file input.
 */
export async function sendPublicForm(
  app: TestApp,
  path: string,
  fields: Record<string, string>,
  file: { name: string; type: string; content: Uint8Array } = NO_FILE,
  waitMs = 5_000,
) {
  const page = await app.app.inject({ method: 'GET', url: path });
  expect(page.statusCode).toBe(200);
  const stamp = /name="dau_thoi_gian" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
  vi.setSystemTime(new Date(Date.now() + waitMs));
  return app.app.inject({
    method: 'POST',
    url: path,
    ...multipart({ dau_thoi_gian: stamp, website: '', ...fields }, file),
  });
}

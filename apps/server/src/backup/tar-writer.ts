// A backup is a POSIX tar (ustar) that `tar -tvf` lists and `tar -xf` unpacks. Written here rather
// than through a library: the only tar library installed (tar-stream 2, pulled in by exceljs) is an
// old, untyped transitive dependency, and writing entries of known size one after the other is a few
// dozen lines.
import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';

export const TAR_BLOCK = 512;
/** Largest size the ustar header's 11 octal digits hold (8 GiB); past it, GNU's base-256 form. */
const LARGEST_OCTAL_SIZE = 8 ** 11 - 1;
/** The name field; the entries of a backup (file keys are ids) are far shorter. */
const LARGEST_NAME_BYTES = 100;

function writeOctal(header: Buffer, value: number, offset: number, length: number): void {
  header.write(`${value.toString(8).padStart(length - 1, '0')}\0`, offset, length, 'ascii');
}

function writeSize(header: Buffer, size: number): void {
  if (size <= LARGEST_OCTAL_SIZE) {
    writeOctal(header, size, 124, 12);
  } else {
    // GNU tar, bsdtar and our reader take a first byte of 0x80 as "big-endian binary follows".
    header[124] = 0x80;
    header.writeBigUInt64BE(BigInt(size), 128);
  }
}

/** The 512-byte ustar header of a regular file. */
export function tarHeader(name: string, size: number, mtime: Date): Buffer {
  const header = Buffer.alloc(TAR_BLOCK);
  if (Buffer.byteLength(name) > LARGEST_NAME_BYTES) throw new Error(`tar entry name too long: ${name}`);
  header.write(name, 0, LARGEST_NAME_BYTES, 'utf8');
  writeOctal(header, 0o644, 100, 8);
  writeOctal(header, 0, 108, 8);
  writeOctal(header, 0, 116, 8);
  writeSize(header, size);
  writeOctal(header, Math.floor(mtime.getTime() / 1000), 136, 12);
  header.write('        ', 148, 8, 'ascii');
  header.write('0', 156, 1, 'ascii');
  header.write('ustar\0', 257, 6, 'ascii');
  header.write('00', 263, 2, 'ascii');
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii');
  return header;
}

export const paddingAfter = (size: number): number => (TAR_BLOCK - (size % TAR_BLOCK)) % TAR_BLOCK;

/**
 * Writes tar entries one after the other into an open file, each streamed from its source and hashed
 * on the way (sha-256, for the archive's SHA256SUMS). An entry must deliver exactly the size its
 * header announced: a source that changes under us fails the backup rather than leaving a broken one.
 */
export class TarWriter {
  readonly #file: FileHandle;
  readonly #mtime: Date;
  /** Entry name → sha-256 (hex) of its content, in the order written. */
  readonly sums = new Map<string, string>();

  constructor(file: FileHandle, mtime: Date) {
    this.#file = file;
    this.#mtime = mtime;
  }

  async add(name: string, size: number, content: AsyncIterable<Uint8Array> | Uint8Array): Promise<void> {
    await this.#file.write(tarHeader(name, size, this.#mtime));
    const hash = createHash('sha256');
    let written = 0;
    const chunks = content instanceof Uint8Array ? [content] : content;
    for await (const chunk of chunks) {
      written += chunk.byteLength;
      if (written > size) throw new Error(`${name}: more than the ${size} bytes expected`);
      hash.update(chunk);
      await this.#file.write(chunk);
    }
    if (written !== size) throw new Error(`${name}: ${written} bytes where ${size} were expected`);
    const padding = paddingAfter(size);
    if (padding > 0) await this.#file.write(Buffer.alloc(padding));
    this.sums.set(name, hash.digest('hex'));
  }

  /** The end-of-archive marker: two zero blocks. */
  async finish(): Promise<void> {
    await this.#file.write(Buffer.alloc(TAR_BLOCK * 2));
  }
}

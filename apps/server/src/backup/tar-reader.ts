// Reads the tar entries of a backup (see tar-writer.ts) as a stream: each entry's content is handed
// over in chunks and never held whole. Anything that is not a well-formed archive (a bad header
// checksum, an entry cut short, no end marker) throws BrokenArchive.
import { paddingAfter, TAR_BLOCK } from './tar-writer.ts';

/** The archive is not a whole, well-formed tar: cut short, damaged, or not a tar at all. */
export class BrokenArchive extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'BrokenArchive';
  }
}

export interface TarEntry {
  name: string;
  size: number;
  /** The entry's bytes; read it (or not) before asking for the next entry. */
  content: AsyncIterable<Buffer>;
}

/** Pulls exact byte counts out of a stream of chunks. */
class ByteSource {
  readonly #chunks: AsyncIterator<Buffer>;
  #pending: Buffer = Buffer.alloc(0);

  constructor(chunks: AsyncIterable<Buffer>) {
    this.#chunks = chunks[Symbol.asyncIterator]();
  }

  async #fill(): Promise<boolean> {
    const next = await this.#chunks.next();
    if (next.done) return false;
    this.#pending = this.#pending.length ? Buffer.concat([this.#pending, next.value]) : next.value;
    return true;
  }

  /** Exactly `count` bytes, or null at the very end of the stream; a partial read throws. */
  async read(count: number, what: string): Promise<Buffer | null> {
    while (this.#pending.length < count) {
      if (!(await this.#fill())) {
        if (this.#pending.length === 0) return null;
        throw new BrokenArchive(`${what}: the archive ends in the middle of it`);
      }
    }
    const bytes = this.#pending.subarray(0, count);
    this.#pending = this.#pending.subarray(count);
    return bytes;
  }

  /**
   * The next `count` bytes in the chunks they came in. A reader that stops early (a `break`) leaves
   * the rest to `skip()`, which the archive's walk calls before the next header.
   */
  section(count: number, what: string): { content: AsyncIterable<Buffer>; skip(): Promise<void> } {
    let left = count;
    const next = async (): Promise<IteratorResult<Buffer>> => {
      if (left === 0) return { done: true, value: undefined };
      if (this.#pending.length === 0 && !(await this.#fill())) {
        throw new BrokenArchive(`${what}: the archive ends ${left} bytes before the entry does`);
      }
      const take = Math.min(left, this.#pending.length);
      const chunk = this.#pending.subarray(0, take);
      this.#pending = this.#pending.subarray(take);
      left -= take;
      return { done: false, value: chunk };
    };
    const iterator: AsyncIterator<Buffer> = {
      next,
      return: async () => ({ done: true, value: undefined }),
    };
    return {
      content: { [Symbol.asyncIterator]: () => iterator },
      async skip() {
        while (!(await next()).done) {
          // the unread rest of the entry
        }
      },
    };
  }
}

function readOctal(header: Buffer, offset: number, length: number): number {
  const text = header
    .toString('ascii', offset, offset + length)
    .replace(/[\0 ]+$/, '')
    .trim();
  if (!/^[0-7]+$/.test(text)) throw new BrokenArchive(`header field at ${offset} is not a number`);
  return Number.parseInt(text, 8);
}

function readSize(header: Buffer): number {
  if (header[124] === 0x80) return Number(header.readBigUInt64BE(128));
  return readOctal(header, 124, 12);
}

function checkHeaderSum(header: Buffer): void {
  let sum = 0;
  for (let i = 0; i < TAR_BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (header[i] as number);
  if (sum !== readOctal(header, 148, 8)) throw new BrokenArchive('a header is damaged (checksum)');
}

/** The regular-file entries of a tar, in order; ends at the archive's end marker. */
export async function* readTar(chunks: AsyncIterable<Buffer>): AsyncGenerator<TarEntry> {
  const source = new ByteSource(chunks);
  for (;;) {
    const header = await source.read(TAR_BLOCK, 'header');
    if (header === null) throw new BrokenArchive('the archive ends without its end marker');
    if (header.every((byte) => byte === 0)) return;
    checkHeaderSum(header);
    const name = header.toString('utf8', 0, 100).replace(/\0.*$/s, '');
    const size = readSize(header);
    const type = String.fromCharCode(header[156] as number);
    const section = source.section(size, name);
    if (type === '0' || type === '\0') yield { name, size, content: section.content };
    await section.skip();
    const padding = paddingAfter(size);
    if (padding > 0 && (await source.read(padding, name)) === null) {
      throw new BrokenArchive(`${name}: the archive ends in the middle of it`);
    }
  }
}

// Splitting normalised text into chunks for the engine: whole sentences packed up to a size, a new
// chunk at each paragraph, so progress can be reported and no single request is too large.

export const DEFAULT_CHUNK_CHARS = 400;

/** A line that does not end in punctuation (a heading) gets a full stop, so the engine pauses. */
const closeLine = (line: string): string => (/[.!?:;,…]$/.test(line) ? line : `${line}.`);

function splitLong(sentence: string, max: number): string[] {
  if (sentence.length <= max) return [sentence];
  const pieces: string[] = [];
  let current = '';
  // Prefer breaking after a comma, else between words.
  for (const word of sentence.split(/(?<=,)\s+|\s+/)) {
    if (current && current.length + 1 + word.length > max) {
      pieces.push(current);
      current = '';
    }
    current = current ? `${current} ${word}` : word;
  }
  if (current) pieces.push(current);
  return pieces;
}

/** Chunks of at most `maxChars` characters (a single word longer than that stays whole). */
export function splitIntoChunks(text: string, maxChars = DEFAULT_CHUNK_CHARS): string[] {
  const chunks: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    const sentences = paragraph
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => /[\p{L}\p{N}]/u.test(line))
      .map(closeLine)
      .flatMap((line) => line.split(/(?<=[.!?…;])\s+/))
      .flatMap((sentence) => splitLong(sentence, maxChars));
    let current = '';
    for (const sentence of sentences) {
      if (current && current.length + 1 + sentence.length > maxChars) {
        chunks.push(current);
        current = '';
      }
      current = current ? `${current} ${sentence}` : sentence;
    }
    if (current) chunks.push(current);
  }
  return chunks;
}

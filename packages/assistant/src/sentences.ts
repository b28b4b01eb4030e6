// Where a sentence ends, one rule for the whole assistant: cutting passages, picking an answer's
// sentences and drafting a bulletin all cut a text at the same places.

// Titles of people and places written with a full stop that does not end a sentence.
const NO_BREAK_AFTER = /(?:^|\s)(?:TP|Tp|TX|TS|ThS|Th\.S|PGS|GS|BS|KS|Q|P|St|Mr|Ms)\.$/u;
// An end mark (".", "!", "?", "…", perhaps closing a quote or a bracket) before the start of a new
// sentence: a capital, a number, an opening quote or a list dash.
const END = /[.!?…]+["”’)]?(?=\s+["“(]?[\p{Lu}\d\-–+•])/gu;
// A list dash inside a text whose lines were run together ("… như sau - Tổ chức …; - Phát động …").
const LIST_DASH = /\s+(?=[-–+•]\s)/u;

/**
 * Sentences of a text, trimmed, in order: cut after an end mark before a new sentence (not after a
 * title such as "TP." or "PGS."). Not after ";": lists of bodies run on with it ("Các sở, ban, ngành;
 * UBND xã, phường; …") and their pieces are no sentences. `listDashes`: the text is a passage whose
 * lines were run together, so a dash between spaces was a list item's marker and starts a sentence;
 * a text still in its lines keeps such a dash, which there joins names ("Phòng Văn hóa - Xã hội").
 */
export function sentencesOf(text: string, options: { listDashes: boolean }): string[] {
  const sentences: string[] = [];
  for (const run of options.listDashes ? text.split(LIST_DASH) : [text]) {
    let start = 0;
    for (const boundary of run.matchAll(END)) {
      const end = boundary.index + boundary[0].length;
      if (NO_BREAK_AFTER.test(run.slice(start, end))) continue;
      sentences.push(run.slice(start, end));
      start = end;
    }
    sentences.push(run.slice(start));
  }
  return sentences.map((s) => s.trim()).filter(Boolean);
}

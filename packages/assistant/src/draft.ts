// A loudspeaker bulletin drafted from approved sources (issue 19, item 3). Pure. The body is made
// only of the sources' own sentences, cleaned of layout (list markers, table tabs) and nothing else:
// abbreviations and numbers stay as written, for the speech normaliser and the pronunciation list.
// The opening and the closing are the only words of the assistant's own, and they carry no facts.
import { foldVietnamese, SPOKEN_SYLLABLES_PER_MINUTE, spokenSeconds } from '@lantoa/domain';
import { normaliseForSpeech } from '@lantoa/speech';
import { sentencesOf } from './sentences.ts';
import { isPair, questionTerms } from './terms.ts';

/** Where a sentence came from: the document, its section and, when it was cut into passages, the passage. */
export interface DraftSource {
  /** 'library_item', 'plan', 'task', 'bulletin', 'reference'… */
  kind: string;
  id: string;
  title: string;
  section: string;
  passageId?: string | undefined;
  /** The words of the passage a rephrased sentence rests on (a model's draft), checked to be there. */
  quote?: string | undefined;
}

export interface SourceSentence {
  text: string;
  source: DraftSource;
}

export interface DraftSentence {
  text: string;
  /** Null for the opening and the closing, which say nothing the sources do not. */
  source: DraftSource | null;
}

export interface BulletinDraft {
  title: string;
  text: string;
  sentences: DraftSentence[];
  /** The spoken length of `text` at the reading speed asked, by the product's estimate. */
  seconds: number;
}

export interface DraftOptions {
  /** The bulletin's title: what it is about (a document's title, a task). */
  title: string;
  /** Who speaks: "Đài truyền thanh xã Hòa An". */
  stationName: string;
  /** The document the bulletin carries out, for "Thực hiện …" (a plan); without it the opening names the title. */
  basis?: string | undefined;
  targetSeconds: number;
  /** Syllables a minute of the station's voice; the product's measured default when not given. */
  syllablesPerMinute?: number | undefined;
  /** A bulletin's text is at most this long (the bulletin form's limit). */
  maxChars?: number | undefined;
}

/** Of a subject's word pairs, the share a passage must hold to be about it ("a task's passages"). */
export const SUBJECT_SHARE = 0.5;

/**
 * The passages about a subject (a plan's task, by its title), in their order: those holding at
 * least half of the subject's pairs of words ("tuyen truyen", "loa truyen thanh"), as the
 * knowledge index found them; when none does, the one holding most, if it holds a quarter.
 */
export function passagesAbout<P extends { terms: readonly string[] }>(
  subject: string,
  passages: readonly P[],
): P[] {
  const wanted = questionTerms(subject).filter(isPair);
  if (wanted.length === 0) return [];
  const shares = passages.map((passage) => {
    const held = new Set(passage.terms);
    return wanted.filter((term) => held.has(term)).length / wanted.length;
  });
  const about = passages.filter((_, index) => (shares[index] ?? 0) >= SUBJECT_SHARE);
  if (about.length > 0) return about;
  const best = Math.max(0, ...shares);
  return best >= SUBJECT_SHARE / 2 ? passages.filter((_, index) => shares[index] === best).slice(0, 1) : [];
}

/** How far from the target a draft may land: a session's slot is planned to the minute, not the second. */
export const DRAFT_TOLERANCE = 0.15;
const MAX_BULLETIN_CHARS = 20_000;
const MAX_TITLE_CHARS = 300;
/** Fewer words than this is a fragment of layout ("Nơi nhận:", "KT. CHỦ TỊCH"), not a sentence to air. */
const MIN_SENTENCE_WORDS = 4;

// A list marker at the start of a line: "-", "+", "•", "a)", "1.", "1.2.", "II.", "(3)", or a
// table's row number before its first cell; followed by a space or a capital, so that "1.000 hộ"
// and "2.5 triệu" keep their numbers. A bare number followed by a space ("15 xã đã…") is words.
const LIST_MARKER =
  /^\s*(?:[-–—+•*·▪●○◦►](?:\s+|(?=\p{Lu}))|\(?[a-zđ][.)]\s+|\(?\d{1,3}(?:\.\d{1,3})*[.)](?:\s+|(?=\p{Lu}))|\d{1,3}(?:\t| \| )|\(?[IVXLC]{1,6}[.)]\s+)/u;

// A document's frame, true but not news to a village: its legal bases ("Căn cứ …"), the place and
// date line ("Tuyên Quang, ngày … tháng 5 năm 2026"), its number, addressees and distribution.
const NOT_AIRED =
  /^(?:Căn cứ\s|Số\s*:|Kính gửi\s*:|Nơi nhận\s*:|[\p{L} ]{2,40}, ngày [\d\s.…]*tháng [\d\s.…]*năm \d{4}\.?$)/u;

/**
 * The sentences of a passage, in order: lines first (a document's paragraphs, list items, table
 * rows), then the sentences of each line. Headings (a line in capitals) and fragments are left out.
 */
export function splitSentences(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\r?\n/)
    .flatMap((line) => sentencesOf(line, { listDashes: false }))
    .map(cleanSentence)
    .filter((sentence): sentence is string => sentence !== null);
}

/**
 * A source's sentence as it is read out: without its list marker, a table row's cells joined by
 * commas, single spaces, ending with a full stop where it ended with a colon, semicolon or nothing.
 * Null for what is not a sentence to air: a heading in capitals, a fragment of a few words.
 */
export function cleanSentence(raw: string): string | null {
  let text = raw.normalize('NFC');
  for (let pass = 0; pass < 3; pass++) {
    const unmarked = text.replace(LIST_MARKER, '');
    if (unmarked === text) break;
    text = unmarked;
  }
  // A table row: tab-separated as written, " | " as the knowledge index joins its cells.
  text = text
    .split(/\t| \| /)
    .map((cell) => cell.trim())
    .filter(Boolean)
    .join(', ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*[,;:]+$/u, '');
  const words = text.split(' ').filter((word) => /[\p{L}\d]/u.test(word));
  if (words.length < MIN_SENTENCE_WORDS || NOT_AIRED.test(text)) return null;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters === letters.toLocaleUpperCase('vi')) return null;
  return /[.!?…]["”’)]?$/u.test(text) ? text : `${text}.`;
}

/**
 * A bulletin in the usual order of a commune's loudspeaker: greeting and what it is about, the
 * sources' sentences in their order until the spoken length reaches the target, then the closing.
 * A sentence that would run past the target is left out (and the next ones tried while the draft is
 * still short); a source shorter than the target gives a shorter bulletin, never padding.
 */
export function draftBulletin(sources: readonly SourceSentence[], options: DraftOptions): BulletinDraft {
  const title = (options.title.normalize('NFC').replace(/\s+/g, ' ').trim() || 'Bản tin').slice(
    0,
    MAX_TITLE_CHARS,
  );
  const station = options.stationName.normalize('NFC').trim();
  // Said mid-sentence: "về kế hoạch truyền thông…", but "về UBND…" keeps its capitals.
  const topic = title
    .replace(/[.!?…:;,]+$/u, '')
    .replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLocaleLowerCase('vi'));
  const opening: DraftSentence[] = [
    { text: 'Kính thưa bà con nhân dân!', source: null },
    {
      text: options.basis
        ? `Thực hiện ${options.basis.trim().replace(/[.:;,]+$/u, '')}, ${station} xin thông tin tới bà con về ${topic}.`
        : `${station} xin thông tin tới bà con nhân dân về ${topic}.`,
      source: null,
    },
  ];
  const closing: DraftSentence[] = [
    {
      text: `${station.replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase('vi'))} vừa thông tin về ${topic}.`,
      source: null,
    },
    { text: 'Cảm ơn bà con đã chú ý lắng nghe!', source: null },
  ];

  // The product's estimate counts at its measured pace; a station reading faster says more in the
  // same time, so the target is converted to seconds at that pace rather than the estimate copied.
  const speed = options.syllablesPerMinute ?? SPOKEN_SYLLABLES_PER_MINUTE;
  const atSpeed = (defaultSeconds: number) => (defaultSeconds * SPOKEN_SYLLABLES_PER_MINUTE) / speed;
  const spoken = [...opening, ...closing].map((sentence) => normaliseForSpeech(sentence.text));
  const secondsOf = (pieces: readonly string[]) => atSpeed(spokenSeconds(pieces.join(' ')));
  const maxChars = options.maxChars ?? MAX_BULLETIN_CHARS;
  const frameChars = [...opening, ...closing].reduce((sum, sentence) => sum + sentence.text.length + 2, 4);

  const body: DraftSentence[] = [];
  const said = new Set<string>();
  let seconds = secondsOf(spoken);
  let chars = frameChars;
  const target = options.targetSeconds;
  for (const candidate of sources) {
    if (seconds >= target) break;
    const text = cleanSentence(candidate.text);
    if (!text) continue;
    const key = foldVietnamese(text);
    if (said.has(key)) continue;
    const next = [...spoken, normaliseForSpeech(text)];
    const nextSeconds = secondsOf(next);
    // Within the target, or past it by less than the tolerance when the draft would otherwise end
    // short of it; a sentence too long for either is skipped while the draft is still short (a
    // later, shorter one may fit), and ends the draft once it is long enough.
    const fits =
      nextSeconds <= target ||
      (seconds < target * (1 - DRAFT_TOLERANCE) && nextSeconds <= target * (1 + DRAFT_TOLERANCE));
    if (!fits || chars + text.length + 1 > maxChars) {
      if (seconds >= target * (1 - DRAFT_TOLERANCE)) break;
      continue;
    }
    body.push({ text, source: candidate.source });
    said.add(key);
    spoken.push(next[next.length - 1] as string);
    seconds = nextSeconds;
    chars += text.length + 1;
  }

  const sentences = [...opening, ...body, ...closing];
  return { title, text: layout(opening, body, closing), sentences, seconds: Math.round(seconds) };
}

/** Greeting, body and closing as paragraphs; a new paragraph in the body where the passage changes. */
function layout(opening: DraftSentence[], body: DraftSentence[], closing: DraftSentence[]): string {
  const paragraphs: string[][] = [opening.map((sentence) => sentence.text)];
  let passage: string | null = null;
  for (const sentence of body) {
    const at = sentence.source
      ? `${sentence.source.id}#${sentence.source.passageId ?? sentence.source.section}`
      : '';
    if (at !== passage || paragraphs.length === 1) paragraphs.push([]);
    passage = at;
    paragraphs[paragraphs.length - 1]?.push(sentence.text);
  }
  paragraphs.push(closing.map((sentence) => sentence.text));
  return paragraphs.map((paragraph) => paragraph.join(' ')).join('\n\n');
}

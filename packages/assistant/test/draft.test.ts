import { SPOKEN_SYLLABLES_PER_MINUTE, spokenSeconds } from '@lantoa/domain';
import { normaliseForSpeech } from '@lantoa/speech';
import { describe, expect, it } from 'vitest';
import {
  cleanSentence,
  DRAFT_TOLERANCE,
  type DraftSource,
  draftBulletin,
  passagesAbout,
  type SourceSentence,
  splitSentences,
} from '../src/draft.ts';
import { termsOf } from '../src/terms.ts';

// A provincial document as the knowledge index cuts it: sections of paragraphs, list items and a
// table row, abbreviations as written.
const PASSAGES: { section: string; text: string }[] = [
  {
    section: 'I. MỤC ĐÍCH, YÊU CẦU',
    text: `I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân về vai trò của KH&CN, ĐMST và CĐS trong phát triển kinh tế - xã hội của địa phương. Mỗi người dân cần hiểu rõ lợi ích của dịch vụ công trực tuyến.
2. Bảo đảm đến năm 2030 có 100% hộ gia đình được tiếp cận thông tin thiết yếu qua hệ thống thông tin cơ sở.`,
  },
  {
    section: 'II. NHIỆM VỤ, GIẢI PHÁP',
    text: `- Tổ chức tuyên truyền trên hệ thống loa truyền thanh cơ sở ít nhất 02 lần mỗi tuần về chuyển đổi số;
- Hướng dẫn người dân cài đặt và sử dụng ứng dụng VNeID, thanh toán không dùng tiền mặt tại các điểm giao dịch trên địa bàn xã;
a) UBND xã chủ trì, phối hợp với các thôn, tổ dân phố thành lập Tổ công nghệ số cộng đồng tại 100% thôn, tổ dân phố.
b) Các tổ công nghệ số cộng đồng hướng dẫn bà con sử dụng điện thoại thông minh, mở tài khoản thanh toán và mua bán trên sàn thương mại điện tử.
1\tTỷ lệ người dân trưởng thành có danh tính số\t80%\t2030`,
  },
  {
    section: 'III. TỔ CHỨC THỰC HIỆN',
    text: `Văn phòng HĐND và UBND xã theo dõi, đôn đốc các thôn triển khai kế hoạch này và báo cáo kết quả về UBND huyện trước ngày 15/12 hằng năm. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các thôn phản ánh kịp thời về UBND xã để được hướng dẫn, giải quyết.
Công chức Văn hóa - Xã hội phối hợp với Đài truyền thanh xã xây dựng chuyên mục chuyển đổi số phát định kỳ vào các buổi sáng thứ Hai và thứ Năm hằng tuần. Các hội, đoàn thể lồng ghép nội dung chuyển đổi số vào sinh hoạt định kỳ của hội viên.
Nơi nhận:
KT. CHỦ TỊCH`,
  },
];

const SOURCE: Omit<DraftSource, 'section' | 'passageId'> = {
  kind: 'library_item',
  id: '00000000-0000-4000-8000-000000000001',
  title: 'Kế hoạch tuyên truyền chuyển đổi số năm 2026',
};

const sentencesOf = (passages: { section: string; text: string }[]): SourceSentence[] =>
  passages.flatMap((passage, index) =>
    splitSentences(passage.text).map((text) => ({
      text,
      source: { ...SOURCE, section: passage.section, passageId: `p${index}` },
    })),
  );

/** The document repeated with its passages named apart: enough text for a long bulletin. */
const longSource = (copies: number) =>
  sentencesOf(
    Array.from({ length: copies }, (_, copy) =>
      PASSAGES.map((passage) => ({ ...passage, section: `${passage.section} (${copy})` })),
    ).flat(),
  ).map((sentence, index) => ({
    ...sentence,
    text: `${sentence.text.replace(/\.$/, '')} lần thứ ${index}.`,
  }));

const OPTIONS = { title: SOURCE.title, stationName: 'Đài truyền thanh xã Hòa An' };
const estimate = (text: string, speed = SPOKEN_SYLLABLES_PER_MINUTE) =>
  (spokenSeconds(normaliseForSpeech(text)) * SPOKEN_SYLLABLES_PER_MINUTE) / speed;

/** The words of a text without its punctuation, folded to single spaces: what "verbatim" compares. */
const words = (text: string) =>
  text
    .replace(/[^\p{L}\p{N}&%/]+/gu, ' ')
    .trim()
    .split(' ');
const containsWords = (haystack: string, needle: string) =>
  ` ${words(haystack).join(' ')} `.includes(` ${words(needle).join(' ')} `);

describe('cleaning a source sentence', () => {
  it('drops list markers and joins table cells, keeping abbreviations for the normaliser', () => {
    expect(cleanSentence('- Tổ chức tuyên truyền về CĐS trên loa;')).toBe(
      'Tổ chức tuyên truyền về CĐS trên loa.',
    );
    expect(cleanSentence('a) UBND xã chủ trì, phối hợp với các thôn.')).toBe(
      'UBND xã chủ trì, phối hợp với các thôn.',
    );
    expect(cleanSentence('1.2. Hướng dẫn người dân cài đặt VNeID:')).toBe(
      'Hướng dẫn người dân cài đặt VNeID.',
    );
    expect(cleanSentence('1\tTỷ lệ người dân có danh tính số\t80%\t2030')).toBe(
      'Tỷ lệ người dân có danh tính số, 80%, 2030.',
    );
    expect(cleanSentence('15 xã đã có tổ công nghệ số cộng đồng.')).toBe(
      '15 xã đã có tổ công nghệ số cộng đồng.',
    );
    expect(cleanSentence('1.000 hộ dân được hướng dẫn cài đặt VNeID.')).toBe(
      '1.000 hộ dân được hướng dẫn cài đặt VNeID.',
    );
    expect(cleanSentence('2.5 triệu lượt người dùng dịch vụ công trực tuyến.')).toBe(
      '2.5 triệu lượt người dùng dịch vụ công trực tuyến.',
    );
    expect(cleanSentence('1 | Tỷ lệ hộ gia đình có cáp quang | 100%')).toBe(
      'Tỷ lệ hộ gia đình có cáp quang, 100%.',
    );
  });

  it('leaves out headings in capitals and fragments of layout', () => {
    expect(cleanSentence('II. NHIỆM VỤ, GIẢI PHÁP')).toBeNull();
    expect(cleanSentence('Nơi nhận:')).toBeNull();
    expect(cleanSentence('KT. CHỦ TỊCH')).toBeNull();
  });

  it("leaves out the document's frame: legal bases, the place and date line", () => {
    expect(cleanSentence('Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;')).toBeNull();
    expect(cleanSentence('Tuyên Quang, ngày 07 tháng 5 năm 2026')).toBeNull();
    expect(cleanSentence('Hòa An, ngày tháng 5 năm 2026')).toBeNull();
    expect(cleanSentence('Số: 139/KH-UBND ngày 27/5/2026')).toBeNull();
    // A sentence that begins with a date is news, not the date line.
    expect(cleanSentence('Sáng nay, ngày 15 tháng 5, xã tổ chức lớp Bình dân học vụ số.')).toBe(
      'Sáng nay, ngày 15 tháng 5, xã tổ chức lớp Bình dân học vụ số.',
    );
  });

  it('splits a line into its sentences, not after a title such as "TP."', () => {
    expect(
      splitSentences('Hội nghị tổ chức tại TP. Tuyên Quang vào sáng nay. Các xã cử đại biểu tham dự đầy đủ.'),
    ).toEqual(['Hội nghị tổ chức tại TP. Tuyên Quang vào sáng nay.', 'Các xã cử đại biểu tham dự đầy đủ.']);
  });
});

describe('drafting a bulletin', () => {
  it('fits a 3-minute target at the default speed, within the tolerance', () => {
    const draft = draftBulletin(longSource(4), { ...OPTIONS, targetSeconds: 180 });
    const seconds = estimate(draft.text);
    expect(seconds).toBeGreaterThanOrEqual(180 * (1 - DRAFT_TOLERANCE));
    expect(seconds).toBeLessThanOrEqual(180 * (1 + DRAFT_TOLERANCE));
    expect(draft.seconds).toBe(Math.round(seconds));
    expect(draft.title).toBe(SOURCE.title);
  });

  it('says more in the same time at a faster station', () => {
    const source = longSource(6);
    const normal = draftBulletin(source, { ...OPTIONS, targetSeconds: 120 });
    const fast = draftBulletin(source, { ...OPTIONS, targetSeconds: 120, syllablesPerMinute: 260 });
    const seconds = estimate(fast.text, 260);
    expect(seconds).toBeGreaterThanOrEqual(120 * (1 - DRAFT_TOLERANCE));
    expect(seconds).toBeLessThanOrEqual(120 * (1 + DRAFT_TOLERANCE));
    expect(fast.sentences.length).toBeGreaterThan(normal.sentences.length);
  });

  it('opens and closes in the style of a loudspeaker bulletin, with no source', () => {
    const draft = draftBulletin(sentencesOf(PASSAGES), {
      ...OPTIONS,
      basis: 'Kế hoạch số 45/KH-UBND ngày 10/01/2026 của UBND xã Hòa An',
      targetSeconds: 180,
    });
    const [greeting, purpose] = draft.sentences;
    expect(greeting).toEqual({ text: 'Kính thưa bà con nhân dân!', source: null });
    expect(purpose?.text).toMatch(
      /^Thực hiện Kế hoạch số 45\/KH-UBND .*, Đài truyền thanh xã Hòa An xin thông tin/,
    );
    expect(purpose?.source).toBeNull();
    const closing = draft.sentences.slice(-2);
    expect(closing[0]?.text).toBe(
      'Đài truyền thanh xã Hòa An vừa thông tin về kế hoạch tuyên truyền chuyển đổi số năm 2026.',
    );
    expect(closing.every((sentence) => sentence.source === null)).toBe(true);
    expect(draft.text.startsWith('Kính thưa bà con nhân dân!')).toBe(true);
    expect(draft.text.split('\n\n').length).toBeGreaterThanOrEqual(3);
  });

  it('makes the body only of source sentences, verbatim and in order, each with its source', () => {
    const draft = draftBulletin(sentencesOf(PASSAGES), { ...OPTIONS, targetSeconds: 180 });
    const body = draft.sentences.slice(2, -2);
    expect(body.length).toBeGreaterThan(5);
    let lastPassage = -1;
    for (const sentence of body) {
      expect(sentence.source).not.toBeNull();
      const passage = Number(sentence.source?.passageId?.slice(1));
      const text = PASSAGES[passage]?.text ?? '';
      expect(containsWords(text, sentence.text), sentence.text).toBe(true);
      expect(sentence.source?.section).toBe(PASSAGES[passage]?.section);
      expect(passage).toBeGreaterThanOrEqual(lastPassage);
      lastPassage = passage;
      expect(sentence.text).not.toMatch(/\t|^[-+•]|^[a-z]\)|^\d+\./u);
    }
    // Abbreviations stay as written: the normaliser (and the commune's pronunciations) read them.
    expect(draft.text).toContain('KH&CN, ĐMST và CĐS');
    expect(draft.text).not.toContain('Nơi nhận');
    // Every sentence of the text is one of the draft's sentences.
    expect(draft.text.replace(/\s+/g, ' ')).toBe(draft.sentences.map((sentence) => sentence.text).join(' '));
  });

  it('gives a shorter bulletin from a short source, without padding', () => {
    const short = sentencesOf([PASSAGES[0] as { section: string; text: string }]);
    const draft = draftBulletin(short, { ...OPTIONS, targetSeconds: 180 });
    const body = draft.sentences.filter((sentence) => sentence.source !== null);
    expect(body.map((sentence) => sentence.text)).toEqual(short.map((sentence) => sentence.text));
    expect(draft.sentences).toHaveLength(short.length + 4);
    expect(estimate(draft.text)).toBeLessThan(180 * (1 - DRAFT_TOLERANCE));
  });

  it('skips a sentence too long for a short target and never says a sentence twice', () => {
    const long = Array.from({ length: 90 }, () => 'tuyên truyền').join(' ');
    const sources: SourceSentence[] = [
      { text: `Nội dung ${long}.`, source: { ...SOURCE, section: 'A' } },
      ...sentencesOf(PASSAGES),
      ...sentencesOf(PASSAGES),
    ];
    const draft = draftBulletin(sources, { ...OPTIONS, targetSeconds: 60 });
    const texts = draft.sentences.map((sentence) => sentence.text);
    expect(texts.some((text) => text.includes(long))).toBe(false);
    expect(new Set(texts).size).toBe(texts.length);
    const seconds = estimate(draft.text);
    expect(seconds).toBeGreaterThanOrEqual(60 * (1 - DRAFT_TOLERANCE));
    expect(seconds).toBeLessThanOrEqual(60 * (1 + DRAFT_TOLERANCE));
  });
});

describe("a task's passages", () => {
  const indexed = PASSAGES.map((passage) => ({ ...passage, terms: termsOf(passage.text) }));

  it('are those holding most of its words, in their order', () => {
    const about = passagesAbout('Thành lập Tổ công nghệ số cộng đồng tại các thôn, tổ dân phố', indexed);
    expect(about.map((passage) => passage.section)).toEqual(['II. NHIỆM VỤ, GIẢI PHÁP']);
  });

  it('are none when nothing speaks of it', () => {
    expect(passagesAbout('Nâng cấp đường giao thông nông thôn liên xã', indexed)).toEqual([]);
  });
});

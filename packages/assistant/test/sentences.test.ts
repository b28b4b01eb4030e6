import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../src/sentences.ts';

const passage = { listDashes: true };

describe('sentencesOf', () => {
  it('cuts after an end mark before a new sentence, not after a title', () => {
    expect(
      sentencesOf('Hội nghị tổ chức tại TP. Tuyên Quang. 15 xã cử đại biểu! Có “mô hình” mới?', passage),
    ).toEqual(['Hội nghị tổ chức tại TP. Tuyên Quang.', '15 xã cử đại biểu!', 'Có “mô hình” mới?']);
    expect(sentencesOf('Ngày 18/5. Tháng 10', passage)).toEqual(['Ngày 18/5.', 'Tháng 10']);
  });

  it('keeps numbers and symbols whole and never cuts at a semicolon', () => {
    expect(
      sentencesOf('Kinh phí 1.250.000 đồng theo Nghị quyết 57-NQ/TW, đạt 2.5% GDP.', passage),
    ).toHaveLength(1);
    expect(sentencesOf('Cơ quan phối hợp: Các sở, ban, ngành; UBND xã, phường.', passage)).toHaveLength(1);
  });

  it('cuts before list dashes only in a passage whose lines were run together', () => {
    expect(sentencesOf('Một câu. Hai câu; Ba câu - bốn ý; Năm', passage)).toEqual([
      'Một câu.',
      'Hai câu; Ba câu',
      '- bốn ý; Năm',
    ]);
    // A line as written keeps a dash that joins names.
    const line = 'Phòng Văn hóa - Xã hội chủ trì tổ chức hội nghị.';
    expect(sentencesOf(line, { listDashes: false })).toEqual([line]);
  });
});

import { describe, expect, it } from 'vitest';
import { questionTerms, termsOf } from '../src/index.ts';

describe('termsOf', () => {
  it('folds diacritics and tone placement alike', () => {
    expect(questionTerms('hoà thuý khoẻ')).toEqual(questionTerms('hòa thúy khỏe'));
    expect(questionTerms('Hòa An')).toEqual(questionTerms('hoa an'));
    expect(termsOf('Mục tiêu')).toEqual(['muc', 'tieu', 'muc tieu']);
  });

  it('pairs adjacent syllables within a phrase, never across punctuation or a function word', () => {
    const terms = termsOf('người dân, cơ sở và doanh nghiệp');
    expect(terms).toContain('nguoi dan');
    expect(terms).toContain('co so');
    expect(terms).not.toContain('dan co');
    expect(terms).not.toContain('so doanh');
    expect(terms).toContain('doanh nghiep');
  });

  it('drops question words, accented or bare, but keeps the content words they fold like', () => {
    const terms = questionTerms('Tỷ lệ người dân là bao nhiêu, như thế nào?');
    expect(terms).not.toEqual(expect.arrayContaining(['la']));
    for (const word of ['la', 'bao', 'nhieu', 'nhu', 'the', 'nao']) expect(terms).not.toContain(word);
    const bare = questionTerms('ty le nguoi dan la bao nhieu');
    for (const word of ['la', 'bao', 'nhieu']) expect(bare).not.toContain(word);
    // "cơ sở" keeps "co", although "có" is a function word; "cụ thể" keeps "the".
    expect(questionTerms('hệ thống thông tin cơ sở')).toContain('co');
    expect(questionTerms('co so')).toContain('co');
    expect(questionTerms('cụ thể')).toContain('the');
  });

  it('reads an abbreviation as itself and its expansion, both ways', () => {
    const abbreviated = questionTerms('CĐS');
    const written = questionTerms('chuyển đổi số');
    expect(abbreviated).toEqual(
      expect.arrayContaining(['cds', 'chuyen', 'doi', 'so', 'chuyen doi', 'doi so']),
    );
    expect(written).toContain('cds');
    expect(questionTerms('KH&CN')).toEqual(expect.arrayContaining(['kh&cn', 'khoa hoc', 'cong nghe']));
    expect(questionTerms('khoa học và công nghệ')).toContain('kh&cn');
    expect(questionTerms('UBND xã')).toEqual(expect.arrayContaining(['ubnd', 'uy ban', 'nhan dan']));
    expect(questionTerms('cds')).toContain('chuyen doi');
  });

  it('does not take a Vietnamese word for an abbreviation written in capitals ("tư" is not "TƯ")', () => {
    expect(termsOf('đầu tư')).not.toContain('trung uong');
    expect(termsOf('Trung ương và TƯ')).toContain('tu');
  });

  it('keeps document symbols whole, folded, whatever the spacing and case', () => {
    expect(termsOf('Nghị quyết số 57-NQ/TW')).toContain('57-nq/tw');
    expect(termsOf('Nghị quyết số 57- NQ/TW')).toContain('57-nq/tw');
    expect(questionTerms('57-nq/tw')).toContain('57-nq/tw');
    expect(termsOf('Kế hoạch 178/KH-UBND')).toEqual(
      expect.arrayContaining(['178/kh-ubnd', '178', 'ke hoach']),
    );
    expect(termsOf('Quyết định 1169/QĐ-TTg')).toContain('1169/qd-ttg');
    expect(termsOf('giai đoạn 2025-2026')).not.toContain('2025-2026');
  });

  it('reads "%" as "phần trăm", as it is asked', () => {
    expect(termsOf('Ít nhất 80% người dân')).toEqual(expect.arrayContaining(['80', 'phan tram']));
    expect(questionTerms('bao nhiêu phần trăm')).toEqual(['phan', 'tram', 'phan tram']);
  });

  it('counts repeats, for term frequencies', () => {
    expect(termsOf('truyền thông, truyền thông').filter((t) => t === 'truyen thong')).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import { normaliseForSpeech, type SpeechFinding, speechReadiness } from '../src/index.ts';
import { SPOKEN_GROUPS } from './spoken-pairs.ts';

const brief = (findings: readonly SpeechFinding[]) =>
  findings.map(({ kind, written, suggestion }) => [kind, written, suggestion]);

describe('speechReadiness', () => {
  it.each([
    'Ủy ban nhân dân xã Hòa An thông báo: từ ngày 1/6/2026, bà con đến nhà văn hóa thôn để đăng ký.',
    'KẾ HOẠCH TRIỂN KHAI CHUYỂN ĐỔI SỐ NĂM 2026 CỦA ỦY BAN NHÂN DÂN XÃ',
    'Theo Kế hoạch số 178/KH-UBND và Nghị quyết 57-NQ/TW, NQ57, QL.2, mạng 5G.',
    'UBND, HĐND&UBND, KH&CN, CĐS, ĐMST, TP. Tuyên Quang, Đ/c Chủ tịch, v.v.',
    'Giá 15.000đ/kg, năng suất ≥ 55 tạ/ha, 5 km, 3 GB, 7h30-11h00, 80%.',
    'Cài ứng dụng VNeID, quét mã QR, xem video trên Zalo OA, Facebook và YouTube; COVID-19.',
    'Giai đoạn II, phần III; thôn Nà Pò, bản Khuổi Nặm; ông/bà; (ghi rõ) “đúng hạn” - không quá 5 ngày.',
    'Gọi số 0912 345 678 hoặc 0912-345-678 để được hỗ trợ.',
    'cho con theo ban tin xin anh em vui',
  ])('finds nothing to fix in %s', (text) => {
    const readiness = speechReadiness(text);
    expect(brief(readiness.findings)).toEqual([]);
    expect(readiness.spoken).toBe(normaliseForSpeech(text));
  });

  it('finds nothing in the written side of the spoken pairs but their few foreign words and addresses', () => {
    const kinds = new Set(
      SPOKEN_GROUPS.flatMap(({ pairs }) => pairs.flatMap(([written]) => speechReadiness(written).findings))
        .filter((finding) => finding.kind !== 'address' && finding.kind !== 'abbreviation')
        .map((finding) => finding.written),
    );
    expect([...kinds]).toEqual(['Internet']);
  });

  it('reports an abbreviation it does not know, spelled with Vietnamese letter names', () => {
    const text = 'BQL dự án và KH của xã; GDP, TTg.';
    const { findings } = speechReadiness(text);
    expect(brief(findings)).toEqual([
      ['abbreviation', 'BQL', 'bê quờ lờ'],
      ['abbreviation', 'KH', 'ca hát'],
      ['abbreviation', 'GDP', 'giê dê pê'],
      ['abbreviation', 'TTg', 'tê tê gờ'],
    ]);
    for (const finding of findings) expect(text.slice(finding.start, finding.end)).toBe(finding.written);
  });

  it('reports a foreign word, with the loanword reading when it is one in another form', () => {
    const { findings } = speechReadiness('Mô hình startup trên Internet, xem các videos, café, smartphone.');
    expect(brief(findings)).toEqual([
      ['foreign_word', 'startup', null],
      ['foreign_word', 'Internet', null],
      ['foreign_word', 'videos', 'vi đê ô'],
    ]);
  });

  it('reports web and e-mail addresses with the reading as the suggestion', () => {
    const text =
      'Truy cập https://dichvucong.gov.vn/p/home. Thư gửi hoaan@tuyenquang.gov.vn, tên miền .gov.vn';
    const { findings } = speechReadiness(text);
    expect(brief(findings)).toEqual([
      ['address', 'https://dichvucong.gov.vn/p/home', 'dịch vụ công chấm gov chấm vê en'],
      ['address', 'hoaan@tuyenquang.gov.vn', 'hoa an a còng tuyên quang chấm gov chấm vê en'],
      ['address', '.gov.vn', 'chấm gov chấm vê en'],
    ]);
    for (const finding of findings) expect(text.slice(finding.start, finding.end)).toBe(finding.written);
  });

  it('reports digits and symbols the rules leave as written, where they are', () => {
    const text = 'Mã 1,5,7 và #hội, số +1 = 2 §3';
    const { findings, spoken } = speechReadiness(text);
    expect(spoken).toContain('#');
    expect(brief(findings)).toEqual([
      ['digits', '7', 'bảy'],
      ['symbol', '#', 'thăng'],
      ['symbol', '+', 'cộng'],
      ['symbol', '=', 'bằng'],
      ['symbol', '§', 'mục'],
    ]);
    for (const finding of findings) expect(text.slice(finding.start, finding.end)).toBe(finding.written);
  });

  it('applies the pronunciation list: a listed word is no longer reported and is said its way', () => {
    const text = 'BQL thôn Nà Pò mời bà con dự buổi startup.';
    const before = speechReadiness(text);
    expect(brief(before.findings)).toEqual([
      ['abbreviation', 'BQL', 'bê quờ lờ'],
      ['foreign_word', 'startup', null],
    ]);
    const lexicon = [
      { written: 'BQL', spoken: 'Ban quản lý' },
      { written: 'startup', spoken: 'khởi nghiệp' },
    ];
    const after = speechReadiness(text, lexicon);
    expect(after.findings).toEqual([]);
    expect(after.spoken).toBe('Ban quản lý thôn Nà Pò mời bà con dự buổi khởi nghiệp.');
    expect(after.spoken).toBe(normaliseForSpeech(text, lexicon));
  });

  it('keeps its spans on the text after NFC composition', () => {
    const text = 'Thôn Nà Pò có BQL.'.normalize('NFD');
    const [finding] = speechReadiness(text).findings;
    expect(finding && text.normalize('NFC').slice(finding.start, finding.end)).toBe('BQL');
  });

  it('lists findings left to right, each once', () => {
    const { findings } = speechReadiness('www.xa.vn BQL # startup BQL');
    expect(findings.map((f) => f.start)).toEqual([...findings.map((f) => f.start)].sort((a, b) => a - b));
    expect(brief(findings).map(([kind]) => kind)).toEqual([
      'address',
      'abbreviation',
      'symbol',
      'foreign_word',
      'abbreviation',
    ]);
  });
});

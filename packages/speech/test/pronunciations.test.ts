import { describe, expect, it } from 'vitest';
import { applyPronunciations, findPronunciations, normaliseForSpeech } from '../src/index.ts';
import { SPOKEN_GROUPS } from './spoken-pairs.ts';

const lexicon = [
  { written: 'Nà Pò', spoken: 'Na Po' },
  { written: 'Nà Pò Trên', spoken: 'Na Po Thượng' },
  { written: 'HTXNN', spoken: 'hợp tác xã nông nghiệp' },
  { written: 'KH', spoken: 'kế hoạch' },
  { written: 'KT', spoken: 'kinh tế' },
  { written: 'KH&CN', spoken: 'khoa học công nghệ' },
  { written: 'đồng bào A-Nhui', spoken: 'đồng bào A Nhui' },
  { written: 'Pắc Bó / Hà Quảng', spoken: 'Pác Bó hoặc Hà Quảng' },
];

describe('a pronunciation list', () => {
  it.each([
    ['Thôn Nà Pò họp.', 'Thôn Na Po họp.'],
    // Longest written form first.
    ['Thôn Nà Pò Trên họp.', 'Thôn Na Po Thượng họp.'],
    // Ordinary words ignore case (headings write names in capitals); spaces of any kind match.
    ['THÔN NÀ PÒ', 'THÔN Na Po'],
    ['thôn nà  pò', 'thôn Na Po'],
    ['thôn Nà\u00a0Pò', 'thôn Na Po'],
    // Capitals match capitals only.
    ['HTXNN Hòa An', 'hợp tác xã nông nghiệp Hòa An'],
    ['htxnn', 'htxnn'],
    ['Theo KH của xã, kt và KT', 'Theo kế hoạch của xã, kt và kinh tế'],
    // Whole tokens only: not inside a word, a symbol, a code or an address.
    ['Nà Pòng, KHKT', 'Nà Pòng, KHKT'],
    ['Số 178/KH-UBND', 'Số 178/KH-UBND'],
    ['KT-XH', 'KT-XH'],
    ['KH.gov.vn', 'KH.gov.vn'],
    ['Số: /KH-UBND', 'Số: /KH-UBND'],
    // Written forms with & / - and spaces.
    ['Ngành KH&CN', 'Ngành khoa học công nghệ'],
    ['đồng bào A-Nhui', 'đồng bào A Nhui'],
    ['Pắc Bó / Hà Quảng', 'Pác Bó hoặc Hà Quảng'],
    // At the ends of sentences, in brackets, in quotes.
    ['(KH) «Nà Pò». Nà Pò', '(kế hoạch) «Na Po». Na Po'],
  ])('%s → %s', (written, spoken) => {
    expect(applyPronunciations(written, lexicon)).toBe(spoken);
  });

  it('gives spans in the text, not overlapping', () => {
    expect(findPronunciations('Nà Pò Trên và KH', lexicon)).toEqual([
      { start: 0, end: 10, pronunciation: { written: 'Nà Pò Trên', spoken: 'Na Po Thượng' } },
      { start: 14, end: 16, pronunciation: { written: 'KH', spoken: 'kế hoạch' } },
    ]);
  });

  it('lets the entry earlier in the list win on the same written form (a commune over its province)', () => {
    const commune = { written: 'Nà Pò', spoken: 'Nà Pò xã' };
    const province = { written: 'nà pò', spoken: 'Nà Pò tỉnh' };
    expect(applyPronunciations('Nà Pò', [commune, province])).toBe('Nà Pò xã');
    expect(applyPronunciations('Nà Pò', [province, commune])).toBe('Nà Pò tỉnh');
  });

  it('ignores blank written forms', () => {
    expect(applyPronunciations('a b', [{ written: '  ', spoken: 'x' }])).toBe('a b');
  });

  it('runs before the rules, which still read what it leaves and what it says', () => {
    expect(normaliseForSpeech('Theo KH số 12 ngày 18/5', lexicon)).toBe(
      'Theo kế hoạch số mười hai ngày mười tám tháng năm',
    );
    // Without it, the rules spell the unknown abbreviation.
    expect(normaliseForSpeech('Theo KH số 12')).toBe('Theo ca hát số mười hai');
    // An entry overrides a rule: ABBREVIATIONS says "UBND" another way.
    expect(normaliseForSpeech('UBND xã', [{ written: 'UBND', spoken: 'Ủy ban' }])).toBe('Ủy ban xã');
  });

  it('reads every written pair as before when there is no list', () => {
    for (const { pairs } of SPOKEN_GROUPS) {
      for (const [written] of pairs)
        expect(normaliseForSpeech(written, [])).toBe(normaliseForSpeech(written));
    }
  });

  it('says the same applied before the engine normalises as inside normaliseForSpeech (the speech job)', () => {
    const texts = ['Thôn Nà\u00a0Pò, KH 2026.\r\nHTXNN', 'Ngày 1/6 KH&CN Nà Pò Trên'.normalize('NFD')];
    for (const text of texts) {
      expect(normaliseForSpeech(applyPronunciations(text, lexicon).normalize('NFC'))).toBe(
        normaliseForSpeech(text, lexicon),
      );
    }
  });
});

import { describe, expect, it } from 'vitest';
import { normaliseForSpeech, readInteger } from '../src/index.ts';

describe('readInteger', () => {
  it.each([
    ['0', 'không'],
    ['5', 'năm'],
    ['10', 'mười'],
    ['11', 'mười một'],
    ['14', 'mười bốn'],
    ['15', 'mười lăm'],
    ['21', 'hai mươi mốt'],
    ['24', 'hai mươi tư'],
    ['25', 'hai mươi lăm'],
    ['30', 'ba mươi'],
    ['100', 'một trăm'],
    ['105', 'một trăm linh năm'],
    ['110', 'một trăm mười'],
    ['1000', 'một nghìn'],
    ['1005', 'một nghìn không trăm linh năm'],
    ['2026', 'hai nghìn không trăm hai mươi sáu'],
    ['1000005', 'một triệu không trăm linh năm'],
    ['2500000', 'hai triệu năm trăm nghìn'],
    ['1000000000', 'một tỷ'],
    ['1200000000000', 'một nghìn hai trăm tỷ'],
    ['1000000005000', 'một nghìn tỷ không trăm linh năm nghìn'],
  ])('%s → %s', (digits, words) => {
    expect(readInteger(digits)).toBe(words);
  });
});

// Every written → spoken pair, these tests' former table among them, is in spoken-pairs.ts (issue 20
// changed four of its readings: days 1–10 take "mồng", a symbol's slashes and dashes are not said).
describe('normaliseForSpeech', () => {
  it('composes NFC first, so decomposed input reads the same', () => {
    expect(normaliseForSpeech('Uỷ ban ngày 18/5'.normalize('NFD'))).toBe('Uỷ ban ngày mười tám tháng năm');
  });

  it('reads impossible dates as shares and leaves ordinary words alone', () => {
    expect(normaliseForSpeech('tỷ lệ 45/60')).toBe('tỷ lệ bốn mươi lăm trên sáu mươi');
    expect(normaliseForSpeech('Ai cũng biết')).toBe('Ai cũng biết');
  });
});

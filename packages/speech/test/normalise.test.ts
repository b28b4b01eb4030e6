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

// Issue 20 changed four readings here: days 1–10 take "mồng", and a symbol's slashes and dashes
// are not said ("trên" made "57-NQ/TW" sound like a fraction; a year in a symbol is "năm …").
// The full table of written → spoken pairs is spoken-pairs.ts.
describe('normaliseForSpeech', () => {
  it.each([
    ['18/5', 'mười tám tháng năm'],
    ['ngày 18/5/2026', 'ngày mười tám tháng năm năm hai nghìn không trăm hai mươi sáu'],
    ['ngày 01/4/2026', 'ngày mồng một tháng tư năm hai nghìn không trăm hai mươi sáu'],
    ['ngày 18-5-2026', 'ngày mười tám tháng năm năm hai nghìn không trăm hai mươi sáu'],
    ['tháng 5/2026', 'tháng năm năm hai nghìn không trăm hai mươi sáu'],
    ['Quý IV/2026', 'Quý bốn năm hai nghìn không trăm hai mươi sáu'],
    ['trong quý 2/2026', 'trong quý hai năm hai nghìn không trăm hai mươi sáu'],
    ['từ 18/5 - 20/5', 'từ mười tám tháng năm đến hai mươi tháng năm'],
    ['UBND xã', 'Ủy ban nhân dân xã'],
    ['HĐND, MTTQ và BCĐ', 'Hội đồng nhân dân, Mặt trận Tổ quốc và Ban Chỉ đạo'],
    [
      'KH&CN, KHCN, CĐS, CNTT',
      'khoa học và công nghệ, khoa học và công nghệ, chuyển đổi số, công nghệ thông tin',
    ],
    ['Sở VHTTDL, TT&TT', 'Sở văn hóa, thể thao và du lịch, thông tin và truyền thông'],
    ['trường THCS, THPT', 'trường trung học cơ sở, trung học phổ thông'],
    ['ĐTN, ĐVTN, v.v.', 'Đoàn Thanh niên, đoàn viên thanh niên, vân vân'],
    ['80%', 'tám mươi phần trăm'],
    ['đạt 2,5%', 'đạt hai phẩy năm phần trăm'],
    ['10-15%', 'mười đến mười lăm phần trăm'],
    ['6:00', 'sáu giờ'],
    ['6h00', 'sáu giờ'],
    ['lúc 7h sáng', 'lúc bảy giờ sáng'],
    ['17h30', 'mười bảy giờ ba mươi phút'],
    ['8:05', 'tám giờ năm phút'],
    ['1.250', 'một nghìn hai trăm năm mươi'],
    ['đạt 1.250.', 'đạt một nghìn hai trăm năm mươi.'],
    ['1.250.000 đồng', 'một triệu hai trăm năm mươi nghìn đồng'],
    ['2,5', 'hai phẩy năm'],
    ['2,05', 'hai phẩy không năm'],
    ['Công nghiệp 4.0', 'Công nghiệp bốn chấm không'],
    ['Nghị quyết 57-NQ/TW', 'Nghị quyết năm mươi bảy en quờ tê vê'],
    ['Kế hoạch số 12/KH-UBND', 'Kế hoạch số mười hai ca hát u bê en dê'],
    ['Nghị định 30/2020/NĐ-CP', 'Nghị định ba mươi năm hai nghìn không trăm hai mươi en đê xê pê'],
    ['giai đoạn 2026-2030', 'giai đoạn hai nghìn không trăm hai mươi sáu đến hai nghìn không trăm ba mươi'],
    ['thứ 2 và Thứ 4', 'thứ hai và Thứ tư'],
    ['lần thứ 1', 'lần thứ nhất'],
    ['tháng 4', 'tháng tư'],
    ['Phần II', 'Phần hai'],
    ['Đại hội lần thứ XIII', 'Đại hội lần thứ mười ba'],
    ['I. MỤC ĐÍCH', 'Một. MỤC ĐÍCH'],
    ['05 đồng chí', 'năm đồng chí'],
    ['gọi 0912 345 678', 'gọi không chín một hai ba bốn năm sáu bảy tám'],
    ['rộng 1.250,5 ha', 'rộng một nghìn hai trăm năm mươi phẩy năm héc ta'],
    ['50.000đ', 'năm mươi nghìn đồng'],
    ['ông/bà', 'ông hoặc bà'],
    ['- Đoàn viên\n- Hội viên', 'Đoàn viên\nHội viên'],
  ])('%j → %j', (text, spoken) => {
    expect(normaliseForSpeech(text)).toBe(spoken);
  });

  it('composes NFC first, so decomposed input reads the same', () => {
    expect(normaliseForSpeech('Uỷ ban ngày 18/5'.normalize('NFD'))).toBe('Uỷ ban ngày mười tám tháng năm');
  });

  it('reads impossible dates as shares and leaves ordinary words alone', () => {
    expect(normaliseForSpeech('tỷ lệ 45/60')).toBe('tỷ lệ bốn mươi lăm trên sáu mươi');
    expect(normaliseForSpeech('Ai cũng biết')).toBe('Ai cũng biết');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PERSONAL_DATA_MARK, redactPersonalData } from '../src/public/redact.ts';

const hidden = (text: string) => redactPersonalData(text);

describe('redactPersonalData', () => {
  it('hides mobile numbers however they are written', () => {
    for (const phone of [
      '0912345678',
      '0912 345 678',
      '0912.345.678',
      '0912-345-678',
      '091 234 5678',
      '098 765 43 21',
      '0356 789 012',
      '+84912345678',
      '+84 912 345 678',
      '+84-912-345-678',
      '(+84) 912 345 678',
      '+84 (0) 912 345 678',
      '0084 912 345 678',
      '84912345678',
    ]) {
      expect(hidden(`Gọi cho tôi: ${phone}, cảm ơn.`), phone).toBe(
        `Gọi cho tôi: ${PERSONAL_DATA_MARK}, cảm ơn.`,
      );
    }
  });

  it('hides landlines with their area code, bracketed or not', () => {
    expect(hidden('Số máy bàn 0207 3822 123 nhé')).toBe(`Số máy bàn ${PERSONAL_DATA_MARK} nhé`);
    expect(hidden('ĐT (024) 3823 4567.')).toBe(`ĐT ${PERSONAL_DATA_MARK}.`);
    expect(hidden('ĐT 024.3823.4567')).toBe(`ĐT ${PERSONAL_DATA_MARK}`);
    expect(hidden('ĐT 02438234567')).toBe(`ĐT ${PERSONAL_DATA_MARK}`);
  });

  it('hides a number glued to a word, and keeps brackets around it', () => {
    expect(hidden('SĐT0912345678')).toBe(`SĐT${PERSONAL_DATA_MARK}`);
    expect(hidden('(0912345678)')).toBe(`(${PERSONAL_DATA_MARK})`);
    expect(hidden('số 0912345678.')).toBe(`số ${PERSONAL_DATA_MARK}.`);
  });

  it('hides e-mail addresses, digits and Vietnamese letters included', () => {
    expect(hidden('Thư: nguyen.van.a0912345678@gmail.com.')).toBe(`Thư: ${PERSONAL_DATA_MARK}.`);
    expect(hidden('gửi tới hoà_an-2026@tuyenquang.gov.vn giúp')).toBe(`gửi tới ${PERSONAL_DATA_MARK} giúp`);
  });

  it('hides CCCD (12 digits) and CMND (9 digits) numbers', () => {
    expect(hidden('CCCD 001085012345 cấp ngày 01/02/2021')).toBe(
      `CCCD ${PERSONAL_DATA_MARK} cấp ngày 01/02/2021`,
    );
    expect(hidden('CCCD: 001 085 012 345')).toBe(`CCCD: ${PERSONAL_DATA_MARK}`);
    expect(hidden('CCCD: 001.085.012.345')).toBe(`CCCD: ${PERSONAL_DATA_MARK}`);
    expect(hidden('CMND số 071234567.')).toBe(`CMND số ${PERSONAL_DATA_MARK}.`);
    expect(hidden('CMND 123456789')).toBe(`CMND ${PERSONAL_DATA_MARK}`);
  });

  it('hides several items in one text', () => {
    expect(hidden('Tôi là A, ĐT 0912 345 678 hoặc 0207.3822.123, email a@b.vn, CCCD 008090001234.')).toBe(
      `Tôi là A, ĐT ${PERSONAL_DATA_MARK} hoặc ${PERSONAL_DATA_MARK}, email ${PERSONAL_DATA_MARK}, CCCD ${PERSONAL_DATA_MARK}.`,
    );
  });

  it('keeps years, amounts, symbols, dates, times and counts', () => {
    for (const text of [
      'Năm 2026 và 2030',
      'Kinh phí 1.250.000 đồng',
      'Kinh phí 250.000.000 đồng, 1.250.000.000 đồng',
      'Nghị quyết 57-NQ/TW ngày 22/12/2024',
      'Quyết định số 1234/QĐ-UBND',
      'Ngày 03.05.2026 12 giờ',
      'Ngày 02-03-2026 10 hộ',
      'Từ 05/03/2026 đến 10/03/2026',
      'Lúc 10:30 ngày 01.03.2026',
      'Có 120 hộ, 35 xã, 0,5 ha',
      'Giai đoạn 2021-2025',
      'Tỷ lệ 98,5%',
      'Tổng đài 1900 1234 và 1800 1090',
      'Mã PA-7K3M-Q9TD',
      'Mã bưu chính 300000',
      'Kinh phí 84.912.345.678 đồng',
      'Kinh phí 84 912 345 678 đồng',
    ]) {
      expect(hidden(text), text).toBe(text);
    }
  });

  it('keeps a count written right after a phone number', () => {
    expect(hidden('Gọi 0912 345 678 2 lần không được')).toBe(`Gọi ${PERSONAL_DATA_MARK} 2 lần không được`);
  });

  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n });
  const mobile = fc
    .tuple(fc.constantFrom('3', '5', '7', '8', '9'), digits(8), fc.constantFrom('', ' ', '.', '-'))
    .map(([first, rest, sep]) => {
      const all = `0${first}${rest.join('')}`;
      return sep ? `${all.slice(0, 4)}${sep}${all.slice(4, 7)}${sep}${all.slice(7)}` : all;
    });
  const prose = fc.string({ unit: fc.constantFrom('a', 'ư', 'ơ', ' ', ',', 'Đ', 'h') });

  it('hides every mobile number in any surrounding prose (property)', () => {
    fc.assert(
      fc.property(prose, mobile, prose, (before, phone, after) => {
        const out = hidden(`${before} ${phone} ${after}`);
        expect(out).toBe(`${hidden(before)} ${PERSONAL_DATA_MARK} ${hidden(after)}`);
        expect(out.replace(/\D/g, '')).toBe('');
      }),
    );
  });

  it('keeps amounts written with dots and dd/mm/yyyy dates (property)', () => {
    const amount = fc.integer({ min: 1, max: 999_999_999_999_999 }).map((n) => n.toLocaleString('de-DE'));
    const date = fc
      .date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10).split('-').reverse().join('/'));
    fc.assert(
      fc.property(fc.oneof(amount, date), prose, (kept, around) => {
        const text = `${around} ${kept} ${around}`;
        expect(hidden(text)).toContain(kept);
      }),
    );
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const once = hidden(text);
        expect(hidden(once)).toBe(once);
      }),
    );
  });
});

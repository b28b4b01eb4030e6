import { describe, expect, it } from 'vitest';
import { PASSWORD_MAX_LENGTH, type PasswordOwner, passwordLength, passwordProblem } from '../src/index.ts';

const owner: PasswordOwner = {
  username: 'hoaan.xem',
  fullName: 'Hoàng Thị Lan',
  email: 'lan.hoang@hoaan.example',
  bodyName: 'Xã Hòa An',
};

describe('passwordProblem', () => {
  // password, problem code (null: accepted)
  const table: [string, string | null][] = [
    // Accepted in the security review (finding 21) and refused now.
    ['aaaaaaaaa1', 'too_short'],
    ['Password12', 'too_short'],
    ['hoaan.xem1234', 'contains_username'],
    ['LanToa2026', 'too_short'],
    [`${' '.repeat(8)}a1`, 'too_short'],
    // Long enough, but common, patterned or built on the owner's names.
    ['aaaaaaaaaaaa1', 'guessable'],
    ['Password1234!', 'guessable'],
    ['123456789012', 'guessable'],
    ['qwertyuiop12', 'guessable'],
    ['MatKhau2026a', 'guessable'],
    ['anhyeuem123456', 'guessable'],
    ['HoangThiLan2026', 'guessable'],
    // The demo password is published: it and its variants are common ones.
    ['LanToa@2026!', 'guessable'],
    ['lantoa@2027', 'too_short'],
    ['Lantoa@20266', 'guessable'],
    // Case, diacritics and separators do not hide the username.
    ['HOAAN.XEM-mua-he-2026', 'contains_username'],
    ['Hòa-An_Xem lúa chín vàng', 'contains_username'],
    // Phrases and random strings.
    ['ngựa vằn ăn bánh cuốn', null],
    ['trâu xanh gặm cỏ mây', null],
    ['Tr0ub4dor&3xyz', null],
    ['k8#Vq2!mZp4w', null],
    ['correct horse battery staple', null],
  ];
  it.each(table)('%j → %s', (password, expected) => {
    expect(passwordProblem(password, owner)?.code ?? null).toBe(expected);
  });

  it('counts characters, not UTF-16 units, and a run of spaces as one', () => {
    expect(passwordLength('mật khẩu')).toBe(8);
    expect(passwordLength('a      b')).toBe(3);
    expect(passwordLength('🐃🐃🐃')).toBe(3);
  });

  it('refuses more than 128 characters rather than cutting them', () => {
    const long = 'ngựa vằn ăn bánh cuốn '.repeat(10);
    expect(passwordProblem(long.slice(0, PASSWORD_MAX_LENGTH), owner)).toBeNull();
    expect(passwordProblem(long, owner)?.code).toBe('too_long');
  });

  it('refuses the current password as the new one', () => {
    const current = 'ngựa vằn ăn bánh cuốn';
    expect(passwordProblem(current, owner, { currentPassword: current })?.code).toBe('same_as_current');
    expect(passwordProblem(current, owner, { currentPassword: 'something else' })).toBeNull();
  });

  it('says in Vietnamese what is wrong and what to do', () => {
    expect(passwordProblem('ngan', owner)?.message).toMatch(/ít nhất 12 ký tự.*Hãy/);
    expect(passwordProblem('hoaan.xem1234', owner)?.message).toMatch(/tên đăng nhập.*Hãy/);
    expect(passwordProblem('Password1234!', owner)?.message).toMatch(/dễ bị đoán \(.+\)\. Hãy/);
  });
});

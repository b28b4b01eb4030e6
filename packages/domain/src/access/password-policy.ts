import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { foldVietnamese } from '../text/vietnamese.ts';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordLength } from './password-length.ts';

// The password rule of OWASP ASVS level 2 (V2.1): at least 12 characters once runs of spaces count
// as one, at most 128 (any character allowed, nothing truncated), not in or near lists of common
// and breached passwords, not built on the account's own names, and a change must change it.

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordLength };
/** zxcvbn's score from 0 to 4; 3 is "safely unguessable" against online attacks and slow hashes. */
export const PASSWORD_MIN_SCORE = 3;

/**
 * Words Vietnamese users build passwords from, typed without diacritics, most common first:
 * zxcvbn's lists are English and international, so "matkhau" ("password") or "anhyeuem" ("I love
 * you") would otherwise count as random letters. Also this application's own words, and the demo
 * password that the README publishes.
 */
const VIETNAMESE_WORDS = [
  'lantoa@2026',
  'lantoa2026',
  'matkhau',
  'anhyeuem',
  'emyeuanh',
  'yeuem',
  'yeuanh',
  'iuem',
  'iuanh',
  'matkhaumoi',
  'matkhaucuatoi',
  'tinhyeu',
  'yeuemmaimai',
  'maimaibennhau',
  'hanhphuc',
  'giadinh',
  'xinchao',
  'chaoban',
  'vietnam',
  'vietnamvodich',
  'hanoi',
  'saigon',
  'hochiminh',
  'danang',
  'haiphong',
  'cantho',
  'tuyenquang',
  'hagiang',
  'sonla',
  'quantri',
  'quantrivien',
  'daumoi',
  'dieuphoi',
  'lanhdao',
  'truyenthanh',
  'canbo',
  'congchuc',
  'ubnd',
  'uyban',
  'lantoa',
  'chuyendoiso',
  'congnghe',
  'congngheso',
  'khoahoc',
  'khoahoccongnghe',
  'socongnghe',
  'nguyen',
  'tran',
  'pham',
  'hoang',
  'huynh',
  'phan',
  'dang',
  'nguyenvan',
  'nguyenthi',
  'tranvan',
  'tranthi',
  'minh',
  'anh',
  'linh',
  'huong',
  'trang',
  'thao',
  'hieu',
  'tuan',
  'hung',
  'dung',
  'long',
  'quang',
  'thanh',
  'ngoc',
  'phuong',
  'hoa',
  'lan',
  'mai',
  'huyen',
  'hang',
  'duc',
  'trung',
  'thuy',
  'yen',
];

const ESTIMATED_LENGTH = 64;
let factory: ZxcvbnFactory | undefined;
/** Built on first use (about 0.1 s), so importing the domain costs nothing. */
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...dictionary, vietnamese: VIETNAMESE_WORDS },
    graphs: adjacencyGraphs,
    // Both bound the time spent on the event loop: the edit-distance search compares the whole
    // password with every listed one (tens of milliseconds even for 12 characters), and the
    // estimate grows quickly with length; past 64 characters the first 64 decide.
    useLevenshteinDistance: false,
    maxLength: ESTIMATED_LENGTH,
  });
  return factory;
}

/** Whose password it is: its names make a password guessable for anybody who knows the person. */
export interface PasswordOwner {
  username: string;
  fullName?: string | null | undefined;
  email?: string | null | undefined;
  /** The name of the account's body (a commune's name is an obvious guess). */
  bodyName?: string | null | undefined;
}

export type PasswordProblemCode =
  | 'too_short'
  | 'too_long'
  | 'same_as_current'
  | 'contains_username'
  | 'guessable';

export interface PasswordProblem {
  code: PasswordProblemCode;
  /** Vietnamese, for the person choosing the password: what is wrong and what to do. */
  message: string;
}

const compact = (text: string) => foldVietnamese(text).replace(/[^\p{L}\p{N}]/gu, '');

/** Contains the username, ignoring case, diacritics and separators ("Hoa-An.Xem" holds "hoaan.xem"). */
function containsUsername(password: string, username: string): boolean {
  const name = compact(username);
  return (
    foldVietnamese(password).includes(foldVietnamese(username)) ||
    (name.length >= 3 && compact(password).includes(name))
  );
}

/** The owner's words as zxcvbn's "user inputs": whole, folded, and split into their parts. */
function ownerWords(owner: PasswordOwner): string[] {
  const texts = [owner.username, owner.fullName, owner.email?.split('@')[0], owner.bodyName].filter(
    (t): t is string => Boolean(t),
  );
  const words = texts.flatMap((t) => [
    compact(t),
    ...foldVietnamese(t)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3),
  ]);
  return [...new Set(words.filter(Boolean))];
}

const REASONS: Record<string, string> = {
  topTen: 'nằm trong số mật khẩu phổ biến nhất',
  topHundred: 'nằm trong số mật khẩu phổ biến nhất',
  common: 'nằm trong danh sách mật khẩu phổ biến hoặc đã bị lộ',
  similarToCommon: 'gần giống một mật khẩu phổ biến',
  pwned: 'đã xuất hiện trong các vụ lộ mật khẩu',
  userInputs: 'dựa trên tên, thư điện tử hoặc tên đơn vị của tài khoản',
  straightRow: 'là một hàng phím liền nhau',
  keyPattern: 'là một hình mẫu trên bàn phím',
  simpleRepeat: 'lặp lại ký tự',
  extendedRepeat: 'lặp lại một cụm ký tự',
  sequences: 'là dãy ký tự liên tiếp như abc hay 123',
  recentYears: 'dựa vào năm gần đây',
  dates: 'dựa vào ngày tháng',
  wordByItself: 'chỉ là một từ thông dụng',
  namesByThemselves: 'chỉ là tên người',
  commonNames: 'dựa vào tên người hay họ phổ biến',
};

function weakest(password: string, inputs: string[]): ZxcvbnResult {
  const z = estimator();
  // Without diacritics too, as people type them on a phone ("hòa an" is "hoa an" to a guesser);
  // a password with none needs one estimate (zxcvbn already ignores case in its dictionaries).
  const folded = foldVietnamese(password);
  const candidates = folded === password.toLowerCase() ? [password] : [password, folded];
  return candidates
    .map((p) => z.check(p, inputs))
    .reduce((worst, r) => (r.guessesLog10 < worst.guessesLog10 ? r : worst));
}

/**
 * The first thing wrong with a new password, or null when it may be used. `currentPassword` is
 * given on a change of one's own password (the new one must differ from it).
 */
export function passwordProblem(
  password: string,
  owner: PasswordOwner,
  options: { currentPassword?: string | undefined } = {},
): PasswordProblem | null {
  const length = passwordLength(password);
  if (length > PASSWORD_MAX_LENGTH) {
    return {
      code: 'too_long',
      message: `Mật khẩu dài quá ${PASSWORD_MAX_LENGTH} ký tự. Hãy chọn mật khẩu ngắn hơn.`,
    };
  }
  if (length < PASSWORD_MIN_LENGTH) {
    return {
      code: 'too_short',
      message:
        `Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự (mật khẩu này có ${length}). ` +
        'Hãy ghép ba, bốn từ không liên quan mà bạn dễ nhớ thành một cụm.',
    };
  }
  if (options.currentPassword !== undefined && password === options.currentPassword) {
    return {
      code: 'same_as_current',
      message: 'Mật khẩu mới phải khác mật khẩu hiện tại. Hãy chọn một mật khẩu khác.',
    };
  }
  if (containsUsername(password, owner.username)) {
    return {
      code: 'contains_username',
      message: 'Mật khẩu không được chứa tên đăng nhập. Hãy chọn một mật khẩu không có tên đăng nhập.',
    };
  }
  const result = weakest(password, ownerWords(owner));
  if (result.score < PASSWORD_MIN_SCORE) {
    const reason = REASONS[result.feedback.warning ?? ''];
    return {
      code: 'guessable',
      message:
        `Mật khẩu này dễ bị đoán${reason ? ` (${reason})` : ''}. ` +
        'Hãy dùng cụm dài hơn, ghép vài từ không liên quan, tránh tên, ngày sinh, tên đơn vị và các mật khẩu quen thuộc.',
    };
  }
  return null;
}

import password from '@inquirer/password';
import type { FirstAdministrator } from './first-administrator.ts';

const FULL_NAME = 'Quản trị hệ thống';

/**
 * The first administrator's account as the operator gives it: `LANTOA_ADMIN_USERNAME` (default
 * `admin`) and `LANTOA_ADMIN_PASSWORD`, or, on a terminal, a password typed twice without echo.
 * Null when neither is possible (a service without a terminal and without the variable): the caller
 * stops and says how to give it.
 */
export async function askFirstAdministrator(
  env: NodeJS.ProcessEnv,
  interactive: boolean,
): Promise<FirstAdministrator | null> {
  const username = env.LANTOA_ADMIN_USERNAME?.trim() || 'admin';
  if (env.LANTOA_ADMIN_PASSWORD)
    return { username, fullName: FULL_NAME, password: env.LANTOA_ADMIN_PASSWORD };
  if (!interactive) return null;
  console.log(
    `Chưa có tài khoản nào. Đặt mật khẩu cho quản trị viên đầu tiên "${username}" ` +
      '(ít nhất 12 ký tự, khó đoán). / No account yet: choose the first administrator’s password.',
  );
  for (;;) {
    const first = await password({ message: 'Mật khẩu / Password:', mask: '*' });
    const again = await password({ message: 'Nhập lại / Again:', mask: '*' });
    if (first === again) return { username, fullName: FULL_NAME, password: first };
    console.log('Hai lần nhập không khớp. Hãy nhập lại. / The two entries differ: try again.');
  }
}

import { DEFAULT_UNITS_FILE, importAdministrativeUnits, importStandardProvincialBodies } from '@lantoa/db';
import { openConfiguredDatabase } from './open-configured-database.ts';

const n = (x: number) => new Intl.NumberFormat('vi-VN').format(x);

/**
 * `lantoa orgs import-units [FILE]`: adds or refreshes the 34 provinces and 3,321 communes, then adds
 * each province's standard departments and agencies that are not there yet (running it again adds
 * nothing twice).
 */
export async function run(args: string[]): Promise<number> {
  const file = args[0] ?? DEFAULT_UNITS_FILE;
  const handle = await openConfiguredDatabase();
  try {
    const s = await importAdministrativeUnits(handle.db, { file });
    console.log(
      `Đã nhập danh mục hành chính: thêm ${n(s.provincesAdded)} tỉnh, ${n(s.communesAdded)} xã/phường; cập nhật ${n(s.updated)} tên.`,
    );
    const b = await importStandardProvincialBodies(handle.db);
    console.log(
      `Đã bổ sung các sở, ban, ngành, đoàn thể cấp tỉnh theo mô hình chuẩn: thêm ${n(b.bodiesAdded)} cơ quan cho ${n(b.provinces)} tỉnh, thành phố.`,
    );
    return 0;
  } finally {
    await handle.close();
  }
}

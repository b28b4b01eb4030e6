import { seedDemoIfEmpty } from '@lantoa/server/seed';
import { openConfiguredDatabase } from './open-configured-database.ts';

/** `lantoa seed demo`: loads the demo data into an empty database. */
export async function run(): Promise<number> {
  const handle = await openConfiguredDatabase();
  try {
    const loaded = await seedDemoIfEmpty(handle.db);
    console.log(loaded ? 'Đã nạp dữ liệu mẫu.' : 'Cơ sở dữ liệu đã có tài khoản: không nạp dữ liệu mẫu.');
    return 0;
  } finally {
    await handle.close();
  }
}

import { loadConfig } from '@lantoa/server/config';
import { createFileStorage } from '@lantoa/server/files/create-file-storage';
import { seedDemoIfEmpty } from '@lantoa/server/seed';
import { openConfiguredDatabase } from './open-configured-database.ts';

/** `lantoa seed demo`: loads the demo data into an empty database. */
export async function run(): Promise<number> {
  const handle = await openConfiguredDatabase();
  // Opened before the seed so the demo's files go where LANTOA_FILES says (the seed finds it by the database).
  createFileStorage(loadConfig().fileStorage, handle);
  try {
    const loaded = await seedDemoIfEmpty(handle.db);
    console.log(loaded ? 'Đã nạp dữ liệu mẫu.' : 'Cơ sở dữ liệu đã có tài khoản: không nạp dữ liệu mẫu.');
    return 0;
  } finally {
    await handle.close();
  }
}

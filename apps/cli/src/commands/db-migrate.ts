import { openConfiguredDatabase } from './open-configured-database.ts';

/** `lantoa db migrate`: applies pending migrations (the server also does so at start). */
export async function run(): Promise<number> {
  const handle = await openConfiguredDatabase();
  await handle.close();
  console.log(`Cơ sở dữ liệu (${handle.engine}) đã ở phiên bản mới nhất.`);
  return 0;
}

// Starts Lan Tỏa: opens the database (PGlite in ./data, or DATABASE_URL), applies migrations, loads
// the demo data into an empty database (or, with LANTOA_SEED_DEMO=0, creates the first administrator
// with a password the operator gives), then serves the API and the web app.
import { readFileSync } from 'node:fs';
import { DataFolderInUse, migrateToLatest, openDatabase } from '@lantoa/db';
import { closePdfConverter } from '@lantoa/reports';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { createFileStorage } from './files/create-file-storage.ts';
import { scheduleDailyJobs } from './jobs/daily.ts';
import { jobDefinitions } from './jobs/definitions.ts';
import { startWorker } from './jobs/worker.ts';
import { seedDemoIfEmpty } from './seed/demo-data.ts';
import { askFirstAdministrator } from './setup/ask-first-administrator.ts';
import {
  createFirstAdministrator,
  FirstAdministratorRefused,
  needsFirstAdministrator,
} from './setup/first-administrator.ts';

const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const config = loadConfig();
const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }).catch(
  (error: unknown) => {
    // Another server holds the embedded database's folder: its message says what to do, no stack needed.
    if (!(error instanceof DataFolderInUse)) throw error;
    console.error(error.message);
    process.exit(1);
  },
);
await migrateToLatest(handle.db);
// Opened before the demo is seeded: its files go where LANTOA_FILES says, as every later one does.
const files = createFileStorage(config.fileStorage, handle);
if (config.seedDemo && (await seedDemoIfEmpty(handle.db)))
  console.log('Đã nạp dữ liệu mẫu (demo data loaded).');
if (!config.seedDemo && (await needsFirstAdministrator(handle.db))) {
  const admin = await askFirstAdministrator(process.env, Boolean(process.stdin.isTTY));
  if (!admin) {
    console.error(
      'Chưa có tài khoản nào: đặt LANTOA_ADMIN_PASSWORD (và LANTOA_ADMIN_USERNAME nếu muốn) rồi khởi động lại. ' +
        '/ No account yet: set LANTOA_ADMIN_PASSWORD and start again.',
    );
    process.exit(1);
  }
  try {
    await createFirstAdministrator(handle.db, admin);
    console.log(`Đã tạo quản trị viên đầu tiên "${admin.username}". / First administrator created.`);
  } catch (error) {
    if (!(error instanceof FirstAdministratorRefused)) throw error;
    console.error(`${error.message} (LANTOA_ADMIN_PASSWORD)`);
    process.exit(1);
  }
}

const worker = startWorker(handle.db, jobDefinitions(config, handle));
const stopDaily = scheduleDailyJobs(handle.db, () => worker.kick(), { backup: Boolean(config.backup.dir) });
const app = await buildApp(
  { handle, config, version, files, worker },
  { logger: process.env.LANTOA_LOG !== '0' },
);
await app.listen({ port: config.port, host: config.host });
console.log(`Lan Tỏa ${version} (${handle.engine}): http://localhost:${config.port}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    stopDaily();
    await app.close();
    // The long-lived LibreOffice behind report PDFs, if one was started.
    await closePdfConverter();
    await worker.stop();
    await handle.close();
    process.exit(0);
  });
}

// `lantoa files migrate --to database|dir:/path|s3://bucket?…`: moves every stored file's bytes from the
// storage LANTOA_FILES names to another, each verified by its sha-256, then says what to set
// LANTOA_FILES to. Run again after an interruption: what was copied is not copied twice.
import { parseArgs } from 'node:util';
import { loadConfig } from '@lantoa/server/config';
import { createFileStorage } from '@lantoa/server/files/create-file-storage';
import { migrateFiles } from '@lantoa/server/files/migrate-files';
import { fileStorageTarget, parseFileStorageTarget } from '@lantoa/server/files/storage-config';
import { openConfiguredDatabase } from './open-configured-database.ts';

const USAGE =
  'Cách dùng / Usage: lantoa files migrate --to database|dir:/THƯ_MỤC|s3://BUCKET?endpoint=…&region=… [--remove-source]';

export async function run(args: string[]): Promise<number> {
  let values: { to?: string | undefined; 'remove-source'?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      args,
      options: { to: { type: 'string' }, 'remove-source': { type: 'boolean' } },
      strict: true,
    }));
  } catch {
    console.error(USAGE);
    return 2;
  }
  if (!values.to) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  let target: ReturnType<typeof parseFileStorageTarget>;
  try {
    target = parseFileStorageTarget(values.to, process.env, '--to');
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const from = fileStorageTarget(config.fileStorage);
  const to = fileStorageTarget(target);
  if (from === to) {
    console.error(`Các tệp đã ở ${to} (LANTOA_FILES): không có gì để chuyển. / Nothing to move.`);
    return 2;
  }
  const handle = await openConfiguredDatabase();
  try {
    console.log(`Chuyển các tệp từ ${from} sang ${to}…`);
    const result = await migrateFiles(
      handle.db,
      createFileStorage(config.fileStorage, handle),
      createFileStorage(target, handle),
      {
        removeSource: Boolean(values['remove-source']),
        onFile: (done) => {
          if (done % 500 === 0) console.log(`  ${done} tệp…`);
        },
      },
    );
    console.log(
      `Đã chép và kiểm tra ${result.copied} tệp; ${result.alreadyThere} tệp đã có sẵn ở nơi mới. ` +
        `/ ${result.copied} copied and verified, ${result.alreadyThere} already there.`,
    );
    if (result.missing.length > 0)
      console.error(
        `${result.missing.length} tệp không có nội dung ở nơi cũ (không chép được): ${result.missing.join(', ')}`,
      );
    if (result.mismatched.length > 0) {
      console.error(
        `${result.mismatched.length} tệp chép sang không khớp mã kiểm tra sha-256: ${result.mismatched.join(', ')}. ` +
          'Hãy chạy lại lệnh; chưa đổi LANTOA_FILES.',
      );
      return 1;
    }
    console.log(
      `Xong. Hãy đặt LANTOA_FILES=${to} rồi khởi động lại máy chủ (mọi phiên bản). ` +
        `/ Done: set LANTOA_FILES=${to} and restart the server.`,
    );
    return result.missing.length > 0 ? 1 : 0;
  } finally {
    await handle.close();
  }
}

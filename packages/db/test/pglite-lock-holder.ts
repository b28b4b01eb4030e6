// A second process for pglite-lock.test.ts: opens the embedded database in the folder it is given,
// says so on stdout, and keeps it open until killed; or prints why it could not open it and exits 3.
import { openDatabase } from '../src/database.ts';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: pglite-lock-holder.ts <data folder>');
try {
  const handle = await openDatabase({ dataDir });
  process.stdout.write(`open ${process.pid}\n`);
  process.once('SIGTERM', () => void handle.close().then(() => process.exit(0)));
  setInterval(() => {}, 60_000);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(3);
}

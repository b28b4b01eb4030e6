// `lantoa plan import [--body CODE|ID] [--province CODE] [--as USER] [--publish] FILE...`: imports
// many plan documents at once (e.g. every commune's plan). Each file becomes an import to review
// in the web app; with --publish, a plan whose every lead maps to a body is published at once.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type DatabaseHandle,
  findBodyByCode,
  grantsOf,
  toBodyRef,
  toGrants,
  unsafeFindBody,
} from '@lantoa/db';
import { createBodyMatcher } from '@lantoa/domain';
import { parsePlanText, readPlanDocument } from '@lantoa/plan-parser';
import { loadConfig } from '@lantoa/server/config';
import { createFileStorage } from '@lantoa/server/files/create-file-storage';
import { type Context, type ImportOutcome, importAndReview } from '@lantoa/server/plan-import';
import { openConfiguredDatabase } from './open-configured-database.ts';

const USAGE =
  'Cách dùng: lantoa plan import [--body MÃ|ID] [--province MÃ_TỈNH] [--as TÊN_ĐĂNG_NHẬP] [--publish] TỆP...';

async function actorContext(handle: DatabaseHandle, username: string): Promise<Context> {
  const user = await handle.db
    .selectFrom('users')
    .select(['id', 'body_id'])
    .where('username', '=', username)
    .executeTakeFirst();
  if (!user) throw new Error(`Không có tài khoản «${username}».`);
  const grants = (await grantsOf(handle.db, [user.id])).get(user.id) ?? [];
  return { db: handle.db, actor: { userId: user.id, bodyId: user.body_id, grants: toGrants(grants) } };
}

async function findBody(handle: DatabaseHandle, ref: string) {
  return /^\d{2,5}$/.test(ref) ? findBodyByCode(handle.db, ref) : unsafeFindBody(handle.db, ref);
}

/** The issuing body named in the document, among the province's communes (or the province itself). */
async function issuerBody(handle: DatabaseHandle, provinceCode: string, issuer: string | null) {
  const province = await findBodyByCode(handle.db, provinceCode);
  if (!province || !issuer) return null;
  const bodies = await handle.db
    .selectFrom('bodies')
    .selectAll()
    .where('path', 'like', `${province.path}%`)
    .execute();
  const matcher = createBodyMatcher(bodies.map(toBodyRef), province.id);
  const name = issuer.replace(/^(Ủy ban nhân dân|UBND)\s+/iu, '');
  const match = matcher.match(name);
  return match.type === 'body' && match.confidence >= 0.8 ? match.body.id : null;
}

export async function run(args: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        body: { type: 'string' },
        province: { type: 'string' },
        as: { type: 'string', default: 'admin' },
        publish: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals: files } = parsed;
  if (files.length === 0 || (!values.body && !values.province)) {
    console.error(
      `${USAGE}\nCần --body (đơn vị ban hành) hoặc --province (tự nhận đơn vị ban hành trong tỉnh).`,
    );
    return 2;
  }
  const handle = await openConfiguredDatabase();
  const storage = createFileStorage(loadConfig().fileStorage, handle);
  let failures = 0;
  try {
    const ctx = await actorContext(handle, String(values.as));
    const fixedBody = values.body ? await findBody(handle, String(values.body)) : null;
    if (values.body && !fixedBody) throw new Error(`Không tìm thấy đơn vị «${values.body}».`);
    for (const file of files) {
      const name = basename(file);
      try {
        const bytes = new Uint8Array(await readFile(file));
        let bodyId = fixedBody?.id ?? null;
        if (!bodyId) {
          const extract = parsePlanText((await readPlanDocument(bytes, name)).text);
          bodyId = await issuerBody(handle, String(values.province), extract.document.issuer);
          if (!bodyId)
            throw new Error(
              `không nhận ra đơn vị ban hành «${extract.document.issuer ?? '?'}»; hãy dùng --body`,
            );
        }
        const result = await importAndReview(
          ctx,
          storage,
          { bodyId, file: { name, mediaType: 'application/octet-stream', bytes } },
          Boolean(values.publish),
        );
        console.log(`${name}: ${describeOutcome(result)}`);
        if (result.status === 'failed') failures++;
      } catch (error) {
        failures++;
        console.log(`${name}: lỗi — ${(error as Error).message}`);
      }
    }
  } finally {
    await handle.close();
  }
  console.log(`Xong ${files.length} tệp, ${failures} lỗi.`);
  return failures ? 1 : 0;
}

/** One file's outcome, as the command says it. */
function describeOutcome(outcome: ImportOutcome): string {
  switch (outcome.status) {
    case 'failed':
      return `không đọc được — ${outcome.error}`;
    case 'ready': {
      const why = outcome.unsure.length ? `; cần rà soát: ${outcome.unsure.join('; ')}` : '';
      return `đã đọc (${outcome.tasks} nhiệm vụ, ${outcome.targets} chỉ tiêu), chờ rà soát /plan-imports/${outcome.importId}${why}`;
    }
    case 'published':
      return `đã công bố (${outcome.tasks} nhiệm vụ, ${outcome.targets} chỉ tiêu), kế hoạch ${outcome.planId}`;
  }
}

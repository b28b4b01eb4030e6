import type { DatabaseHandle } from '@lantoa/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../src/http/errors.ts';
import { updateVersioned } from '../src/use-cases/shared/update-versioned.ts';
import { provinceDatabase } from './support/province-database.ts';

// The one optimistic update behind every editor: the row changes only at the version loaded, the
// version moves on, the audit entry is written with it, and a stale version changes and audits nothing.
describe('updateVersioned', () => {
  let handle: DatabaseHandle;
  let bodyId: string;
  beforeAll(async () => {
    ({ handle, bodyId } = await provinceDatabase());
  });
  afterAll(() => handle.close());

  const rename = (version: number, name: string) =>
    handle.db.transaction().execute((trx) =>
      updateVersioned(trx, {
        table: 'bodies',
        id: bodyId,
        version,
        what: 'Đơn vị',
        set: { name },
        audit: (updated) => ({
          actorId: null,
          bodyId,
          action: 'body.update',
          entityType: 'body',
          before: { version },
          after: { name: updated.name, version: updated.version },
        }),
      }),
    );
  const audits = () =>
    handle.db.selectFrom('audit_log').selectAll().where('entity_id', '=', bodyId).orderBy('at').execute();

  it('changes the row at the version loaded, moves the version on and audits the change with its id', async () => {
    const updated = await rename(1, 'Tỉnh Thử Mới');
    expect(updated).toMatchObject({ id: bodyId, name: 'Tỉnh Thử Mới', version: 2, kind: 'province' });
    const entries = await audits();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'body.update', entity_type: 'body', entity_id: bodyId });
    expect(entries[0]?.after).toEqual({ name: 'Tỉnh Thử Mới', version: 2 });
  });

  it('refuses a stale version with 409 stale_version naming the row, and changes and audits nothing', async () => {
    const refused = await rename(1, 'Tên Ghi Đè').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'stale_version' });
    expect((refused as AppError).message).toMatch(/^Đơn vị vừa được người khác sửa\. Hãy tải lại trang/);
    const row = await handle.db.selectFrom('bodies').selectAll().where('id', '=', bodyId).executeTakeFirst();
    expect(row).toMatchObject({ name: 'Tỉnh Thử Mới', version: 2 });
    expect(await audits()).toHaveLength(1);
  });

  it('a missing row is refused the same way (nothing to overwrite)', async () => {
    const refused = await handle.db
      .transaction()
      .execute((trx) =>
        updateVersioned(trx, {
          table: 'users',
          id: '00000000-0000-0000-0000-000000000000',
          version: 1,
          what: 'Tài khoản',
          set: { full_name: 'Không Có' },
          audit: () => ({ actorId: null, bodyId: null, action: 'user.update', entityType: 'user' }),
        }),
      )
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'stale_version' });
    expect(await handle.db.selectFrom('audit_log').select('id').execute()).toHaveLength(1);
  });
});

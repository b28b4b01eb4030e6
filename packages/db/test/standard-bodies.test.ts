// `lantoa orgs import-units` gives every province its standard departments and agencies (the 2025
// reorganisation made them uniform), once: a second run, or a body already there under a former
// name, adds nothing twice.
import { standardProvincialBodies } from '@lantoa/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DatabaseHandle,
  importAdministrativeUnits,
  importStandardProvincialBodies,
  insertBodies,
} from '../src/index.ts';
import { createTestDatabase } from '../src/testing/test-database.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await importAdministrativeUnits(handle.db);
});
afterAll(async () => {
  await handle?.close();
});

const provinceByCode = (code: string) =>
  handle.db.selectFrom('bodies').selectAll().where('code', '=', code).executeTakeFirstOrThrow();
const childrenOf = (id: string) =>
  handle.db
    .selectFrom('bodies')
    .select(['name', 'kind'])
    .where('parent_id', '=', id)
    .where('kind', '!=', 'commune')
    .orderBy('name')
    .execute();

describe('the standard bodies of every province', () => {
  it('are added to all 34 provinces, once, keeping a body already there under a former name', async () => {
    // Cao Bằng already has its information department under its name before the 2025 merger.
    const caoBang = await provinceByCode('04');
    await insertBodies(handle.db, caoBang, [{ kind: 'department', name: 'Sở Thông tin và Truyền thông' }]);
    const perProvince = standardProvincialBodies('Hà Nội').length;

    const first = await importStandardProvincialBodies(handle.db);
    expect(first).toEqual({ provinces: 34, bodiesAdded: 34 * perProvince - 1 });

    for (const code of ['01', '79', '96']) {
      const province = await provinceByCode(code);
      const names = (await childrenOf(province.id)).map((b) => b.name);
      expect(names, code).toHaveLength(perProvince);
      expect(names).toContain('Sở Khoa học và Công nghệ');
      expect(names).toContain(`Báo và Phát thanh, Truyền hình ${province.short_names[0]}`);
    }
    const caoBangBodies = (await childrenOf(caoBang.id)).map((b) => b.name);
    expect(caoBangBodies).toContain('Sở Thông tin và Truyền thông');
    expect(caoBangBodies).not.toContain('Sở Khoa học và Công nghệ');

    const again = await importStandardProvincialBodies(handle.db);
    expect(again).toEqual({ provinces: 34, bodiesAdded: 0 });

    const audit = await handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'orgs.import_units')
      .orderBy('id')
      .execute();
    // The first row is the units import's own.
    expect(audit.map((a) => a.after).slice(1)).toEqual([
      { standardBodies: first },
      { standardBodies: again },
    ]);
  });
});

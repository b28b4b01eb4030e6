import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DatabaseHandle,
  importAdministrativeUnits,
  insertBodies,
  recordAudit,
  searchBodies,
} from '../src/index.ts';
import { createTestDatabase } from '../src/testing/test-database.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

describe(`the database layer on ${process.env.LANTOA_TEST_ENGINE ?? 'pglite'}`, () => {
  it('reports which engine it runs on', () => {
    expect(handle.engine).toBe(process.env.LANTOA_TEST_ENGINE ?? 'pglite');
  });

  it('returns int8 as a number and date as text on both engines', async () => {
    const row = await sql<{
      n: number;
      d: string;
    }>`select 9007199254740::int8 as n, date '2026-05-18' as d`.execute(handle.db);
    expect(row.rows[0]).toEqual({ n: 9007199254740, d: '2026-05-18' });
  });

  it('stays usable after a failed statement inside a transaction, and keeps nothing of it', async () => {
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await insertBodies(trx, null, [{ kind: 'other', name: 'Tạm thời' }]);
        await sql`select * from no_such_table`.execute(trx);
      }),
    ).rejects.toThrow(/no_such_table/);
    const left = await handle.db.selectFrom('bodies').select('id').where('name', '=', 'Tạm thời').execute();
    expect(left).toEqual([]);
    // The next transaction and a plain query both work.
    await handle.db.transaction().execute(async (trx) => {
      await insertBodies(trx, null, [{ kind: 'other', name: 'Sau lỗi' }]);
    });
    const after = await handle.db.selectFrom('bodies').select('name').where('name', '=', 'Sau lỗi').execute();
    expect(after).toEqual([{ name: 'Sau lỗi' }]);
  });

  it('stays usable after a constraint violation outside a transaction', async () => {
    await expect(
      handle.db
        .insertInto('bodies')
        .values({
          kind: 'nonsense' as never,
          name: 'x',
          path: '/x/',
          depth: 0,
          search_key: 'x',
          short_names: [],
          aliases: [],
        })
        .execute(),
    ).rejects.toThrow();
    const { rows } = await sql<{ one: number }>`select 1 as one`.execute(handle.db);
    expect(rows[0]?.one).toBe(1);
  });

  it('serialises concurrent transactions without losing either', async () => {
    await Promise.all(
      ['Một', 'Hai', 'Ba'].map((name) =>
        handle.db.transaction().execute(async (trx) => {
          await insertBodies(trx, null, [{ kind: 'other', name: `Song song ${name}` }]);
          await recordAudit(trx, {
            actorId: null,
            bodyId: null,
            action: 'body.create',
            entityType: 'body',
            entityId: name,
          });
        }),
      ),
    );
    const rows = await handle.db
      .selectFrom('bodies')
      .select('name')
      .where('name', 'like', 'Song song%')
      .execute();
    expect(rows).toHaveLength(3);
  });

  it('imports all 34 provinces and 3,321 communes once, and again without duplicates', async () => {
    const first = await importAdministrativeUnits(handle.db);
    expect(first).toMatchObject({ provincesAdded: 34, communesAdded: 3321 });
    const again = await importAdministrativeUnits(handle.db);
    expect(again).toEqual({ provincesAdded: 0, communesAdded: 0, updated: 0 });
    const hoaAn = await handle.db
      .selectFrom('bodies')
      .selectAll()
      .where('code', '=', '02353')
      .executeTakeFirstOrThrow();
    expect(hoaAn.name).toBe('Xã Hòa An');
    expect(hoaAn.kind).toBe('commune');
    const tq = await handle.db
      .selectFrom('bodies')
      .selectAll()
      .where('code', '=', '08')
      .executeTakeFirstOrThrow();
    expect(hoaAn.path.startsWith(tq.path)).toBe(true);
    const communes = await handle.db
      .selectFrom('bodies')
      .select('id')
      .where('parent_id', '=', tq.id)
      .execute();
    expect(communes).toHaveLength(124);
  });

  it('finds Hòa An by "hoa an" only inside the scope it is given', async () => {
    const tq = await handle.db
      .selectFrom('bodies')
      .selectAll()
      .where('code', '=', '08')
      .executeTakeFirstOrThrow();
    const sonLa = await handle.db
      .selectFrom('bodies')
      .selectAll()
      .where('code', '=', '14')
      .executeTakeFirstOrThrow();
    const inTq = await searchBodies(handle.db, 'hoa an', [tq.path], 10);
    expect(inTq[0]?.name).toBe('Xã Hòa An');
    const country = await handle.db
      .selectFrom('bodies')
      .selectAll()
      .where('kind', '=', 'country')
      .executeTakeFirstOrThrow();
    const nationwide = await searchBodies(handle.db, 'hoa an', [country.path], 20);
    // Every commune named Hòa An comes before bodies that merely contain both words.
    const firstOther = nationwide.findIndex((b) => b.short_names[0] !== 'Hòa An');
    expect(nationwide.slice(0, firstOther).length).toBeGreaterThanOrEqual(2);
    expect(nationwide.slice(firstOther).every((b) => b.short_names[0] !== 'Hòa An')).toBe(true);
    const inSonLa = await searchBodies(handle.db, 'hoa an', [sonLa.path], 10);
    expect(inSonLa.map((b) => b.code)).not.toContain('02353');
    expect(await searchBodies(handle.db, 'hoa an', [], 10)).toEqual([]);
  });
});

import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { recordAudit } from '../repositories/audit.ts';
import { bodyColumns, insertBodies } from '../repositories/bodies.ts';
import type { BodyRow, Database } from '../schema.ts';

export const DEFAULT_UNITS_FILE = fileURLToPath(
  new URL('../../data/vn-admin-units/units-2026-07-25.json', import.meta.url),
);

interface UnitRecord {
  Code: string;
  Name: string;
  FullName: string;
  Wards?: UnitRecord[];
}

export interface ImportSummary {
  provincesAdded: number;
  communesAdded: number;
  updated: number;
}

export const COUNTRY_NAME = 'Việt Nam';

/** The root of the tree, created on first use. */
export async function ensureCountry(trx: Kysely<Database>): Promise<BodyRow> {
  const existing = await trx
    .selectFrom('bodies')
    .selectAll()
    .where('kind', '=', 'country')
    .executeTakeFirst();
  if (existing) return existing;
  const [country] = await insertBodies(trx, null, [
    { kind: 'country', name: COUNTRY_NAME, shortNames: ['VN'], aliases: ['Cả nước'] },
  ]);
  return country as BodyRow;
}

function unitInput(unit: UnitRecord, kind: 'province' | 'commune') {
  return {
    kind,
    name: unit.FullName,
    shortNames: [unit.Name],
    aliases: kind === 'province' ? [`UBND tỉnh ${unit.Name}`, `Ủy ban nhân dân tỉnh ${unit.Name}`] : [],
    code: unit.Code,
  };
}

/**
 * Imports (or refreshes) every province and commune by official code, in one transaction with one
 * audit row. Running it again adds only what is new and renames what changed.
 */
export async function importAdministrativeUnits(
  db: Kysely<Database>,
  options: { file?: string; actorId?: string | null } = {},
): Promise<ImportSummary> {
  const units = JSON.parse(await readFile(options.file ?? DEFAULT_UNITS_FILE, 'utf8')) as UnitRecord[];
  return db.transaction().execute(async (trx) => {
    const country = await ensureCountry(trx);
    const existing = new Map(
      (await trx.selectFrom('bodies').selectAll().where('code', 'is not', null).execute()).map((b) => [
        b.code,
        b,
      ]),
    );
    const summary: ImportSummary = { provincesAdded: 0, communesAdded: 0, updated: 0 };

    const refresh = async (row: BodyRow, input: ReturnType<typeof unitInput>) => {
      const next = bodyColumns(input);
      if (row.name === next.name) return;
      await trx
        .updateTable('bodies')
        .set({ ...next, aliases: [...new Set([...row.aliases, row.name])], version: row.version + 1 })
        .where('id', '=', row.id)
        .execute();
      summary.updated++;
    };

    for (const province of units) {
      let provinceRow = existing.get(province.Code);
      if (provinceRow) await refresh(provinceRow, unitInput(province, 'province'));
      else {
        [provinceRow] = await insertBodies(trx, country, [unitInput(province, 'province')]);
        summary.provincesAdded++;
      }
      const communes = province.Wards ?? [];
      const fresh = communes.filter((c) => !existing.has(c.Code));
      for (const commune of communes) {
        const row = existing.get(commune.Code);
        if (row) await refresh(row, unitInput(commune, 'commune'));
      }
      await insertBodies(
        trx,
        provinceRow as BodyRow,
        fresh.map((c) => unitInput(c, 'commune')),
      );
      summary.communesAdded += fresh.length;
    }
    await recordAudit(trx, {
      actorId: options.actorId ?? null,
      bodyId: country.id,
      action: 'orgs.import_units',
      entityType: 'body',
      entityId: country.id,
      after: summary,
    });
    return summary;
  });
}

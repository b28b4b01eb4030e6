import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { foldVietnamese, standardProvincialBodies } from '@lantoa/domain';
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

/**
 * The one audit row of an `orgs import-units` run, on the country: the administrative units and the
 * provinces' standard bodies record the same action, told apart by what they record.
 */
function recordUnitsImport(
  trx: Kysely<Database>,
  country: BodyRow,
  actorId: string | null | undefined,
  after: unknown,
): Promise<void> {
  return recordAudit(trx, {
    actorId: actorId ?? null,
    bodyId: country.id,
    action: 'orgs.import_units',
    entityType: 'body',
    entityId: country.id,
    after,
  });
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
    await recordUnitsImport(trx, country, options.actorId, summary);
    return summary;
  });
}

export interface StandardBodiesSummary {
  provinces: number;
  bodiesAdded: number;
}

/**
 * Adds to every province the standard departments, agencies and associations that the 2025
 * reorganisation made uniform (standardProvincialBodies), so that a plan from any province finds its
 * bodies. A body is already there when a direct child of the province has its name, or has it among
 * its former names (aliases), or is named by one of its short names or former names: running it again,
 * or after a body was renamed by hand, adds nothing twice. One transaction, one audit row (recorded
 * as part of the units import).
 */
export async function importStandardProvincialBodies(
  db: Kysely<Database>,
  options: { actorId?: string | null } = {},
): Promise<StandardBodiesSummary> {
  return db.transaction().execute(async (trx) => {
    const country = await ensureCountry(trx);
    const provinces = await trx
      .selectFrom('bodies')
      .selectAll()
      .where('kind', '=', 'province')
      .orderBy('code')
      .execute();
    const children = await trx
      .selectFrom('bodies')
      .select(['parent_id', 'name', 'aliases'])
      .where(
        'parent_id',
        'in',
        provinces.map((p) => p.id),
      )
      .where('kind', '!=', 'commune')
      .execute();
    const summary: StandardBodiesSummary = { provinces: provinces.length, bodiesAdded: 0 };
    if (provinces.length === 0) return summary;
    const namesUnder = new Map<string, Set<string>>();
    for (const child of children) {
      const names = namesUnder.get(child.parent_id as string) ?? new Set<string>();
      for (const name of [child.name, ...child.aliases]) names.add(foldVietnamese(name));
      namesUnder.set(child.parent_id as string, names);
    }
    for (const province of provinces) {
      const present = namesUnder.get(province.id) ?? new Set<string>();
      const missing = standardProvincialBodies(province.name).filter(
        (entry) =>
          ![entry.name, ...entry.shortNames, ...entry.aliases].some((n) => present.has(foldVietnamese(n))),
      );
      await insertBodies(trx, province, missing);
      summary.bodiesAdded += missing.length;
    }
    await recordUnitsImport(trx, country, options.actorId, { standardBodies: summary });
    return summary;
  });
}

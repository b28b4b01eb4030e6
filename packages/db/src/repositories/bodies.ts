import { randomUUID } from 'node:crypto';
import { type BodyKind, type BodyRef, foldVietnamese, normalizeTonePlacement } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import type { BodyRow, Database } from '../schema.ts';
import { withinScopes } from './scope.ts';

export interface BodyInput {
  kind: BodyKind;
  name: string;
  shortNames?: string[] | undefined;
  aliases?: string[] | undefined;
  code?: string | null | undefined;
}

const KIND_ORDER: BodyKind[] = [
  'country',
  'province',
  'pc_office',
  'department',
  'press_agency',
  'association',
  'commune',
  'village',
  'digital_team',
  'school',
  'business',
  'other',
];

const clean = (s: string) => normalizeTonePlacement(s.trim().replace(/\s+/g, ' '));

export function searchKeyOf(b: {
  name: string;
  shortNames: string[];
  aliases: string[];
  code: string | null;
}) {
  return foldVietnamese([b.name, ...b.shortNames, ...b.aliases, b.code ?? ''].join(' | '));
}

/** The column values of a body, normalised (NFC, new tone placement) with its search key. */
export function bodyColumns(input: BodyInput) {
  const name = clean(input.name);
  const shortNames = (input.shortNames ?? []).map(clean).filter(Boolean);
  const aliases = (input.aliases ?? []).map(clean).filter(Boolean);
  const code = input.code?.trim() || null;
  return {
    kind: input.kind,
    name,
    short_names: shortNames,
    aliases,
    code,
    search_key: searchKeyOf({ name, shortNames, aliases, code }),
  };
}

/** Inserts bodies under one parent (or as roots) in one statement; returns them in order. */
export async function insertBodies(
  trx: Kysely<Database>,
  parent: Pick<BodyRow, 'id' | 'path' | 'depth'> | null,
  inputs: BodyInput[],
): Promise<BodyRow[]> {
  if (inputs.length === 0) return [];
  const rows = inputs.map((input) => {
    const id = randomUUID();
    return {
      id,
      parent_id: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${id}/`,
      depth: (parent?.depth ?? -1) + 1,
      ...bodyColumns(input),
    };
  });
  const inserted: BodyRow[] = [];
  // Chunks keep the statement under the protocol's parameter limit.
  for (let i = 0; i < rows.length; i += 500) {
    inserted.push(
      ...(await trx
        .insertInto('bodies')
        .values(rows.slice(i, i + 500))
        .returningAll()
        .execute()),
    );
  }
  return inserted;
}

/** A row as the pure rules (name matching) see a body. */
export const toBodyRef = (b: BodyRow): BodyRef => ({
  id: b.id,
  parentId: b.parent_id,
  kind: b.kind,
  name: b.name,
  shortNames: b.short_names,
  aliases: b.aliases,
  code: b.code,
});

/** Reads a body without any scope check: callers must authorise with its path. */
export function unsafeFindBody(db: Kysely<Database>, id: string) {
  return db.selectFrom('bodies').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findBodyByCode(db: Kysely<Database>, code: string) {
  return db.selectFrom('bodies').selectAll().where('code', '=', code).executeTakeFirst();
}

const withChildCount = (db: Kysely<Database>) =>
  db
    .selectFrom('bodies as b')
    .selectAll('b')
    .select((eb) =>
      eb
        .selectFrom('bodies as c')
        .whereRef('c.parent_id', '=', 'b.id')
        .select(eb.fn.countAll<number>().as('n'))
        .as('child_count'),
    );

const sortBodies = <T extends { kind: BodyKind; name: string }>(rows: T[]) =>
  rows.sort(
    (a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.name.localeCompare(b.name, 'vi'),
  );

export async function listChildren(db: Kysely<Database>, parentId: string, scopePaths: string[]) {
  const rows = await withChildCount(db)
    .where('b.parent_id', '=', parentId)
    .where((eb) => withinScopes(eb, eb.ref('b.path'), scopePaths))
    .execute();
  return sortBodies(rows);
}

export async function listBodiesByIds(db: Kysely<Database>, ids: string[]) {
  if (ids.length === 0) return [];
  return sortBodies(await withChildCount(db).where('b.id', 'in', ids).execute());
}

/**
 * Diacritics-insensitive search inside the scopes (and, given `withinPath`, also inside that subtree:
 * a plan's province, so that its review never offers another province's department of the same
 * name): every folded word must appear. Ranked by relevance: the query is a whole name, short name or
 * alias; then it appears as whole words; then anywhere; ties by depth and name ("hoa an" → "Xã Hòa
 * An" before "Tỉnh Khánh Hòa").
 */
export async function searchBodies(
  db: Kysely<Database>,
  query: string,
  scopePaths: string[],
  limit: number,
  { withinPath }: { withinPath?: string | undefined } = {},
) {
  const words = foldVietnamese(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8)
    .map((w) => w.replace(/[%_\\]/g, ''));
  if (words.length === 0) return [];
  const phrase = words.join(' ');
  // search_key is "name | short name | … | code"; padding lets one pattern test whole entries.
  const rank = sql<number>`case
    when (' | ' || b.search_key || ' |') like ${`%| ${phrase} |%`} then 0
    when (' | ' || b.search_key || ' |') like ${`%| % ${phrase} |%`} then 1
    when (' ' || b.search_key || ' ') like ${`% ${phrase} %`} then 2
    else 3 end`;
  return withChildCount(db)
    .where((eb) =>
      eb.and([
        withinScopes(eb, eb.ref('b.path'), scopePaths),
        ...(withinPath === undefined ? [] : [withinScopes(eb, eb.ref('b.path'), [withinPath])]),
      ]),
    )
    .where((eb) => eb.and(words.map((w) => eb('b.search_key', 'like', `%${w}%`))))
    .orderBy(rank)
    .orderBy('b.depth')
    .orderBy('b.name')
    .limit(limit)
    .execute();
}

/** The bodies named in a path, root first. */
export async function bodiesOnPath(db: Kysely<Database>, path: string) {
  const ids = path.split('/').filter(Boolean);
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('bodies')
    .select(['id', 'name', 'kind', 'path'])
    .where('id', 'in', ids)
    .execute();
  return rows.sort((a, b) => a.path.length - b.path.length);
}

import { createHash } from 'node:crypto';
import type { Database } from '@lantoa/db';
import { type Kysely, sql } from 'kysely';

/** One table's row count and a checksum of its content, as a backup records them and a restore checks them. */
export interface TableChecksum {
  table: string;
  rows: number;
  checksum: string;
}

/**
 * Every table of the public schema, counted and checksummed, in a transaction (its settings are the
 * transaction's own). A backup runs it in the snapshot it dumps (see createBackup): the figures then
 * describe exactly the dump.
 *
 * A row's text is hashed (md5), a bytea column by its md5 rather than its hex text (a large file's
 * row would pass PostgreSQL's 1 GB text limit), and the hashes' two 64-bit halves summed: the sum
 * does not depend on row order, so no table is sorted and no string grows with the table (an
 * `md5(string_agg(… order by …))` does both). The output settings that shape a row's text are pinned
 * first, so the server's or the session's defaults cannot change a checksum.
 */
export async function tableChecksums(db: Kysely<Database>): Promise<TableChecksum[]> {
  await sql`
    select set_config('timezone', 'UTC', true), set_config('datestyle', 'ISO, YMD', true),
      set_config('intervalstyle', 'postgres', true), set_config('extra_float_digits', '1', true),
      set_config('bytea_output', 'hex', true)`.execute(db);
  // The catalog, not information_schema: its views take seconds on PGlite.
  const { rows: columns } = await sql<{ table: string; column: string; bytea: boolean }>`
    select c.relname as "table", a.attname as "column", a.atttypid = 'bytea'::regtype as bytea
    from pg_class c join pg_attribute a on a.attrelid = c.oid
    where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
      and a.attnum > 0 and not a.attisdropped
    order by c.relname, a.attnum`.execute(db);
  const tables = new Map<string, string[]>();
  for (const { table, column, bytea } of columns) {
    const quoted = `t.${quote(column)}`;
    tables.set(table, [...(tables.get(table) ?? []), bytea ? `md5(${quoted})` : quoted]);
  }
  if (tables.size === 0) return [];
  // One statement for all tables: on PGlite each statement costs milliseconds of its own.
  const perTable = [...tables].map(
    ([table, values]) => `
      select ${literal(table)} as "table", count(*)::int8 as rows,
        coalesce(sum(('x' || left(hash, 16))::bit(64)::int8::numeric), 0)::text as high,
        coalesce(sum(('x' || right(hash, 16))::bit(64)::int8::numeric), 0)::text as low
      from (select md5(row(${values.join(', ')})::text) as hash from ${quote(table)} t) hashed`,
  );
  const { rows } = await sql<{ table: string; rows: number; high: string; low: string }>`${sql.raw(
    perTable.join('\n      union all'),
  )}`.execute(db);
  return rows
    .map((row) => ({
      table: row.table,
      rows: Number(row.rows),
      checksum: createHash('md5').update(`${row.high}:${row.low}`).digest('hex'),
    }))
    .sort((a, b) => (a.table < b.table ? -1 : 1));
}

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** The tables whose count or checksum differ between what a backup recorded and what a restore holds. */
export function checksumDifferences(
  recorded: readonly TableChecksum[],
  restored: readonly TableChecksum[],
): string[] {
  const found = new Map(restored.map((entry) => [entry.table, entry]));
  const differences: string[] = [];
  for (const expected of recorded) {
    const actual = found.get(expected.table);
    if (!actual) differences.push(`${expected.table}: bảng không có / table missing`);
    else if (actual.rows !== expected.rows)
      differences.push(`${expected.table}: ${actual.rows} dòng thay vì ${expected.rows} / rows differ`);
    else if (actual.checksum !== expected.checksum)
      differences.push(`${expected.table}: nội dung khác / checksum differs`);
  }
  const known = new Set(recorded.map((entry) => entry.table));
  for (const extra of restored) {
    if (!known.has(extra.table)) differences.push(`${extra.table}: bảng thừa / unexpected table`);
  }
  return differences;
}

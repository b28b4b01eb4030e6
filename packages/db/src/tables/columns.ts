import type { ColumnType } from 'kysely';

// Column shapes shared by every table's type.
export type CreatedAt = ColumnType<Date, Date | undefined, never>;
export type UpdatedAt = ColumnType<Date, Date | undefined, Date>;
export type Json = ColumnType<unknown, string | null | undefined, string | null>;

import { type Kysely, sql } from 'kysely';

/**
 * Stored files' bytes behind one storage interface (issue 21). With the default driver they move from
 * `files.content` (read whole into memory by every query) into `file_chunks`, half a MiB a row, written
 * and read one chunk at a time; a folder or an S3 bucket keeps them instead when LANTOA_FILES says so
 * (`lantoa files migrate` moves them). The chunk size is the server's FILE_CHUNK_BYTES: a Range finds
 * its chunks by dividing by it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table file_chunks (
      file_id uuid not null references files(id) on delete cascade,
      n int not null check (n >= 0),
      data bytea not null,
      primary key (file_id, n)
    )`.execute(db);
  // Stored files are mostly compressed already (pictures, audio, video, zipped office files): trying to
  // compress them again costs time for nothing, and an uncompressed value lets substring() read a
  // Range's part of a chunk without the rest.
  await sql`alter table file_chunks alter column data set storage external`.execute(db);
  // An empty file keeps one empty chunk: every stored file has its chunk 0.
  await sql`
    insert into file_chunks (file_id, n, data)
    select f.id, part.n, substring(f.content from part.n * 524288 + 1 for 524288)
    from files f
    cross join lateral generate_series(0, greatest(0, (octet_length(f.content) - 1) / 524288)) as part(n)`.execute(
    db,
  );
  await sql`alter table files drop column content`.execute(db);
  // A folder or a bucket holds files past 2 GiB; the type change also rewrites the table, which gives
  // back the space of the dropped column (a plain drop leaves it until a VACUUM FULL).
  await sql`alter table files alter column size type bigint`.execute(db);
}

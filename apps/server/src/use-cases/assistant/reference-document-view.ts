import type { referenceDocument } from '@lantoa/api-contract/assistant';
import type { Database } from '@lantoa/db';
import { type Actor, can } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { z } from 'zod';

/** Reference documents with their body and file name, as the list and the upload answer them. */
export const referenceDocumentQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('reference_documents as reference')
    .innerJoin('bodies as holder', 'holder.id', 'reference.body_id')
    .innerJoin('files as file', 'file.id', 'reference.file_id')
    .select((eb) => [
      'reference.id',
      'reference.title',
      'reference.symbol',
      'reference.pages',
      'reference.version',
      'reference.created_at',
      'holder.id as body_id',
      'holder.name as body_name',
      'holder.path as body_path',
      'file.name as file_name',
      eb.fn<number>('length', ['reference.text']).as('text_length'),
    ]);

type ReferenceDocumentRow = Awaited<
  ReturnType<ReturnType<typeof referenceDocumentQuery>['executeTakeFirstOrThrow']>
>;

/** The document as the actor sees it: `canDelete` by the same rule deleteReferenceDocument applies. */
export const referenceDocumentView = (
  row: ReferenceDocumentRow,
  actor: Actor,
): z.infer<typeof referenceDocument> => ({
  id: row.id,
  body: { id: row.body_id, name: row.body_name },
  title: row.title,
  symbol: row.symbol,
  fileName: row.file_name,
  pages: row.pages,
  textLength: Number(row.text_length),
  version: row.version,
  createdAt: row.created_at.toISOString(),
  canDelete: can(actor, 'managePlans', row.body_path),
});

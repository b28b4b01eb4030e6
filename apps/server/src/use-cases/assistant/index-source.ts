import { cutPassages, passageTerms } from '@lantoa/assistant';
import type { Database, KnowledgeSourceKind } from '@lantoa/db';
import { foldVietnamese } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { openedFileStorage } from '../../files/create-file-storage.ts';
import { readWholeFile } from '../files/stored-file.ts';
import { readDocumentText } from './read-document-text.ts';

/**
 * What a source is cut from: its title, the state it is in, and how to get its text (null: none to
 * cut), read only when that state has not been cut yet (a library document is read in a worker).
 */
interface SourceText {
  title: string;
  fingerprint: string;
  text: () => Promise<string | null>;
}

/** The kinds of document a plan's number names (its header's code), as a title says them. */
const DOCUMENT_KINDS: Record<string, string> = {
  KH: 'Kế hoạch',
  QĐ: 'Quyết định',
  CTr: 'Chương trình',
  NQ: 'Nghị quyết',
  ĐA: 'Đề án',
  HD: 'Hướng dẫn',
  CT: 'Chỉ thị',
};

/** Passages inserted per statement: PGlite and PostgreSQL both take a few hundred rows at once. */
const INSERT_BATCH = 200;

/** A plan: its latest published document's text, at its current version. */
async function planText(db: Kysely<Database>, id: string): Promise<SourceText | null> {
  const plan = await db
    .selectFrom('plans as plan')
    .innerJoin('bodies as issuer', 'issuer.id', 'plan.body_id')
    .select(['plan.title', 'plan.number', 'plan.kind', 'plan.current_version', 'issuer.name as issuer'])
    .select((eb) =>
      eb
        .selectFrom('plan_imports as i')
        .select('i.text')
        .whereRef('i.plan_id', '=', 'plan.id')
        .where('i.status', '=', 'published')
        .where('i.text', 'is not', null)
        .orderBy('i.created_at', 'desc')
        .limit(1)
        .as('text'),
    )
    .where('plan.id', '=', id)
    .executeTakeFirst();
  if (!plan) return null;
  const kind = plan.kind ? (DOCUMENT_KINDS[plan.kind] ?? '') : '';
  const named =
    kind && !foldVietnamese(plan.title).startsWith(foldVietnamese(kind))
      ? `${kind} ${plan.title}`
      : plan.title;
  return {
    // The kind and issuer in the title: a plan's own title often names neither ("Triển khai công
    // tác truyền thông…", "Về việc ban hành kế hoạch…"), and questions do ("kế hoạch của tỉnh …").
    title: `${named} (${plan.number ? `số ${plan.number}, ` : ''}${plan.issuer})`,
    fingerprint: String(plan.current_version),
    text: async () => plan.text ?? null,
  };
}

/** A library item: its document's text (a file the reader refuses has none), after its summary. */
async function libraryItemText(db: Kysely<Database>, id: string): Promise<SourceText | null> {
  const item = await db
    .selectFrom('library_items')
    .select(['title', 'summary', 'version', 'file_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!item) return null;
  const text = async () => {
    const file = await db
      .selectFrom('files')
      .select(['id', 'name'])
      .where('id', '=', item.file_id)
      .executeTakeFirstOrThrow();
    // The reader takes the document whole (in a worker); indexing reaches it through the database only.
    const read = await readDocumentText(await readWholeFile(openedFileStorage(db), file.id), file.name);
    return [item.summary, read.text ?? ''].filter((part) => part.trim()).join('\n\n') || null;
  };
  return { title: item.title, fingerprint: String(item.version), text };
}

async function bulletinText(db: Kysely<Database>, id: string): Promise<SourceText | null> {
  const bulletin = await db
    .selectFrom('bulletins')
    .select(['title', 'text', 'version'])
    .where('id', '=', id)
    .executeTakeFirst();
  return bulletin
    ? { title: bulletin.title, fingerprint: String(bulletin.version), text: async () => bulletin.text }
    : null;
}

async function referenceText(db: Kysely<Database>, id: string): Promise<SourceText | null> {
  const reference = await db
    .selectFrom('reference_documents')
    .select(['title', 'symbol', 'text', 'version'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!reference) return null;
  return {
    title: reference.symbol ? `${reference.title} (${reference.symbol})` : reference.title,
    fingerprint: String(reference.version),
    text: async () => reference.text,
  };
}

const READERS: Record<KnowledgeSourceKind, (db: Kysely<Database>, id: string) => Promise<SourceText | null>> =
  {
    plan: planText,
    library_item: libraryItemText,
    bulletin: bulletinText,
    reference: referenceText,
  };

/**
 * Cuts the source's current text into passages, replacing an older cut (a cut of the same state is
 * kept as it is), and returns its
 * knowledge_sources id; null when the source is gone or has no text to cut (its row is kept with
 * no passages, so that the next question does not read it again until it changes). No permission
 * check: callers check. The document is read before the transaction (a worker, up to seconds);
 * the write is one transaction, so a question never sees half a cut.
 */
export async function indexSource(
  db: Kysely<Database>,
  kind: KnowledgeSourceKind,
  sourceId: string,
): Promise<string | null> {
  const source = await READERS[kind](db, sourceId);
  if (!source) {
    await db
      .deleteFrom('knowledge_sources')
      .where('kind', '=', kind)
      .where('source_id', '=', sourceId)
      .execute();
    return null;
  }
  // The same state of the source keeps its cut: the passage ids an answer or a draft cited stay valid.
  const current = await db
    .selectFrom('knowledge_sources')
    .select(['id', 'fingerprint'])
    .where('kind', '=', kind)
    .where('source_id', '=', sourceId)
    .executeTakeFirst();
  if (current?.fingerprint === source.fingerprint) return current.id;
  const text = await source.text();
  const passages = text ? cutPassages(text) : [];
  return db.transaction().execute(async (trx) => {
    // The upsert locks the row: two questions indexing the same source at once write one after the other.
    const row = await trx
      .insertInto('knowledge_sources')
      .values({
        kind,
        source_id: sourceId,
        fingerprint: source.fingerprint,
        title: source.title.slice(0, 1000),
      })
      .onConflict((oc) =>
        oc.columns(['kind', 'source_id']).doUpdateSet({
          fingerprint: source.fingerprint,
          title: source.title.slice(0, 1000),
          indexed_at: new Date(),
        }),
      )
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.deleteFrom('knowledge_passages').where('knowledge_source_id', '=', row.id).execute();
    for (let from = 0; from < passages.length; from += INSERT_BATCH) {
      await trx
        .insertInto('knowledge_passages')
        .values(
          passages.slice(from, from + INSERT_BATCH).map((passage, i) => ({
            knowledge_source_id: row.id,
            position: from + i,
            section: passage.section,
            page: passage.page,
            text: passage.text,
            terms: passageTerms(passage, source.title),
          })),
        )
        .execute();
    }
    return passages.length > 0 ? row.id : null;
  });
}

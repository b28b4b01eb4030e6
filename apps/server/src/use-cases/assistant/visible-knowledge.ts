import type { KnowledgeSourceKind } from '@lantoa/db';
import { scopePaths } from '@lantoa/domain';
import { sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { bulletinsVisibleTo } from '../broadcast/bulletin-visibility.ts';
import { libraryItemsVisibleTo } from '../library/library-item-visibility.ts';
import { visiblePlanIds } from '../plans/load-plan.ts';
import { ownOrShared } from '../shared/shared-visibility.ts';
import { indexSource } from './index-source.ts';

interface VisibleSource {
  kind: KnowledgeSourceKind;
  source_id: string;
  fingerprint: string;
  knowledge_source_id: string | null;
  indexed: string | null;
}

/**
 * The sources the assistant may quote to the actor, with the cut of each (null: never cut) and the
 * fingerprint it was cut at: the published plans it may read; approved library items it sees that
 * have a text (documents and Q&A files in Word or PDF); the bulletins of its scope and those aimed
 * at it; reference documents of a body above it or in its scope. One query; `onlySource` narrows
 * it to one knowledge source (is this passage's source readable?).
 */
export async function visibleSources(ctx: Context, onlySource?: string): Promise<VisibleSource[]> {
  const scopes = scopePaths(ctx.actor, 'readBody');
  const plans = visiblePlanIds(ctx);
  if (!plans || scopes.length === 0) return [];
  const result = await sql<VisibleSource>`
    select visible.kind, visible.source_id, visible.fingerprint,
      source.id as knowledge_source_id, source.fingerprint as indexed
    from (
      select 'plan' as kind, plan.id as source_id, plan.current_version::text as fingerprint
      from plans plan where plan.id in ${plans}
      union all
      select 'library_item', item.id, item.version::text
      from library_items item
      join bodies author on author.id = item.body_id
      join bodies share on share.id = item.share_body_id
      where item.status = 'approved' and item.kind in ('document', 'qa') and item.media_kind in ('pdf', 'word')
        and ${libraryItemsVisibleTo(ctx)}
      union all
      select 'bulletin', bulletin.id, bulletin.version::text
      from bulletins bulletin
      join bodies author on author.id = bulletin.body_id
      join bodies target on target.id = bulletin.target_body_id
      where ${bulletinsVisibleTo(ctx)}
      union all
      select 'reference', reference.id, reference.version::text
      from reference_documents reference
      join bodies holder on holder.id = reference.body_id
      where ${ownOrShared(scopes, 'holder.path', 'holder.path')}
    ) visible
    left join knowledge_sources source on source.kind = visible.kind and source.source_id = visible.source_id
    ${onlySource ? sql`where source.id = ${onlySource}` : sql``}`.execute(ctx.db);
  return result.rows;
}

/**
 * The knowledge sources the actor may be answered from, each cut at its current state: a source
 * never cut or changed since (a plan amended, a bulletin edited) is cut now, before the question
 * is answered. In steady state this is the one query of `visibleSources`.
 */
export async function currentKnowledge(ctx: Context): Promise<string[]> {
  const sources = await visibleSources(ctx);
  const ids: string[] = [];
  for (const source of sources) {
    if (source.knowledge_source_id && source.indexed === source.fingerprint) {
      ids.push(source.knowledge_source_id);
      continue;
    }
    // A source that cannot be cut now (its document's reader crashed) is left out of this answer
    // and tried again at the next question, rather than failing every question of the body.
    const id = await indexSource(ctx.db, source.kind, source.source_id).catch(() => null);
    if (id) ids.push(id);
  }
  return ids;
}

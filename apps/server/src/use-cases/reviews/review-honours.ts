import { formatIsoDate, HONOUR_FORM_NAMES } from '@lantoa/domain';
import type { ReviewHonourRow } from '@lantoa/reports';
import type { Context } from '../../http/context.ts';
import { peoplesCommittee } from '../shared/official-names.ts';

/**
 * The bodies and people under `path` honoured in the years (approved nominations, with their
 * decision), by year, bodies before people, by name.
 */
export async function honoursOfYears(
  ctx: Context,
  path: string,
  years: readonly number[],
): Promise<{ rows: ReviewHonourRow[]; bodies: number; people: number }> {
  const honours = await ctx.db
    .selectFrom('honour_nominations as h')
    .innerJoin('bodies as nominee', 'nominee.id', 'h.nominee_body_id')
    .leftJoin('bodies as decider', 'decider.id', 'h.deciding_body_id')
    .select([
      'h.year',
      'h.nominee_kind',
      'h.person_name',
      'h.person_title',
      'h.honour_form',
      'h.decision_no',
      'h.decided_on',
      'nominee.name as body_name',
      'decider.name as decider_name',
      'decider.kind as decider_kind',
    ])
    .where('h.status', '=', 'approved')
    .where('h.year', '>=', years[0] as number)
    .where('h.year', '<=', years.at(-1) as number)
    .where('nominee.path', 'like', `${path}%`)
    .orderBy('h.year')
    .orderBy('h.nominee_kind')
    .orderBy('nominee.name')
    .orderBy('h.person_name')
    .execute();
  const rows = honours.map((h) => {
    const person = h.person_name
      ? `${h.person_name}${h.person_title ? `, ${h.person_title}` : ''} (${h.body_name})`
      : null;
    const decision = [
      `Quyết định số ${h.decision_no ?? '…'}`,
      h.decided_on ? `ngày ${formatIsoDate(h.decided_on)}` : null,
      // A unit decides through its people's committee: "của Ủy ban nhân dân tỉnh Tuyên Quang".
      h.decider_name
        ? `của ${h.decider_kind === 'province' || h.decider_kind === 'commune' ? peoplesCommittee(h.decider_name) : h.decider_name}`
        : null,
    ]
      .filter(Boolean)
      .join(' ');
    return { name: person ?? h.body_name, form: HONOUR_FORM_NAMES[h.honour_form], decision };
  });
  const people = honours.filter((h) => h.nominee_kind === 'person').length;
  return { rows, bodies: honours.length - people, people };
}

import { recordAudit } from '@lantoa/db';
import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { loadVisiblePlan } from '../plans/load-plan.ts';
import { updateVersioned } from '../shared/update-versioned.ts';

export interface IndicatorInput {
  name: string;
  numeratorLabel: string;
  denominatorLabel: string;
  unit: string;
  targets: { year: number; comparator: '=' | '>=' | '<='; value: number }[];
}

/** A plan's indicators with their yearly targets; computed ones say so. */
export async function listIndicators(ctx: Context, planId: string) {
  const plan = await loadVisiblePlan(ctx, planId);
  const [indicators, targets] = await Promise.all([
    ctx.db.selectFrom('indicators').selectAll().where('plan_id', '=', plan.id).orderBy('position').execute(),
    ctx.db
      .selectFrom('indicator_targets as t')
      .innerJoin('indicators as i', 'i.id', 't.indicator_id')
      .selectAll('t')
      .where('i.plan_id', '=', plan.id)
      .orderBy('t.year')
      .execute(),
  ]);
  return {
    canEdit: can(ctx.actor, 'managePlans', plan.body_path),
    items: indicators.map((i) => ({
      id: i.id,
      name: i.name,
      numeratorLabel: i.numerator_label,
      denominatorLabel: i.denominator_label,
      unit: i.unit,
      source: i.source,
      computedKind: i.computed_kind,
      targetText: i.target_text,
      version: i.version,
      targets: targets
        .filter((t) => t.indicator_id === i.id)
        .map((t) => ({ year: t.year, comparator: t.comparator, value: Number(t.value) })),
    })),
  };
}

async function loadEditableIndicator(ctx: Context, id: string) {
  const indicator = await ctx.db.selectFrom('indicators').selectAll().where('id', '=', id).executeTakeFirst();
  if (!indicator) throw notFound('chỉ tiêu');
  const plan = await loadVisiblePlan(ctx, indicator.plan_id);
  if (!can(ctx.actor, 'managePlans', plan.body_path)) throw notFound('chỉ tiêu');
  return { indicator, plan };
}

const assertYears = (targets: IndicatorInput['targets']) => {
  if (new Set(targets.map((t) => t.year)).size !== targets.length) {
    throw new AppError('invalid_input', 'Mỗi năm chỉ có một mục tiêu. Hãy bỏ năm trùng.', 'targets');
  }
};

/** A coordinator refines an indicator's definition and yearly targets (optimistic on `version`). */
export async function updateIndicator(ctx: Context, id: string, input: IndicatorInput & { version: number }) {
  const { indicator, plan } = await loadEditableIndicator(ctx, id);
  assertYears(input.targets);
  if (
    indicator.source === 'computed' &&
    (input.numeratorLabel !== indicator.numerator_label ||
      input.denominatorLabel !== indicator.denominator_label)
  ) {
    throw new AppError(
      'invalid_input',
      'Chỉ tiêu tính tự động không đổi được tử số, mẫu số.',
      'numeratorLabel',
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('indicator_targets')
      .selectAll()
      .where('indicator_id', '=', id)
      .execute();
    await updateVersioned(trx, {
      table: 'indicators',
      id,
      version: input.version,
      what: 'Chỉ tiêu',
      set: {
        name: input.name.normalize('NFC'),
        numerator_label: input.numeratorLabel.normalize('NFC'),
        denominator_label: input.denominatorLabel.normalize('NFC'),
        unit: input.unit,
      },
      audit: () => ({
        actorId: ctx.actor.userId,
        bodyId: plan.body_id,
        action: 'indicator.update',
        entityType: 'indicator',
        before: {
          name: indicator.name,
          numeratorLabel: indicator.numerator_label,
          denominatorLabel: indicator.denominator_label,
          unit: indicator.unit,
          targets: before.map((t) => ({ year: t.year, comparator: t.comparator, value: Number(t.value) })),
        },
        after: input,
      }),
    });
    await trx.deleteFrom('indicator_targets').where('indicator_id', '=', id).execute();
    if (input.targets.length) {
      await trx
        .insertInto('indicator_targets')
        .values(input.targets.map((t) => ({ indicator_id: id, ...t })))
        .execute();
    }
  });
}

/** A coordinator adds an indicator the plan did not state as a target. */
export async function createIndicator(ctx: Context, planId: string, input: IndicatorInput) {
  const plan = await loadVisiblePlan(ctx, planId);
  if (!can(ctx.actor, 'managePlans', plan.body_path)) throw notFound('kế hoạch');
  assertYears(input.targets);
  return ctx.db.transaction().execute(async (trx) => {
    const last = await trx
      .selectFrom('indicators')
      .select((eb) => eb.fn.max('position').as('p'))
      .where('plan_id', '=', planId)
      .executeTakeFirst();
    const row = await trx
      .insertInto('indicators')
      .values({
        plan_id: planId,
        position: Number(last?.p ?? -1) + 1,
        name: input.name.normalize('NFC'),
        numerator_label: input.numeratorLabel.normalize('NFC'),
        denominator_label: input.denominatorLabel.normalize('NFC'),
        unit: input.unit,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (input.targets.length) {
      await trx
        .insertInto('indicator_targets')
        .values(input.targets.map((t) => ({ indicator_id: row.id, ...t })))
        .execute();
    }
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: plan.body_id,
      action: 'indicator.create',
      entityType: 'indicator',
      entityId: row.id,
      after: input,
    });
    return { id: row.id };
  });
}

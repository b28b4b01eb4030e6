import { buildValuesXlsx } from '@lantoa/reports';
import type { Context } from '../../http/context.ts';
import { loadPeriodToConsolidate, reportingBodies } from './load-report.ts';
import { TEMPLATE_HEADER, TEMPLATE_SHEET } from './values-template.ts';

/**
 * A template with one row per reporting body and reported indicator, pre-filled with current values;
 * each indicator says what goes where (a count: its figure, the denominator left empty).
 */
export async function exportTemplateWorkbook(ctx: Context, periodId: string) {
  const { period, plan } = await loadPeriodToConsolidate(ctx, periodId);
  const [bodies, indicators, values] = await Promise.all([
    reportingBodies(ctx, plan.id),
    ctx.db
      .selectFrom('indicators')
      .selectAll()
      .where('plan_id', '=', plan.id)
      .where('source', '=', 'reported')
      .orderBy('position')
      .execute(),
    ctx.db.selectFrom('indicator_values').selectAll().where('period_id', '=', period.id).execute(),
  ]);
  const rows = bodies.flatMap((b) =>
    indicators.map((i) => {
      const v = values.find((x) => x.body_id === b.id && x.indicator_id === i.id);
      return {
        bodyId: b.id,
        body: b.name,
        indicatorId: i.id,
        indicator:
          i.measure === 'count'
            ? `${i.name} (số lượng: ${i.numerator_label}; đơn vị tính: ${i.unit}; để trống mẫu số)`
            : `${i.name} (tử số: ${i.numerator_label}; mẫu số: ${i.denominator_label})`,
        numerator: v ? Number(v.numerator) : null,
        denominator: v?.denominator != null ? Number(v.denominator) : null,
        note: v?.note ?? null,
      };
    }),
  );
  return buildValuesXlsx([
    {
      title: TEMPLATE_SHEET,
      columns: [
        { key: 'bodyId', header: TEMPLATE_HEADER[0] as string, width: 12 },
        { key: 'body', header: TEMPLATE_HEADER[1] as string, width: 36 },
        { key: 'indicatorId', header: TEMPLATE_HEADER[2] as string, width: 12 },
        { key: 'indicator', header: TEMPLATE_HEADER[3] as string, width: 70 },
        { key: 'numerator', header: TEMPLATE_HEADER[4] as string, width: 12, numFmt: '#,##0' },
        { key: 'denominator', header: TEMPLATE_HEADER[5] as string, width: 12, numFmt: '#,##0' },
        { key: 'note', header: TEMPLATE_HEADER[6] as string, width: 30 },
      ],
      rows,
    },
  ]);
}

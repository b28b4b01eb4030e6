import { formatIsoDate, reportsIndicator } from '@lantoa/domain';
import { buildValuesXlsx } from '@lantoa/reports';
import type { Context } from '../../http/context.ts';
import { loadPeriodToConsolidate, reportingBodies } from './load-report.ts';
import { TEMPLATE_HEADER, templateMarker, templateSheetName } from './values-template.ts';

/** A count shows as a whole number; a figure stored with decimals before they were refused, with them. */
const COUNT_FORMAT = '#,##0';
const FRACTION_FORMAT = '#,##0.0##';

/**
 * A template with one row per reporting body and reported indicator, pre-filled with current values;
 * each indicator says what goes where (a count: its figure, the denominator left empty). The ids are
 * hidden and locked, the names greyed and locked: only the figures and the note are typed in. The
 * period and plan are named in the sheet's name, on every printed page and in the hidden marker the
 * upload checks, so a file filled for one period cannot be read into another.
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
  const stored = new Map(values.map((v) => [`${v.body_id}:${v.indicator_id}`, v]));
  // A row for each body and indicator it reports: a commune is not asked for a department's figures.
  const rows = bodies.flatMap((b) =>
    indicators
      .filter((i) => reportsIndicator(i.reported_by, b.kind))
      .map((i) => {
        const v = stored.get(`${b.id}:${i.id}`);
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
          marker: null,
        };
      }),
  );
  const window = `số liệu từ ${formatIsoDate(period.data_from)} đến ${formatIsoDate(period.data_to)}, hạn báo cáo ${formatIsoDate(period.due_on)}`;
  const title = `Nhập số liệu — ${period.label} — ${plan.title}`;
  return buildValuesXlsx(
    [
      {
        title: templateSheetName(period.label),
        pageTitle: `${title} (${window})`,
        protect: true,
        columns: [
          { key: 'bodyId', header: TEMPLATE_HEADER[0], width: 38, readOnly: true, hidden: true },
          { key: 'body', header: TEMPLATE_HEADER[1], width: 28, readOnly: true, wrap: true },
          { key: 'indicatorId', header: TEMPLATE_HEADER[2], width: 38, readOnly: true, hidden: true },
          { key: 'indicator', header: TEMPLATE_HEADER[3], width: 72, readOnly: true, wrap: true },
          {
            key: 'numerator',
            header: TEMPLATE_HEADER[4],
            width: 14,
            numFmt: COUNT_FORMAT,
            fractionNumFmt: FRACTION_FORMAT,
            wholeNumber: true,
          },
          {
            key: 'denominator',
            header: TEMPLATE_HEADER[5],
            width: 12,
            numFmt: COUNT_FORMAT,
            fractionNumFmt: FRACTION_FORMAT,
            wholeNumber: true,
          },
          { key: 'note', header: TEMPLATE_HEADER[6], width: 30, wrap: true },
          {
            key: 'marker',
            header: templateMarker(period.id, plan.id),
            width: 12,
            readOnly: true,
            hidden: true,
          },
        ],
        rows,
      },
    ],
    { title },
  );
}

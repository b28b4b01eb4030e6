import { unsafeFindBody } from '@lantoa/db';
import {
  FUNDING_SOURCE_NAMES,
  FUNDING_SOURCES,
  formatDong,
  formatIsoDate,
  standingAgainstTargets,
  sumBudget,
  TARGET_STANDING_LABELS,
  type TargetStanding,
  targetForYear,
  vietnamToday,
} from '@lantoa/domain';
import { type ConsolidatedReport, formatIndicatorTarget, formatIndicatorValue } from '@lantoa/reports';
import type { Context } from '../../http/context.ts';
import { budgetTotals } from '../budget/budget-totals.ts';
import {
  citedDate,
  defaultSignerTitle,
  governingBodyLine,
  issuerReference,
  peoplesCommittee,
  placeOf,
  sentenceCase,
  symbolOf,
} from '../shared/official-names.ts';
import { nextPeriodTasks, taskProgress } from './consolidated-task-progress.ts';
import { completenessOf } from './get-completeness.ts';
import { indicatorValueAt } from './indicator-values.ts';
import { loadPeriodToConsolidate } from './load-report.ts';
import { loadPlanIndicators, loadPlanPeriods } from './plan-reporting.ts';
import { loadReportSigning } from './report-signing.ts';

const upper = (s: string) => s.toLocaleUpperCase('vi');

/**
 * A body's text under its name, so that no line loses who wrote it: "- Xã Hòa An: …" for one line,
 * else "- Xã Hòa An:" and each line as "+ …".
 */
function underName(name: string, text: string): string[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/^[-–•+]\s*/u, ''))
    .filter(Boolean);
  if (lines.length <= 1) return lines.map((l) => `- ${name}: ${l}`);
  return [`- ${name}:`, ...lines.map((l) => `+ ${l}`)];
}

const listOrNone = (items: string[]) => (items.length ? items : ['Không có.']);

type BudgetRows = NonNullable<ConsolidatedReport['budget']>;

/**
 * The section "Kinh phí thực hiện" of the period's year: what the bodies estimated (drafts left out),
 * what the finance department approved, what was allocated and spent, in one paragraph, and the
 * table by funding source (the sources with an estimate, in the law's order).
 */
async function budgetSection(ctx: Context, plan: { id: string; body_path: string }, year: number) {
  const totals = await budgetTotals(ctx.db, {
    path: plan.body_path,
    planId: plan.id,
    yearFrom: year,
    yearTo: year,
  });
  const rows: BudgetRows = FUNDING_SOURCES.map((source) => ({
    source: FUNDING_SOURCE_NAMES[source],
    ...sumBudget(totals.filter((row) => row.source === source)),
  })).filter((row) => row.estimated > 0);
  const total = sumBudget(totals);
  const bodies = new Set(totals.map((row) => row.bodyId)).size;
  const share = (part: number, whole: number) =>
    ((part / whole) * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
  const sent = [
    `Năm ${year}, ${bodies} cơ quan, đơn vị đã gửi dự toán kinh phí thực hiện Kế hoạch với tổng số ${formatDong(total.estimated)}`,
    total.approved > 0
      ? `Sở Tài chính thẩm định thống nhất ${formatDong(total.approved)}`
      : 'các dự toán đang chờ Sở Tài chính thẩm định',
    ...(total.allocated > 0
      ? [
          `đã giao ${formatDong(total.allocated)}, đã chi ${formatDong(total.spent)} (${share(total.spent, total.allocated)}% số kinh phí được giao)`,
        ]
      : []),
  ];
  const summary = bodies
    ? `${sent.join('; ')}. Chi tiết theo nguồn kinh phí như sau:`
    : `Đến thời điểm báo cáo, chưa có cơ quan, đơn vị nào gửi dự toán kinh phí năm ${year} thực hiện Kế hoạch.`;
  return {
    rows,
    section: {
      heading: 'Kinh phí thực hiện',
      paragraphs: [summary],
      parts: [],
      ...(rows.length ? { table: 'budget' as const } : {}),
    },
  };
}
const joinNames = (names: string[]) => names.map((n) => `"${n}"`).join(', ');

/**
 * The consolidated report of a period as an editable draft, in the structure a department sends: the
 * opening "Thực hiện Kế hoạch số …", I. results (who reported, task progress by task, each body's
 * results under its name, the indicators from accepted reports only), II. the budget of the period's
 * year by funding source, III. overall assessment with the difficulties by body, IV. next period's
 * tasks, V. proposals by body; signer and recipients as the body last chose them. The coordinator edits
 * it before download.
 */
export async function draftConsolidatedReport(
  ctx: Context,
  periodId: string,
): Promise<ConsolidatedReport & { budget: BudgetRows }> {
  const { period, plan } = await loadPeriodToConsolidate(ctx, periodId);
  const today = vietnamToday();
  const [author, issuerBody, completeness, reports, indicators, periods, progress, signing] =
    await Promise.all([
      ctx.db
        .selectFrom('bodies')
        .select(['id', 'name', 'short_names', 'kind'])
        .where('id', '=', ctx.actor.bodyId)
        .executeTakeFirstOrThrow(),
      unsafeFindBody(ctx.db, plan.body_id),
      completenessOf(ctx, period, plan),
      ctx.db
        .selectFrom('reports as r')
        .innerJoin('bodies as b', 'b.id', 'r.body_id')
        .select(['b.name', 'r.status', 'r.results', 'r.difficulties', 'r.proposals'])
        .where('r.period_id', '=', period.id)
        .where('r.status', 'in', ['submitted', 'accepted'])
        .orderBy('b.name')
        .execute(),
      loadPlanIndicators(ctx.db, plan.id),
      loadPlanPeriods(ctx.db, plan.id),
      taskProgress(ctx, plan.id, { from: period.data_from, to: period.data_to }, today),
      loadReportSigning(ctx, ctx.actor.bodyId),
    ]);
  const accepted = reports.filter((r) => r.status === 'accepted');
  const waiting = reports.length - accepted.length;
  const nextPeriod = periods.find((p) => p.due_on > period.due_on) ?? null;
  const nextTasks = await nextPeriodTasks(ctx, plan.id, period.data_to, nextPeriod?.data_to ?? null);
  const year = Number(period.due_on.slice(0, 4));
  const budget = await budgetSection(ctx, plan, year);
  const s = completeness.summary;
  const periodName = period.label.toLocaleLowerCase('vi');

  // Each indicator with where it stands, in the plan's order (the assessment names them by standing).
  const measured = await Promise.all(
    indicators.map(async (i) => {
      // Official figures: accepted reports only.
      const at = await indicatorValueAt(ctx, i, period, plan.body_path, 'accepted');
      const target = targetForYear(i.targets, year);
      const { standing } = standingAgainstTargets(at.value, i.targets, year, plan.start_year);
      const row = {
        name: i.name,
        unit: i.unit,
        target: target ? formatIndicatorTarget(target, i.unit) : '—',
        value: at.value === null ? 'Chưa có số liệu' : formatIndicatorValue(at.value, i.unit),
        // A ratio's figures are its evidence; a count is its own figure.
        ...(at.denominator !== null && at.denominator > 0
          ? { numerator: at.numerator, denominator: at.denominator }
          : {}),
        status: standing === null ? (at.value === null ? '' : '—') : TARGET_STANDING_LABELS[standing],
      };
      return { row, standing };
    }),
  );
  const indicatorRows = measured.map((m) => m.row);
  const named = (...kinds: TargetStanding[]) =>
    measured.filter((m) => m.standing !== null && kinds.includes(m.standing)).map((m) => m.row.name);

  const provinceName = issuerBody?.name ?? plan.body_name;
  const planRef = ['Kế hoạch', plan.number ? `số ${plan.number}` : null, citedDate(plan.issued_on)]
    .filter(Boolean)
    .join(' ');
  const subject = sentenceCase(plan.title.replace(/^Kế hoạch\s+/iu, ''));
  const st = progress.states;
  const done = st.done_on_time + st.done_late;

  return {
    issuer: { parent: governingBodyLine(provinceName), name: upper(author.name) },
    symbol: `BC-${symbolOf(author.name, author.short_names) || 'UBND'}`,
    number: null,
    place: placeOf(provinceName),
    date: today,
    title: `Kết quả thực hiện ${planRef} của ${issuerReference(plan.body_kind, plan.body_name)} ${periodName}`,
    opening: `Thực hiện ${planRef} của ${peoplesCommittee(provinceName)} về ${subject}, ${author.name} báo cáo kết quả thực hiện ${periodName} như sau:`,
    sections: [
      {
        heading: 'Kết quả thực hiện',
        paragraphs: [],
        parts: [
          {
            heading: 'Tình hình triển khai, báo cáo',
            paragraphs: [
              `Kỳ báo cáo ${periodName} (số liệu từ ${formatIsoDate(period.data_from)} đến ${formatIsoDate(period.data_to)}, hạn gửi ${formatIsoDate(period.due_on)}): ${s.expected} cơ quan, đơn vị phải báo cáo; ${s.onTime} đơn vị gửi đúng hạn, ${s.late} đơn vị gửi muộn, ${s.missing + s.notDue} đơn vị chưa gửi; ${accepted.length} báo cáo đã được chấp nhận${waiting ? `, ${waiting} báo cáo đang chờ xem xét` : ''}.`,
            ],
          },
          {
            heading: 'Tiến độ thực hiện nhiệm vụ',
            paragraphs: [
              progress.tasks === 0
                ? 'Trong kỳ không có nhiệm vụ đến hạn.'
                : `Trong kỳ có ${progress.tasks} nhiệm vụ đến hạn, giao cho các cơ quan, đơn vị thực hiện ${progress.parts} phần việc: ${st.done_on_time} phần việc hoàn thành đúng hạn, ${st.done_late} hoàn thành quá hạn, ${st.in_progress} đang thực hiện trong hạn, ${st.overdue} quá hạn chưa hoàn thành. Kết quả từng nhiệm vụ như sau:`,
            ],
            table: 'tasks',
          },
          {
            heading: 'Kết quả của các cơ quan, đơn vị',
            paragraphs: listOrNone(accepted.flatMap((r) => underName(r.name, r.results))),
          },
          {
            heading: 'Kết quả thực hiện các chỉ tiêu',
            paragraphs: [
              `Số liệu tổng hợp chỉ tính các báo cáo đã được chấp nhận (${accepted.length} báo cáo)${waiting ? `; ${waiting} báo cáo đã gửi nhưng chưa được chấp nhận không được tính` : ''}. Chỉ tiêu có mục tiêu của năm sau được đánh giá theo lộ trình hằng năm.`,
            ],
            table: 'indicators',
          },
        ],
      },
      budget.section,
      {
        heading: 'Đánh giá chung',
        paragraphs: [],
        parts: [
          {
            heading: 'Ưu điểm',
            paragraphs: [
              ...(progress.parts
                ? [
                    `${done}/${progress.parts} phần việc đến hạn trong kỳ đã hoàn thành, trong đó ${st.done_on_time} đúng hạn.`,
                  ]
                : []),
              `${s.onTime}/${s.expected} cơ quan, đơn vị gửi báo cáo đúng hạn.`,
              ...(named('met', 'on_track').length
                ? [`Các chỉ tiêu đạt hoặc đúng lộ trình: ${joinNames(named('met', 'on_track'))}.`]
                : []),
            ],
          },
          {
            heading: 'Hạn chế, nguyên nhân',
            paragraphs: [
              ...(st.overdue ? [`Còn ${st.overdue} phần việc quá hạn chưa hoàn thành.`] : []),
              ...(s.missing + s.late
                ? [`${s.missing + s.notDue} đơn vị chưa gửi báo cáo, ${s.late} đơn vị gửi muộn.`]
                : []),
              ...(named('not_met', 'behind').length
                ? [
                    `Các chỉ tiêu chưa đạt hoặc chậm so với lộ trình: ${joinNames(named('not_met', 'behind'))}.`,
                  ]
                : []),
            ],
          },
          {
            heading: 'Khó khăn, vướng mắc',
            paragraphs: listOrNone(accepted.flatMap((r) => underName(r.name, r.difficulties))),
          },
        ],
      },
      {
        heading: 'Phương hướng, nhiệm vụ kỳ tới',
        paragraphs: listOrNone([...progress.carriedOver.slice(0, 30), ...nextTasks]),
        parts: [],
      },
      {
        heading: 'Đề xuất, kiến nghị',
        paragraphs: listOrNone(accepted.flatMap((r) => underName(r.name, r.proposals))),
        parts: [],
      },
    ],
    tasks: progress.rows,
    indicators: indicatorRows,
    budget: budget.rows,
    recipients: signing?.recipients ?? [
      `${issuerReference(plan.body_kind, plan.body_name)} (b/c)`,
      author.kind === 'department' ? 'Lãnh đạo Sở' : 'Lãnh đạo đơn vị',
      'Lưu: VT',
    ],
    // The person drafting is not who signs: the body's last choice, else its head's title to complete.
    signer: signing?.signer ?? { title: defaultSignerTitle(author.kind), name: '' },
  };
}

import { unsafeFindBody } from '@lantoa/db';
import {
  countStates,
  formatIsoDate,
  occurrenceState,
  progressAgainstTarget,
  targetForYear,
  vietnamToday,
  withoutDiacritics,
} from '@lantoa/domain';
import { type ConsolidatedReport, formatIndicatorTarget, formatIndicatorValue } from '@lantoa/reports';
import type { Context } from '../../http/context.ts';
import { activeOccurrences } from '../../rows/assignments.ts';
import { initialsOf, peoplesCommittee, placeOf } from '../shared/official-names.ts';
import { completenessOf } from './get-completeness.ts';
import { indicatorValueAt } from './indicator-values.ts';
import { loadPeriodToConsolidate } from './load-report.ts';
import { loadPlanIndicators } from './plan-reporting.ts';

const upper = (s: string) => s.toLocaleUpperCase('vi');
/**
 * "Sở Khoa học và Công nghệ" (short name "Sở KH&CN") → "SKHCN": the symbol after "BC-" in the
 * number line, from an upper-case short name where there is one, else from the name's initials.
 */
const symbolOf = (name: string, shortNames: string[]) => {
  for (const short of shortNames) {
    const m = /^(Sở|Phòng|Ban|Văn phòng)\s+([\p{Lu}&\-\s]+)$/u.exec(short);
    if (m?.[1] && m[2]) return withoutDiacritics(m[1][0] + m[2]).replace(/[^A-Z]/g, '');
  }
  return initialsOf(name);
};

/**
 * The consolidated report of a period as an editable draft, assembled from the accepted reports:
 * who reported, the progress of tasks, every indicator at the plan's issuer against its target,
 * the bodies' results, difficulties and proposals. The coordinator edits it before download.
 */
export async function draftConsolidatedReport(ctx: Context, periodId: string): Promise<ConsolidatedReport> {
  const { period, plan } = await loadPeriodToConsolidate(ctx, periodId);
  const [author, issuerBody, completeness, accepted, indicators, occurrences] = await Promise.all([
    ctx.db
      .selectFrom('users as u')
      .innerJoin('bodies as b', 'b.id', 'u.body_id')
      .select(['u.full_name', 'b.name', 'b.short_names', 'b.kind'])
      .where('u.id', '=', ctx.actor.userId)
      .executeTakeFirstOrThrow(),
    unsafeFindBody(ctx.db, plan.body_id),
    completenessOf(ctx, period, plan),
    ctx.db
      .selectFrom('reports as r')
      .innerJoin('bodies as b', 'b.id', 'r.body_id')
      .select(['b.name', 'r.results', 'r.difficulties', 'r.proposals'])
      .where('r.period_id', '=', period.id)
      .where('r.status', '=', 'accepted')
      .orderBy('b.name')
      .execute(),
    loadPlanIndicators(ctx.db, plan.id),
    activeOccurrences(ctx.db)
      .select(['o.due_on', 'o.completed_on'])
      .where('t.plan_id', '=', plan.id)
      .where('o.due_on', '>=', period.data_from)
      .where('o.due_on', '<=', period.data_to)
      .execute(),
  ]);
  const today = vietnamToday();
  const year = Number(period.due_on.slice(0, 4));
  const states = countStates(
    occurrences.map((o) => occurrenceState({ dueOn: o.due_on, completedOn: o.completed_on }, today)),
  );
  const s = completeness.summary;
  const lines = (pick: (r: (typeof accepted)[number]) => string) =>
    accepted.filter((r) => pick(r).trim()).map((r) => `${r.name}: ${pick(r).trim()}`);

  const indicatorRows = await Promise.all(
    indicators.map(async (i) => {
      const at = await indicatorValueAt(ctx, i, period, plan.body_path);
      const target = targetForYear(i.targets, year);
      const met = target ? progressAgainstTarget(at.value, target).met : null;
      return {
        name: i.name,
        unit: i.unit,
        target: target ? formatIndicatorTarget(target, i.unit) : '—',
        value: at.value === null ? 'Chưa có số liệu' : formatIndicatorValue(at.value, i.unit),
        // A ratio's figures are its evidence; a count is its own figure.
        ...(at.denominator !== null && at.denominator > 0
          ? { numerator: at.numerator, denominator: at.denominator }
          : {}),
        status: met === null ? (at.value === null ? 'Chưa có số liệu' : '—') : met ? 'Đạt' : 'Chưa đạt',
      };
    }),
  );

  const provinceName = issuerBody?.name ?? plan.body_name;
  return {
    issuer: {
      parent: upper(peoplesCommittee(provinceName)),
      name: upper(author.name),
    },
    symbol: `BC-${symbolOf(author.name, author.short_names) || 'UBND'}`,
    number: null,
    place: placeOf(provinceName),
    date: today,
    title: `Kết quả thực hiện Kế hoạch${plan.number ? ` số ${plan.number}` : ''} ${plan.title.replace(/^Kế hoạch\s+/iu, '')}, ${period.label.toLocaleLowerCase('vi')}`,
    sections: [
      {
        heading: 'Tình hình báo cáo của các cơ quan, đơn vị',
        paragraphs: [
          `Kỳ báo cáo ${period.label.toLocaleLowerCase('vi')} (số liệu từ ${formatIsoDate(period.data_from)} đến ${formatIsoDate(period.data_to)}, hạn gửi ${formatIsoDate(period.due_on)}): ${s.expected} cơ quan, đơn vị phải báo cáo; ${s.onTime} đơn vị gửi đúng hạn, ${s.late} đơn vị gửi muộn, ${s.missing + s.notDue} đơn vị chưa gửi; ${accepted.length} báo cáo đã được chấp nhận.`,
        ],
      },
      {
        heading: 'Kết quả thực hiện nhiệm vụ',
        paragraphs: [
          `Trong kỳ có ${occurrences.length} lượt nhiệm vụ đến hạn: ${states.done_on_time} hoàn thành đúng hạn, ${states.done_late} hoàn thành quá hạn, ${states.in_progress} đang thực hiện trong hạn, ${states.overdue} quá hạn chưa hoàn thành.`,
          ...lines((r) => r.results),
        ],
      },
    ],
    indicators: indicatorRows,
    difficulties: lines((r) => r.difficulties),
    proposals: lines((r) => r.proposals),
    recipients: [peoplesCommittee(provinceName), 'Lãnh đạo đơn vị', 'Lưu: VT'],
    signer: { title: author.kind === 'department' ? 'GIÁM ĐỐC' : 'CHỦ TỊCH', name: author.full_name },
  };
}

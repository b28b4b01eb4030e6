import { unsafeFindBody } from '@lantoa/db';
import { sumBudget, type TargetStanding, vietnamToday } from '@lantoa/domain';
import {
  dueSoFar,
  formatShare,
  formatWhole,
  type ReviewReport,
  type ReviewTaskYear,
  taskTotals,
} from '@lantoa/reports';
import type { Context } from '../../http/context.ts';
import { nextPeriodTasks, taskProgress } from '../reports/consolidated-task-progress.ts';
import { loadPlanIndicators, loadPlanPeriods } from '../reports/plan-reporting.ts';
import { loadReportSigning } from '../reports/report-signing.ts';
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
import { loadPlanToReview } from './load-plan-to-review.ts';
import { budgetOfYears, moneyLine } from './review-budget.ts';
import { honoursOfYears } from './review-honours.ts';
import { indicatorFigures, periodsOfYears } from './review-indicators.ts';
import { narrativesOfYears } from './review-narratives.ts';
import { type ReviewKind, reviewSpan } from './review-span.ts';
import { capital, changeWords, type Measured, resultOf, trendOf } from './review-trend.ts';
import { bestOnTime, ongoingTasks, workByYear } from './review-work.ts';

const upper = (s: string) => s.toLocaleUpperCase('vi');
const listOrNone = (items: string[], none = 'Không có.') => (items.length ? items : [none]);
const joinNames = (names: string[]) => names.map((n) => `"${n}"`).join(', ');
/** "3 chỉ tiêu đạt, 1 chưa đạt": the non-zero counts, joined. */
const counted = (parts: [number, string][]) =>
  parts
    .filter(([n]) => n > 0)
    .map(([n, what]) => `${formatWhole(n)} ${what}`)
    .join(', ');

/**
 * The yearly review (sơ kết năm N: the year against its targets and the years before it) or the final
 * review (tổng kết: every year of the plan to its end) as an editable draft, made from the plan's data
 * like the consolidated report: I. results (the indicators against each year's target and the end
 * target, their trend, work by year, money by source, those honoured or else the bodies most often on
 * time), II. assessment with the difficulties the bodies reported and what is still overdue, III. the
 * next year's tasks, IV. proposals. Figures are official: accepted reports, computed indicators as of
 * their periods' close. Signer and recipients as the body last chose them.
 */
export async function draftReviewReport(
  ctx: Context,
  planId: string,
  q: { kind: ReviewKind; year?: number | undefined },
): Promise<ReviewReport> {
  const plan = await loadPlanToReview(ctx, planId);
  const today = vietnamToday();
  const { kind, years, year, endYear } = reviewSpan(plan, q, today);
  const yearEnd = `${year}-12-31`;
  // Work is judged as it stood at the year's end, or today while the year runs.
  const asOf = today < yearEnd ? today : yearEnd;
  const covered = kind === 'yearly' ? [year] : years;
  const nextYear = year + 1;
  const hasNextYear = nextYear <= endYear;

  const [
    author,
    issuerBody,
    [indicators, figures],
    signing,
    work,
    carried,
    narratives,
    honours,
    best,
    budget,
    next,
  ] = await Promise.all([
    ctx.db
      .selectFrom('bodies')
      .select(['id', 'name', 'short_names', 'kind'])
      .where('id', '=', ctx.actor.bodyId)
      .executeTakeFirstOrThrow(),
    unsafeFindBody(ctx.db, plan.body_id),
    Promise.all([loadPlanIndicators(ctx.db, plan.id), loadPlanPeriods(ctx.db, plan.id)]).then(
      async ([list, periods]) =>
        [list, await indicatorFigures(ctx, plan, list, periodsOfYears(periods, years))] as const,
    ),
    loadReportSigning(ctx, ctx.actor.bodyId),
    workByYear(ctx, plan.id, years, today),
    // Everything due by the year's end and still not done carries over, whatever year it was due.
    taskProgress(ctx, plan.id, { from: `${plan.start_year}-01-01`, to: yearEnd }, asOf),
    narrativesOfYears(ctx, plan.id, covered),
    honoursOfYears(ctx, plan.body_path, covered),
    // Named only when nobody was honoured: then the review says who did best on time instead.
    bestOnTime(ctx, plan.id, covered, asOf),
    budgetOfYears(ctx, plan, covered),
    hasNextYear
      ? Promise.all([
          nextPeriodTasks(ctx, plan.id, yearEnd, `${nextYear}-12-31`),
          ongoingTasks(ctx, plan.id, nextYear),
        ]).then(([due, ongoing]) => [...due, ...ongoing])
      : Promise.resolve([]),
  ]);

  const measured: Measured[] = indicators.map((i) => ({
    name: i.name,
    unit: i.unit,
    measure: i.measure,
    targets: i.targets,
    figures: figures.get(i.id) ?? new Map(),
  }));
  const results = measured.map((m) => resultOf(m, year, plan.start_year));
  const trends = measured.map((m) => trendOf(m, years, kind, plan.start_year));
  const named = (...kinds: TargetStanding[]) =>
    results.filter((r) => r.standing !== null && kinds.includes(r.standing)).map((r) => r.row.name);
  const standingCount = (s: TargetStanding) => results.filter((r) => r.standing === s).length;
  const missing = results.filter((r) => !r.hasValue).map((r) => r.row.name);

  // Work of the review's year (yearly) or of every year (final).
  const workRows: ReviewTaskYear[] = work.rows;
  const inScope = kind === 'yearly' ? workRows.filter((w) => w.year === year) : workRows;
  const st = taskTotals(inScope);
  const parts = st.doneOnTime + st.doneLate + st.inProgress + st.overdue;
  const due = dueSoFar({ year, ...st });
  const taskCount = kind === 'yearly' ? (work.tasks.get(year) ?? 0) : work.allTasks;
  const previous = workRows.find((w) => w.year === year - 1);

  const provinceName = issuerBody?.name ?? plan.body_name;
  const planRef = ['Kế hoạch', plan.number ? `số ${plan.number}` : null, citedDate(plan.issued_on)]
    .filter(Boolean)
    .join(' ');
  const subject = sentenceCase(plan.title.replace(/^Kế hoạch\s+/iu, ''));
  const issuerRef = issuerReference(plan.body_kind, plan.body_name);
  const committee =
    plan.body_kind === 'province' || plan.body_kind === 'commune'
      ? peoplesCommittee(provinceName)
      : plan.body_name;
  const span = years.length > 1 ? `giai đoạn ${years[0]} – ${year}` : `năm ${year}`;
  const inPeriod = kind === 'yearly' ? `năm ${year}` : span;
  const inPeriodCap = capital(inPeriod);

  const title =
    kind === 'yearly'
      ? `Sơ kết năm ${year} thực hiện ${planRef} của ${issuerRef}`
      : `Tổng kết thực hiện ${planRef} của ${issuerRef} ${span}`;
  const opening =
    kind === 'yearly'
      ? `Thực hiện ${planRef} của ${committee} về ${subject}, ${author.name} báo cáo sơ kết năm ${year} như sau:`
      : `Thực hiện ${planRef} của ${committee} về ${subject}, ${author.name} báo cáo tổng kết kết quả thực hiện ${span} như sau:`;

  // I.1 The indicators against their targets.
  const resultsText = measured.length
    ? [
        `Kế hoạch có ${measured.length} chỉ tiêu. Kết quả năm ${year}: ${
          counted([
            [standingCount('met'), 'chỉ tiêu đạt'],
            [standingCount('on_track'), 'chỉ tiêu đúng lộ trình'],
            [standingCount('behind'), 'chỉ tiêu chậm so với lộ trình'],
            [standingCount('not_met'), 'chỉ tiêu chưa đạt'],
            [missing.length, 'chỉ tiêu chưa có số liệu'],
          ]) || 'chưa đánh giá được'
        }.`,
        narratives.reports
          ? `Số liệu chính thức: chỉ tính ${narratives.reports} báo cáo đã được chấp nhận của ${narratives.bodies} cơ quan, đơn vị ${inPeriod}; số liệu của mỗi năm cộng các kỳ báo cáo trong năm (chỉ tiêu tỷ lệ tính bằng tổng tử số trên tổng mẫu số); chỉ tiêu tính tự động lấy số liệu tại thời điểm khóa sổ kỳ báo cáo. Chỉ tiêu có mục tiêu của năm sau được đánh giá theo lộ trình hằng năm.`
          : `${inPeriodCap} chưa có báo cáo nào của các cơ quan, đơn vị được chấp nhận: các chỉ tiêu báo cáo chưa có số liệu chính thức; chỉ tiêu tính tự động lấy số liệu tại thời điểm khóa sổ kỳ báo cáo.`,
      ]
    : ['Kế hoạch chưa có chỉ tiêu để theo dõi.'];

  // I.2 The trend.
  const trendText = measured.length
    ? [
        kind === 'yearly'
          ? years.length > 1
            ? `So sánh với các năm trước (${years.slice(0, -1).join(', ')}):`
            : `Năm ${year} là năm đầu thực hiện Kế hoạch, chưa có năm trước để so sánh:`
          : `Kết quả các chỉ tiêu qua các năm ${years[0]} – ${year}:`,
        ...trends.map((t) => t.sentence),
      ]
    : ['Không có chỉ tiêu để so sánh qua các năm.'];

  // I.3 Work by year.
  const rate = formatShare(st.doneOnTime, due);
  const tasksText = parts
    ? [
        `${inPeriodCap} có ${taskCount} nhiệm vụ đến hạn với ${formatWhole(parts)} phần việc của các cơ quan, đơn vị: ${counted(
          [
            [st.doneOnTime, 'hoàn thành đúng hạn'],
            [st.doneLate, 'hoàn thành quá hạn'],
            [st.overdue, 'quá hạn chưa hoàn thành'],
            [st.inProgress, 'chưa đến hạn'],
          ],
        )}${due ? `; tỷ lệ hoàn thành đúng hạn ${rate}` : ''}.`,
        ...(kind === 'yearly' && previous && dueSoFar(previous) && due
          ? [
              `So với năm ${year - 1} (${formatShare(previous.doneOnTime, dueSoFar(previous))}), tỷ lệ hoàn thành đúng hạn ${
                changeWords(
                  (st.doneOnTime / due) * 100,
                  (previous.doneOnTime / dueSoFar(previous)) * 100,
                  '%',
                  'ratio',
                ).long
              }.`,
            ]
          : []),
        'Tình hình thực hiện nhiệm vụ qua các năm như sau:',
      ]
    : [`${inPeriodCap} không có nhiệm vụ nào của Kế hoạch đến hạn.`];

  // I.4 Money.
  const money = budget.rows.length
    ? [
        `Kinh phí thực hiện Kế hoạch ${inPeriod} theo dự toán các cơ quan, đơn vị đã gửi: ${moneyLine(sumBudget(budget.rows))}.`,
        ...(kind === 'final' && budget.byYear.size > 1
          ? [...budget.byYear].sort(([a], [b]) => a - b).map(([y, m]) => `- Năm ${y}: ${moneyLine(m)}.`)
          : []),
        'Kinh phí theo nguồn như sau:',
      ]
    : [`${inPeriodCap} chưa có dự toán kinh phí nào của Kế hoạch được gửi.`];

  // I.5 Those honoured, else the bodies most often on time (saying which it is).
  const honoured = honours.rows.length
    ? [
        `${inPeriodCap} có ${counted([
          [honours.bodies, 'tập thể'],
          [honours.people, 'cá nhân'],
        ]).replace(', ', ' và ')} được khen thưởng:`,
      ]
    : best.length
      ? [
          `${inPeriodCap} chưa có tập thể, cá nhân được khen thưởng. Các cơ quan, đơn vị có tỷ lệ hoàn thành nhiệm vụ đúng hạn cao nhất (theo dữ liệu theo dõi nhiệm vụ):`,
          ...best.map(
            (b) =>
              `- ${b.name}: ${formatShare(b.onTime, b.due)} (${b.onTime}/${b.due} phần việc hoàn thành đúng hạn).`,
          ),
        ]
      : [
          `${inPeriodCap} chưa có tập thể, cá nhân được khen thưởng và chưa có dữ liệu về tiến độ để đánh giá.`,
        ];

  // II. Assessment.
  const strengths = [
    ...(st.doneOnTime
      ? [`${formatWhole(st.doneOnTime)}/${formatWhole(due)} phần việc đến hạn hoàn thành đúng hạn (${rate}).`]
      : []),
    ...(named('met', 'on_track').length
      ? [`Các chỉ tiêu đạt hoặc đúng lộ trình: ${joinNames(named('met', 'on_track'))}.`]
      : []),
    ...(narratives.bodies
      ? [`${narratives.bodies} cơ quan, đơn vị có báo cáo được chấp nhận ${inPeriod}.`]
      : []),
  ];
  const overdueTasks = carried.carriedOver.length;
  const weaknesses = [
    ...(st.overdue ? [`Còn ${formatWhole(st.overdue)} phần việc quá hạn chưa hoàn thành.`] : []),
    ...(named('not_met', 'behind').length
      ? [`Các chỉ tiêu chưa đạt hoặc chậm so với lộ trình: ${joinNames(named('not_met', 'behind'))}.`]
      : []),
    ...(missing.length && measured.length
      ? [`Chưa có số liệu chính thức năm ${year} của ${missing.length}/${measured.length} chỉ tiêu.`]
      : []),
  ];
  const difficulties = [
    ...narratives.difficulties,
    ...(overdueTasks
      ? [
          `Đến hết năm ${year} còn ${overdueTasks} nhiệm vụ có phần việc quá hạn chưa hoàn thành, chuyển sang ${hasNextYear ? `năm ${nextYear}` : 'thời gian tới'} (nêu tại mục III).`,
        ]
      : []),
  ];

  const nextTasks = [...carried.carriedOver.slice(0, 30), ...next];
  return {
    kind,
    years,
    year,
    endYear,
    issuer: { parent: governingBodyLine(provinceName), name: upper(author.name) },
    symbol: `BC-${symbolOf(author.name, author.short_names) || 'UBND'}`,
    number: null,
    place: placeOf(provinceName),
    date: today,
    title,
    opening,
    sections: [
      {
        heading: kind === 'yearly' ? `Kết quả thực hiện năm ${year}` : `Kết quả thực hiện ${span}`,
        paragraphs: [],
        parts: [
          { heading: 'Kết quả thực hiện các chỉ tiêu', paragraphs: resultsText, table: 'results' },
          { heading: 'Xu hướng các chỉ tiêu qua các năm', paragraphs: trendText, table: 'trend' },
          { heading: 'Tiến độ thực hiện nhiệm vụ', paragraphs: tasksText, table: 'tasks' },
          { heading: 'Kinh phí thực hiện', paragraphs: money, table: 'budget' },
          { heading: 'Tập thể, cá nhân tiêu biểu', paragraphs: honoured, table: 'honours' },
        ],
      },
      {
        heading: 'Đánh giá chung',
        paragraphs: [],
        parts: [
          { heading: 'Ưu điểm', paragraphs: listOrNone(strengths, 'Chưa có số liệu để đánh giá.') },
          { heading: 'Hạn chế, nguyên nhân', paragraphs: listOrNone(weaknesses) },
          { heading: 'Khó khăn, vướng mắc', paragraphs: listOrNone(difficulties) },
        ],
      },
      {
        heading: hasNextYear
          ? `Phương hướng, nhiệm vụ năm ${nextYear}`
          : 'Phương hướng, nhiệm vụ thời gian tới',
        paragraphs: listOrNone(
          nextTasks,
          hasNextYear
            ? `Không có nhiệm vụ nào của Kế hoạch đến hạn trong năm ${nextYear}.`
            : `Kế hoạch kết thúc năm ${endYear}; không có nhiệm vụ nào còn phải thực hiện.`,
        ),
        parts: [],
      },
      { heading: 'Đề xuất, kiến nghị', paragraphs: listOrNone(narratives.proposals), parts: [] },
    ],
    results: results.map((r) => r.row),
    trend: trends.map((t) => t.row),
    // A table of zeros says nothing the sentence above does not.
    tasks: workRows.some((w) => dueSoFar(w) + w.inProgress > 0) ? workRows : [],
    budget: budget.rows,
    honours: honours.rows,
    recipients: signing?.recipients ?? [
      `${issuerRef} (b/c)`,
      author.kind === 'department' ? 'Lãnh đạo Sở' : 'Lãnh đạo đơn vị',
      'Lưu: VT',
    ],
    // The person drafting is not who signs: the body's last choice, else its head's title to complete.
    signer: signing?.signer ?? { title: defaultSignerTitle(author.kind), name: '' },
  };
}

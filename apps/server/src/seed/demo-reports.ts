import { type Database, findBodyByCode } from '@lantoa/db';
import {
  addDays,
  type IndicatorMeasure,
  periodInFocus,
  reportsIndicator,
  vietnamToday,
} from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Context } from '../http/context.ts';
import { changeReportStatus } from '../use-cases/reports/change-report-status.ts';
import { listPeriods } from '../use-cases/reports/list-periods.ts';
import { reportingBodies } from '../use-cases/reports/load-report.ts';
import { saveReport } from '../use-cases/reports/save-report.ts';
import { recordProgress } from '../use-cases/tasks/record-progress.ts';
import { demoContext, firstDemoPlanOf } from './demo-plans.ts';

type DemoState = 'accepted' | 'submitted' | 'returned' | 'draft';

/**
 * The communes' reports of the period in focus, one story each: accepted (locked), waiting for
 * review, returned with the reviewer's reason, being drafted. A report returned or drafted carries
 * texts only, no figures yet: that is why it was returned, and it keeps the Excel template's rows of
 * open reports blank. Hòa An's report is left to its focal point (not started).
 */
const STORIES: { state: DemoState; results: string; difficulties: string; proposals: string }[] = [
  {
    state: 'accepted',
    results:
      'Tổ chức 4 hội nghị quán triệt Nghị quyết 57-NQ/TW cho cán bộ, đảng viên; 100% thôn phát bản tin trên hệ thống truyền thanh; mở 6 lớp Bình dân học vụ số cho 320 lượt người dân.',
    difficulties: 'Một số thôn vùng cao sóng di động yếu, người cao tuổi chưa có điện thoại thông minh.',
    proposals: 'Đề nghị tỉnh hỗ trợ thiết bị cho Tổ công nghệ số cộng đồng các thôn vùng cao.',
  },
  {
    state: 'accepted',
    results:
      'Đăng 18 tin, bài trên trang thông tin điện tử của xã; hướng dẫn 540 người dân cài đặt, kích hoạt VNeID mức 2; tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt 76%.',
    difficulties: 'Cán bộ phụ trách chuyển đổi số kiêm nhiệm nhiều việc.',
    proposals: 'Đề nghị mở lớp bồi dưỡng kỹ năng số cho cán bộ cấp xã trong quý tới.',
  },
  {
    state: 'accepted',
    results:
      'Tổ chức cuộc thi tìm hiểu Nghị quyết 57-NQ/TW trong đoàn viên thanh niên với 210 người tham gia; 3 Tổ công nghệ số cộng đồng hoạt động thường xuyên.',
    difficulties: 'Kinh phí cho hoạt động tuyên truyền còn hạn chế.',
    proposals: 'Đề nghị bổ sung kinh phí in tờ gấp, áp phích cho các thôn.',
  },
  {
    state: 'submitted',
    results:
      'Tuyên truyền Nghị quyết 57-NQ/TW lồng ghép trong 12 buổi sinh hoạt chi bộ; phát 48 lượt bản tin trên loa truyền thanh; hướng dẫn 260 hộ thanh toán không dùng tiền mặt.',
    difficulties: 'Nhiều thanh niên đi làm ăn xa, khó tập trung tuyên truyền.',
    proposals: 'Đề nghị cung cấp thêm video, áp phích để đăng trên các nhóm Zalo của thôn.',
  },
  {
    state: 'submitted',
    results:
      'Mở 4 lớp Bình dân học vụ số tại nhà văn hóa thôn; hỗ trợ 35 hộ kinh doanh đưa sản phẩm lên sàn thương mại điện tử.',
    difficulties: 'Hệ thống truyền thanh ở 2 thôn hỏng, chưa có kinh phí sửa chữa.',
    proposals: 'Đề nghị tỉnh hỗ trợ sửa chữa cụm loa truyền thanh thôn Nà Mò và thôn Khuổi Xỏm.',
  },
  {
    state: 'returned',
    results: 'Đã triển khai kế hoạch tuyên truyền Nghị quyết 57-NQ/TW đến các thôn.',
    difficulties: '',
    proposals: '',
  },
  {
    state: 'draft',
    results: 'Đang tổng hợp kết quả tuyên truyền của các thôn.',
    difficulties: '',
    proposals: '',
  },
  {
    state: 'draft',
    results: 'Đã tổ chức hội nghị quán triệt cho cán bộ chủ chốt của xã; các thôn đang báo cáo số liệu.',
    difficulties: '',
    proposals: '',
  },
];

const RETURN_REASON =
  'Báo cáo chưa có số liệu các chỉ tiêu và nêu kết quả còn chung chung. Đề nghị bổ sung tử số, mẫu số từng chỉ tiêu, nêu rõ số hội nghị, số lượt người được tuyên truyền rồi gửi lại.';

/**
 * Plausible figures for a commune: a share between 62% and 91% of a denominator of its size, or for
 * a count ("tối thiểu 2 dự án") a handful, 1 to 5.
 */
function figures(commune: number, indicator: number, measure: IndicatorMeasure) {
  if (measure === 'count') return { numerator: 1 + ((commune * 3 + indicator) % 5) };
  const denominator = [120, 85, 240, 64, 150, 96, 310, 72][(commune + indicator) % 8] as number;
  const share = 0.62 + ((commune * 7 + indicator * 11) % 30) / 100;
  return { numerator: Math.round(denominator * share), denominator };
}

/**
 * Reports in every state for the Tuyên Quang plan's period in focus on the day the demo is loaded
 * (the domain's periodInFocus, as the screens open on it), across eight of its communes, and those
 * communes' past tasks marked done, so the completeness table, the roll-ups, the dashboard and the
 * coordinator's notifications have something to show. The reports are entered on the communes'
 * behalf by the province's administrator (the demo has accounts for Hòa An only) and reviewed by
 * the coordinator, through the use cases the app calls.
 */
export async function seedDemoReports(db: Kysely<Database>) {
  const province = await findBodyByCode(db, '08');
  if (!province) return;
  const plan = await firstDemoPlanOf(db, province.id);
  if (!plan) return;
  const [clerk, coordinator] = [await demoContext(db, 'tq.quantri'), await demoContext(db, 'tq.dieuphoi')];
  const period = periodInFocus((await listPeriods(coordinator, plan.id)).items, vietnamToday());
  if (!period) return;
  const indicators = await db
    .selectFrom('indicators')
    .select(['id', 'measure', 'reported_by'])
    .where('plan_id', '=', plan.id)
    .where('source', '=', 'reported')
    .orderBy('position')
    .execute();
  // A commune reports the indicators asked of communes (not a press agency's or a department's).
  const communeIndicators = indicators.filter((i) => reportsIndicator(i.reported_by, 'commune'));
  // Communes further down the list, not its first ones (those a reader meets first stay untouched)
  // nor Hòa An (its focal point's own story).
  const communes = (await reportingBodies(coordinator, plan.id))
    .filter((b) => b.kind === 'commune' && b.code !== '02353')
    .slice(8, 8 + STORIES.length);
  for (const [c, commune] of communes.entries()) {
    const story = STORIES[c];
    if (!story) break;
    const withFigures = story.state === 'accepted' || story.state === 'submitted';
    const saved = await saveReport(clerk, period.id, commune.id, {
      results: story.results,
      difficulties: story.difficulties,
      proposals: story.proposals,
      values: withFigures
        ? communeIndicators.map((i, k) => ({ indicatorId: i.id, ...figures(c, k, i.measure) }))
        : [],
      version: 0,
    });
    if (story.state === 'draft') continue;
    const submitted = await changeReportStatus(clerk, period.id, commune.id, {
      transition: 'submit',
      version: saved.version,
    });
    if (story.state === 'accepted') {
      await changeReportStatus(coordinator, period.id, commune.id, {
        transition: 'accept',
        version: submitted.version,
      });
    } else if (story.state === 'returned') {
      await changeReportStatus(coordinator, period.id, commune.id, {
        transition: 'return',
        comment: RETURN_REASON,
        version: submitted.version,
      });
    }
  }
  await seedCommuneProgress(
    clerk,
    communes.map((c) => c.id),
  );
}

/** The communes' past occurrences: most done a few days early, one in four still open. */
async function seedCommuneProgress(ctx: Context, bodyIds: string[]) {
  if (bodyIds.length === 0) return;
  const today = vietnamToday();
  const past = await ctx.db
    .selectFrom('occurrences as o')
    .innerJoin('assignments as a', 'a.id', 'o.assignment_id')
    .select(['o.id', 'o.due_on', 'o.version'])
    .where('o.due_on', '<', today)
    .where('o.completed_on', 'is', null)
    .where('a.body_id', 'in', bodyIds)
    .orderBy('o.due_on')
    .orderBy('o.id')
    .execute();
  for (const [i, o] of past.entries()) {
    if (i % 4 === 3) continue;
    const completedOn = [addDays(o.due_on, -(i % 6)), today].sort()[0] as string;
    await recordProgress(ctx, o.id, { note: 'Đã thực hiện theo kế hoạch.', completedOn, version: o.version });
  }
}

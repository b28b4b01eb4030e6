import {
  formatIsoDate,
  OCCURRENCE_STATE_LABELS,
  OCCURRENCE_STATES,
  redactPersonalData,
  TARGET_STANDING_LABELS,
} from '@lantoa/domain';
import type { PublicHome } from '../use-cases/public-site/get-public-home.ts';
import type { PublicContest } from '../use-cases/public-site/list-public-contests.ts';
import type { PublicNewsItem } from '../use-cases/public-site/list-public-news.ts';
import type { PublicSite } from '../use-cases/public-site/load-public-site.ts';
import type { PublicPlanProgress } from '../use-cases/public-site/read-public-progress.ts';
import { communeMapHtml, projectedCommuneMap } from './commune-map-svg.ts';
import { escapeHtml, type Page, vietnamDateTime } from './html.ts';
import { formatFigure, formatNumber, formatTarget } from './public-format.ts';
import { publicPage, publicPath } from './public-layout.ts';
import { libraryList } from './public-library-pages.ts';

const RESOLUTION =
  'Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia';

/** What the site says of itself: its intro, or a sentence naming the resolution. */
export function siteDescription(site: PublicSite): string {
  const intro = redactPersonalData(site.intro).replace(/\s+/g, ' ').trim();
  if (!intro)
    return `Thông tin công khai của ${site.name} về triển khai ${RESOLUTION}: tiến độ, tin tức, nhiệm vụ khoa học và công nghệ, phản ánh của người dân.`;
  return intro.length > 200 ? `${intro.slice(0, 197).trimEnd()}…` : intro;
}

/** "Kế hoạch số 178/KH-UBND ngày 07/05/2026", else the plan's title alone. */
function planHeading(plan: PublicPlanProgress): string {
  const number = plan.number ? `Kế hoạch số ${plan.number}` : 'Kế hoạch';
  const date =
    plan.issuedOn && /^\d{4}-\d{2}-\d{2}$/.test(plan.issuedOn) ? ` ngày ${formatIsoDate(plan.issuedOn)}` : '';
  return `${number}${date}`;
}

function planBlock(plan: PublicPlanProgress): string {
  const year = plan.period ? Number(plan.period.dataTo.slice(0, 4)) : null;
  const states = OCCURRENCE_STATES.map(
    (state) =>
      `<li><strong>${formatNumber(plan.tasks.counts[state])}</strong> ${escapeHtml(OCCURRENCE_STATE_LABELS[state].vi.toLowerCase())}</li>`,
  ).join('');
  const tasks = `<ul class="stats"><li><strong>${formatNumber(plan.tasks.total)}</strong> nhiệm vụ</li>${states}</ul>
<p class="hint">Một nhiệm vụ thực hiện nhiều đợt được tính ở mỗi trạng thái mà các đợt của nó đang có.</p>`;
  // One indicator a line, not a table: a plan's indicator names run to 30 words, and four columns
  // on a phone's width left them a word a line.
  const items = plan.indicators
    .map((i) => {
      const behind =
        i.denominator === null || i.value === null
          ? ''
          : ` (${formatNumber(i.numerator)}/${formatNumber(i.denominator)})`;
      const standing = i.standing ? ` · ${TARGET_STANDING_LABELS[i.standing]}` : '';
      return `<li><p class="item">${escapeHtml(i.name)}</p><p class="hint">Kết quả: <strong>${escapeHtml(formatFigure(i.value, i.unit))}</strong>${behind} · Mục tiêu: ${escapeHtml(formatTarget(i.target, i.unit, year))}${escapeHtml(standing)}</p></li>`;
    })
    .join('');
  const indicators = plan.indicators.length
    ? `<h4>Chỉ tiêu${plan.period ? ` · kỳ ${escapeHtml(plan.period.label)}` : ''}</h4>
<p class="hint">Theo các báo cáo đã được duyệt.</p>
<ul class="items">${items}</ul>`
    : '<p>Kế hoạch chưa có chỉ tiêu theo dõi.</p>';
  return `<h3>${escapeHtml(planHeading(plan))}</h3>
<p class="desc">${escapeHtml(plan.title)} (${plan.startYear}–${plan.endYear})</p>
${tasks}
${indicators}`;
}

function newsItem(item: PublicNewsItem, heading: 'h2' | 'h3'): string {
  const title = item.url
    ? `<a href="${escapeHtml(item.url)}" rel="noopener nofollow" target="_blank">${escapeHtml(item.title)}</a>`
    : escapeHtml(item.title);
  return `<li><${heading} class="item">${title}</${heading}><p class="hint">${formatIsoDate(item.publishedOn)} · ${escapeHtml(item.channel)} · ${escapeHtml(item.bodyName)}</p></li>`;
}

/** The list of news items, a heading level below the block's. */
export function newsList(items: PublicNewsItem[], heading: 'h2' | 'h3'): string {
  return `<ul class="items">${items.map((item) => newsItem(item, heading)).join('')}</ul>`;
}

function contestItem(contest: PublicContest, now: Date): string {
  const when =
    contest.opensAt && contest.closesAt
      ? contest.closesAt.getTime() <= now.getTime()
        ? `Đã kết thúc ${vietnamDateTime(contest.closesAt.toISOString())}`
        : contest.opensAt.getTime() > now.getTime()
          ? `Mở từ ${vietnamDateTime(contest.opensAt.toISOString())}`
          : `Đang diễn ra, đến ${vietnamDateTime(contest.closesAt.toISOString())}`
      : 'Sắp công bố lịch thi';
  return `<li><h3 class="item"><a href="/thi/${escapeHtml(contest.id)}">${escapeHtml(contest.title)}</a></h3><p class="hint">${escapeHtml(contest.organiser)} · ${escapeHtml(when)}</p></li>`;
}

const SECTION_LINKS = [
  {
    section: 'science',
    title: 'Nhiệm vụ khoa học và công nghệ',
    text: 'Các nhiệm vụ sử dụng ngân sách nhà nước: chủ trì, kinh phí, tiến độ và kết quả.',
  },
  {
    section: 'problems',
    title: 'Đặt hàng khoa học và công nghệ',
    text: 'Bài toán cần lời giải: nhà khoa học, doanh nghiệp gửi đề xuất.',
  },
  {
    section: 'feedback',
    title: 'Phản ánh, kiến nghị',
    text: 'Gửi phản ánh về chính sách, theo dõi bằng mã tiếp nhận, xem câu trả lời.',
  },
  {
    section: 'misinformation',
    title: 'Báo tin sai sự thật',
    text: 'Báo bài viết, bài đăng sai sự thật về Nghị quyết để được xác minh.',
  },
] as const;

/** Shown only by a site that publishes its list of those honoured. */
const HONOURS_LINK = {
  section: 'honours',
  title: 'Khen thưởng',
  text: 'Tập thể, cá nhân được khen thưởng vì thành tích triển khai Nghị quyết, theo từng năm.',
} as const;

/**
 * A site's public home: who it is, its plans' progress (aggregates only), its communes' map, the
 * latest news and communication products, its contests and the way to each section. Async only for
 * the map's outline, read and simplified once per process.
 */
export async function publicHomePage(
  site: PublicSite,
  home: PublicHome,
  options: { publicUrl: string; now?: Date },
): Promise<Page> {
  const now = options.now ?? new Date();
  const intro = redactPersonalData(site.intro).trim();
  const blocks: string[] = [];
  blocks.push(`<section class="card"><h1>${escapeHtml(site.name)}</h1>
<p>Thông tin công khai về triển khai ${escapeHtml(RESOLUTION)}.</p>
${intro ? `<p class="desc">${escapeHtml(intro)}</p>` : ''}</section>`);

  blocks.push(`<section class="card" aria-labelledby="tien-do"><h2 id="tien-do">Tiến độ thực hiện kế hoạch</h2>
${home.plans.length ? home.plans.map(planBlock).join('\n') : '<p>Chưa có kế hoạch nào được ban hành trên nền tảng.</p>'}</section>`);

  const projected = home.communes?.length ? projectedCommuneMap(site.code) : null;
  if (projected && home.communes) {
    const caption = 'Tỷ lệ phần việc đến hạn đã hoàn thành của các kế hoạch tỉnh, theo xã, phường';
    blocks.push(`<section class="card" aria-labelledby="ban-do"><h2 id="ban-do">Tiến độ theo xã, phường</h2>
<p class="hint">${escapeHtml(caption)}, tính đến hôm nay.</p>
${communeMapHtml(await projected, home.communes, caption)}</section>`);
  }

  const newsPath = publicPath(site.code, 'news');
  blocks.push(`<section class="card" aria-labelledby="tin-tuc"><h2 id="tin-tuc">Tin tức</h2>
${home.news.items.length ? newsList(home.news.items, 'h3') : '<p>Chưa có tin, bài nào được công khai.</p>'}
<p><a href="${escapeHtml(newsPath)}">Xem tất cả tin tức${home.news.total ? ` (${formatNumber(home.news.total)})` : ''}</a></p></section>`);

  const libraryPath = publicPath(site.code, 'library');
  blocks.push(`<section class="card" aria-labelledby="thu-vien"><h2 id="thu-vien">Sản phẩm truyền thông</h2>
${
  home.library.items.length
    ? `${libraryList(site, home.library.items, 'h3')}
<p><a href="${escapeHtml(libraryPath)}">Xem tất cả (${formatNumber(home.library.total)})</a></p>`
    : '<p>Chưa có sản phẩm truyền thông nào được công khai.</p>'
}</section>`);

  if (home.contests.length) {
    blocks.push(`<section class="card" aria-labelledby="cuoc-thi"><h2 id="cuoc-thi">Cuộc thi tìm hiểu</h2>
<ul class="items">${home.contests.map((c) => contestItem(c, now)).join('')}</ul></section>`);
  }

  blocks.push(`<section class="card" aria-labelledby="tham-gia"><h2 id="tham-gia">Tra cứu và tham gia</h2>
<ul class="items">${[...SECTION_LINKS, ...(site.showHonours ? [HONOURS_LINK] : [])]
    .map(
      (s) =>
        `<li><h3 class="item"><a href="${escapeHtml(publicPath(site.code, s.section))}">${escapeHtml(s.title)}</a></h3><p class="hint">${escapeHtml(s.text)}</p></li>`,
    )
    .join('')}</ul></section>`);

  return publicPage(site, {
    section: 'home',
    title: site.name,
    description: siteDescription(site),
    path: publicPath(site.code, 'home'),
    main: blocks.join('\n'),
    publicUrl: options.publicUrl,
  });
}

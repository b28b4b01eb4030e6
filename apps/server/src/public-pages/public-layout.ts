import type { PublicSite } from '../use-cases/public-site/load-public-site.ts';
import { escapeHtml, type Page, pageShell } from './html.ts';

/** Where a body's public home and its sections live: `/cong-khai/<code>/<section>`. */
export const PUBLIC_ROOT = '/cong-khai';

/** The sections of a public home, in the order its menu lists them. */
export const PUBLIC_SECTIONS = [
  { section: 'home', segment: '', label: 'Trang chủ' },
  { section: 'news', segment: 'tin-tuc', label: 'Tin tức' },
  { section: 'library', segment: 'thu-vien', label: 'Sản phẩm truyền thông' },
  { section: 'science', segment: 'nhiem-vu-khcn', label: 'Nhiệm vụ KH&CN' },
  { section: 'problems', segment: 'dat-hang', label: 'Đặt hàng KH&CN' },
  { section: 'feedback', segment: 'phan-anh', label: 'Phản ánh, kiến nghị' },
  { section: 'misinformation', segment: 'tin-sai', label: 'Báo tin sai sự thật' },
  // Listed only by a site that publishes its list of those honoured (public_sites.show_honours).
  { section: 'honours', segment: 'khen-thuong', label: 'Khen thưởng' },
] as const;
export type PublicSection = (typeof PUBLIC_SECTIONS)[number]['section'];

/** The path of a section of a site, and of a page below it (`rest`, already URL-safe). */
export function publicPath(code: string, section: PublicSection, rest = ''): string {
  const { segment } = PUBLIC_SECTIONS.find((s) => s.section === section) ?? PUBLIC_SECTIONS[0];
  return [PUBLIC_ROOT, code, segment, rest].filter(Boolean).join('/');
}

export interface PublicPageOptions {
  section: PublicSection;
  /** The page's own title (the document title adds the site's name). */
  title: string;
  /** One or two plain sentences: the meta description and the card a shared link shows. */
  description: string;
  /** This page's path, for its canonical address and `og:url`. */
  path: string;
  /** The page's main content, escaped by the caller. */
  main: string;
  script?: string;
  postsForms?: boolean;
  /** The absolute base of the public addresses (config.publicUrl). */
  publicUrl: string;
  /** A picture for the shared card, a path on this site. */
  image?: string;
}

const attr = escapeHtml;

/**
 * A page of a body's public home: its header and menu, the page, a footer; with the description,
 * canonical address and Open Graph tags that make a link shared on Zalo or Facebook show a card.
 * Server-rendered, no staff-app code, inline style only (see pageShell).
 */
export function publicPage(site: PublicSite, options: PublicPageOptions): Page {
  const base = options.publicUrl.replace(/\/+$/, '');
  const url = `${base}${options.path}`;
  const title = options.section === 'home' ? site.name : `${options.title} · ${site.name}`;
  const head = [
    `<meta name="description" content="${attr(options.description)}">`,
    `<link rel="canonical" href="${attr(url)}">`,
    `<meta property="og:type" content="website">`,
    `<meta property="og:locale" content="vi_VN">`,
    `<meta property="og:site_name" content="${attr(`Lan Tỏa · ${site.name}`)}">`,
    `<meta property="og:title" content="${attr(options.title)}">`,
    `<meta property="og:description" content="${attr(options.description)}">`,
    `<meta property="og:url" content="${attr(url)}">`,
    options.image ? `<meta property="og:image" content="${attr(`${base}${options.image}`)}">` : '',
    `<meta name="twitter:card" content="summary">`,
    // No icon to fetch: a browser would otherwise ask for /favicon.ico, one more round trip on a slow network.
    `<link rel="icon" href="data:,">`,
  ]
    .filter(Boolean)
    .join('\n');
  const shown = PUBLIC_SECTIONS.filter(({ section }) => section !== 'honours' || site.showHonours);
  const menu = shown
    .map(({ section, label }) => {
      const current = section === options.section ? ' aria-current="page"' : '';
      return `<li><a href="${attr(publicPath(site.code, section))}"${current}>${escapeHtml(label)}</a></li>`;
    })
    .join('');
  const body = `<a class="skip" href="#main">Bỏ qua menu</a>
<header class="top"><p class="site"><a href="${attr(publicPath(site.code, 'home'))}">${escapeHtml(site.name)}</a></p>
<nav aria-label="Các mục"><ul class="menu">${menu}</ul></nav></header>
<main id="main" class="wrap">
${options.main}
</main>
<footer class="foot wrap"><p>Trang thông tin công khai về triển khai Nghị quyết 57-NQ/TW của ${escapeHtml(site.name)}. Số liệu được cập nhật trực tiếp từ nền tảng Lan Tỏa.</p></footer>`;
  return pageShell(title, body, options.script ?? '', { postsForms: options.postsForms, head });
}

import { formatIsoDate } from '@lantoa/domain';
import { certificateDates } from '@lantoa/reports';
import { escapeHtml, type Page, pageShell } from './html.ts';

/** What the public verification page shows: a certificate found by its number, or none. */
export type CertificateView =
  | {
      found: true;
      certificateNo: string;
      personName: string;
      personBodyName: string;
      courseTopic: string;
      issuerName: string;
      /** 'YYYY-MM-DD', as are the other dates. */
      startsOn: string;
      endsOn: string;
      issuedOn: string;
    }
  | {
      found: false;
      /** The number that was looked up, when there was one, to show what was searched for. */
      certificateNo?: string;
    };

const html = (text: string): string => escapeHtml(text.normalize('NFC').trim());

/**
 * The page shell with a description, and kept out of search engines: the page names a person, and
 * anyone holding the paper (or its QR code) can open it, so nobody else needs to find it by name.
 */
function verificationPage(title: string, description: string, body: string): Page {
  const page = pageShell(title, body);
  const meta =
    `<meta name="description" content="${html(description)}">\n` +
    '<meta name="robots" content="noindex, nofollow">\n';
  return { ...page, html: page.html.replace('<title>', `${meta}<title>`) };
}

function foundPage(view: Extract<CertificateView, { found: true }>): Page {
  const number = html(view.certificateNo);
  const issued = formatIsoDate(view.issuedOn);
  const dates = certificateDates(view.startsOn, view.endsOn);
  const rows: [string, string][] = [
    ['Số giấy chứng nhận', number],
    ['Họ và tên', `<strong>${html(view.personName)}</strong>`],
    ['Đơn vị', html(view.personBodyName)],
    ['Nội dung', html(view.courseTopic)],
    ['Thời gian', html(`${dates.charAt(0).toUpperCase()}${dates.slice(1)}`)],
    ['Đơn vị cấp', html(view.issuerName)],
    ['Ngày cấp', issued],
  ];
  const body = `<header class="top"><h1>Xác minh giấy chứng nhận</h1></header>
<main class="wrap">
<section class="card" aria-labelledby="verdict">
<h2 id="verdict" class="ok"><span aria-hidden="true">✔</span> Giấy chứng nhận hợp lệ</h2>
<p>Giấy chứng nhận số <strong>${number}</strong> do ${html(view.issuerName)} cấp ngày ${issued} có trong hồ sơ của hệ thống Lan Tỏa.</p>
<table><caption class="hint">Thông tin trong hồ sơ</caption><tbody>
${rows.map(([label, value]) => `<tr><th scope="row">${label}</th><td>${value}</td></tr>`).join('\n')}
</tbody></table>
<p class="hint">Hãy đối chiếu các thông tin trên với bản giấy. Nếu có chỗ khác nhau, bản giấy có thể đã bị sửa: hãy liên hệ ${html(view.issuerName)} để xác minh.</p>
</section>
</main>`;
  return verificationPage(
    `Giấy chứng nhận ${view.certificateNo.normalize('NFC').trim()} hợp lệ`,
    `Giấy chứng nhận số ${view.certificateNo} cấp cho ${view.personName} (${view.personBodyName}), do ${view.issuerName} cấp ngày ${issued}, là hợp lệ.`,
    body,
  );
}

function notFoundPage(view: Extract<CertificateView, { found: false }>): Page {
  const searched = view.certificateNo?.trim()
    ? `<p>Số đã tra cứu: <strong>${html(view.certificateNo)}</strong>.</p>\n`
    : '';
  const body = `<header class="top"><h1>Xác minh giấy chứng nhận</h1></header>
<main class="wrap">
<section class="card" aria-labelledby="verdict">
<h2 id="verdict" class="bad"><span aria-hidden="true">✘</span> Không tìm thấy giấy chứng nhận</h2>
${searched}<p>Hệ thống Lan Tỏa không có giấy chứng nhận nào với số này.</p>
<h3>Bạn nên làm gì?</h3>
<ul class="facts">
<li>Kiểm tra lại số in trên giấy (dạng CN-2026-000012) hoặc quét lại mã QR ở góc dưới bên trái của giấy.</li>
<li>Nếu vẫn không tìm thấy, hãy liên hệ đơn vị cấp giấy (tên in ở góc trên bên trái) để xác minh.</li>
<li>Giấy chứng nhận không tra cứu được ở đây có thể không do hệ thống cấp, hoặc đã bị thu hồi.</li>
</ul>
</section>
</main>`;
  return verificationPage(
    'Không tìm thấy giấy chứng nhận',
    'Không tìm thấy giấy chứng nhận với số đã tra cứu. Hãy kiểm tra lại số hoặc mã QR, hoặc liên hệ đơn vị cấp giấy.',
    body,
  );
}

/** The public page that says whether a certificate of completion is genuine (opened from its QR code). */
export function certificatePageHtml(view: CertificateView): Page {
  return view.found ? foundPage(view) : notFoundPage(view);
}

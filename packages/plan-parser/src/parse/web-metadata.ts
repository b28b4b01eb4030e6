// Plans copied from a legal-document website begin with the page's headline ("Kế hoạch 123/KH-UBND
// năm 2026 tuyên truyền … do tỉnh Lạng Sơn ban hành") and its table of metadata ("Số hiệu",
// "Loại văn bản", "Nơi ban hành", "Người ký", "Ngày ban hành"). Where the document's own header is
// missing or partly lost in the copy, they give what the header would have.
import type { PlanDocumentInfo, PlanLevel } from '../types.ts';
import { isoDate } from './dates.ts';
import { capitalizeWords, kindCode } from './header.ts';
import { fold, type Para } from './lines.ts';

const LABEL = /^(Số hiệu|Loại văn bản|Nơi ban hành|Cơ quan ban hành|Người ký|Ngày ban hành)\s*:?\s*(.*)$/u;
/** Where the metadata table may stand: the page's first lines. */
const HEAD_PARAGRAPHS = 15;

const UNIT = /^(tỉnh|thành phố|xã|phường|đặc khu)\s+(.+)$/iu;

function issuerOf(place: string): { issuer: string; level: PlanLevel; place: string } | null {
  const named = place.replace(/^(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+/iu, '').trim();
  const unit = UNIT.exec(named);
  if (!unit) return null;
  const kind = (unit[1] ?? '').toLocaleLowerCase('vi');
  const name = (unit[2] ?? '').trim();
  const level: PlanLevel = /^(tinh|thanh pho)$/.test(fold(kind)) ? 'province' : 'commune';
  return { issuer: `Ủy ban nhân dân ${kind} ${name}`, level, place: name };
}

/** The labelled values of the metadata table, when the page has one (two labels at least). */
function labelledValues(paras: Para[]): Map<string, string> | null {
  const tokens = paras
    .slice(0, HEAD_PARAGRAPHS)
    .flatMap((p) => p.cells ?? [p.text])
    .map((t) => t.trim())
    .filter(Boolean);
  const values = new Map<string, string>();
  tokens.forEach((token, k) => {
    const m = LABEL.exec(token);
    if (!m) return;
    const value = (m[2] ?? '').trim() || (LABEL.test(tokens[k + 1] ?? '') ? '' : (tokens[k + 1] ?? ''));
    if (value) values.set(fold(m[1] ?? ''), value);
  });
  return values.size >= 2 ? values : null;
}

/** "Kế hoạch 123/KH-UBND năm 2026 tuyên truyền … do tỉnh Lạng Sơn ban hành" → "Tuyên truyền …". */
function headlineTitle(headline: string, number: string | null): string | null {
  if (!number || !headline.includes(number)) return null;
  const rest = headline
    .slice(headline.indexOf(number) + number.length)
    .replace(/^\s*(?:năm\s+\d{4}\s+)?(?:về\s+(?:việc\s+)?)?/iu, '')
    .replace(/\s+do\s+.{2,80}\s+ban hành\s*$/u, '')
    .trim();
  return rest ? rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1) : null;
}

/** The document's fields the page's metadata gives, for those its header left empty. */
export function withWebMetadata(document: PlanDocumentInfo, paras: Para[]): PlanDocumentInfo {
  const values = labelledValues(paras);
  if (!values) return document;
  const number = /^\d[^\s]*\/\S+$/u.test(values.get('so hieu') ?? '')
    ? (values.get('so hieu') ?? null)
    : null;
  const issuedBy = issuerOf(values.get('noi ban hanh') ?? values.get('co quan ban hanh') ?? '');
  const day = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(values.get('ngay ban hanh') ?? '');
  const signer = values.get('nguoi ky');
  return {
    number: document.number ?? number,
    kind: document.kind ?? kindCode(values.get('loai van ban') ?? ''),
    issuer: document.issuer ?? issuedBy?.issuer ?? null,
    level: document.level ?? issuedBy?.level ?? null,
    place: document.place ?? (issuedBy ? capitalizeWords(issuedBy.place) : null),
    // A header dated "ngày … tháng … năm 2026" (a draft's blanks) takes the page's day in that year.
    date:
      day && (!document.date || document.date === day[3])
        ? isoDate(Number(day[3]), Number(day[2]), Number(day[1]))
        : document.date,
    title: document.title ?? headlineTitle((paras[0] as Para | undefined)?.text ?? '', number),
    signer: document.signer ?? (signer ? { name: signer, title: null } : null),
  };
}

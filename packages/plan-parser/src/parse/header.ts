// Header of the document: number, kind, issuer, level, place, date, title, signer.
import type { PlanDocumentInfo, PlanLevel, PlanSigner } from '../types.ts';
import { isoDate, PLACE_DATE } from './dates.ts';
import { fold, type Para } from './lines.ts';

const KINDS: [RegExp, string][] = [
  [/^ke hoach$/, 'KH'],
  [/^quyet dinh$/, 'QĐ'],
  [/^chi thi$/, 'CT'],
  [/^huong dan$/, 'HD'],
  [/^chuong trinh( hanh dong)?$/, 'CTr'],
  [/^nghi quyet$/, 'NQ'],
  [/^de an$/, 'ĐA'],
  [/^bao cao$/, 'BC'],
  [/^thong bao$/, 'TB'],
];

/** The symbol of a document type named in words ("Kế hoạch" → "KH"), or null. */
export function kindCode(name: string): string | null {
  const f = fold(name.replace(/[:.]$/, '').trim());
  return KINDS.find(([re]) => re.test(f))?.[1] ?? null;
}

const isUpper = (s: string): boolean => s === s.toLocaleUpperCase('vi') && /\p{Lu}/u.test(s);

/** "SƠN LA" → "Sơn La". */
export function capitalizeWords(s: string): string {
  return s
    .toLocaleLowerCase('vi')
    .split(/\s+/)
    .map((w) => (w ? w.charAt(0).toLocaleUpperCase('vi') + w.slice(1) : w))
    .join(' ');
}

/** An all-capitals title in sentence case; document codes and the place name keep their case. */
function sentenceCase(s: string, keep: string[]): string {
  let out = s
    .split(/\s+/)
    .map((w) => (/\d/.test(w) || /^[A-ZĐ]{1,3}\/|\/[A-ZĐ]+$/u.test(w) ? w : w.toLocaleLowerCase('vi')))
    .join(' ');
  out = out.charAt(0).toLocaleUpperCase('vi') + out.slice(1);
  for (const name of keep) {
    if (!name) continue;
    out = out.replace(new RegExp(name.toLocaleLowerCase('vi'), 'gu'), name);
  }
  return out
    .replace(/(?<![\p{L}\p{N}])nghị quyết(?![\p{L}\p{N}])/gu, 'Nghị quyết')
    .replace(/(?<![\p{L}\p{N}])bộ chính trị(?![\p{L}\p{N}])/gu, 'Bộ Chính trị');
}

const UNIT_WORD = /^(TỈNH|THÀNH PHỐ|XÃ|PHƯỜNG|ĐẶC KHU|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN)\s+(.+)$/u;

function levelOf(unit: string): PlanLevel {
  const f = fold(unit);
  if (/^(tinh|thanh pho)$/.test(f)) return 'province';
  if (/^(xa|phuong|dac khu|thi tran)$/.test(f)) return 'commune';
  return 'other';
}

const ISSUER_HEAD = /^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND)\s*(.*)$/u;

function findIssuer(head: Para[]): { issuer: string; level: PlanLevel } | null {
  for (let i = 0; i < head.length; i++) {
    const t = (head[i] as Para).text.trim();
    const m = ISSUER_HEAD.exec(t);
    if (m) {
      const body = fold(m[1] ?? '').startsWith('h') ? 'Hội đồng nhân dân' : 'Ủy ban nhân dân';
      // The unit may be on the same line or a few lines below (two-column headers interleave).
      const rest = (m[2] ?? '').trim();
      const candidates = rest ? [rest] : head.slice(i + 1, i + 5).map((p) => p.text.trim());
      for (const c of candidates) {
        const u = UNIT_WORD.exec(c);
        if (u) {
          return {
            issuer: `${body} ${(u[1] ?? '').toLocaleLowerCase('vi')} ${capitalizeWords(u[2] ?? '')}`,
            level: levelOf(u[1] ?? ''),
          };
        }
      }
      return { issuer: body, level: 'other' };
    }
    const b = /^BỘ\s+(.{4,80})$/u.exec(t);
    if (b && isUpper(t) && !/^BỘ CHÍNH TRỊ/u.test(t)) {
      const name = (b[1] ?? '').toLocaleLowerCase('vi');
      return { issuer: `Bộ ${name.charAt(0).toLocaleUpperCase('vi')}${name.slice(1)}`, level: 'ministry' };
    }
    const other = /^(SỞ|BAN|TỈNH ỦY|ĐẢNG ỦY|VĂN PHÒNG|TRUNG TÂM)\s+.{3,80}$/u.exec(t);
    if (other && isUpper(t) && !/^CỘNG HÒA/u.test(t)) {
      const name = t.toLocaleLowerCase('vi');
      return { issuer: name.charAt(0).toLocaleUpperCase('vi') + name.slice(1), level: 'other' };
    }
  }
  return null;
}

/** Capital title lines of a signature ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC"). */
const SIGN_TITLE =
  /^(?:(?:TM|KT|TL|TUQ|Q|Q\.)\.?\s*)?(?:ỦY BAN NHÂN DÂN|UBND|CHỦ TỊCH|PHÓ CHỦ TỊCH|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|BỘ TRƯỞNG|THỨ TRƯỞNG|TRƯỞNG BAN|PHÓ TRƯỞNG BAN|BÍ THƯ|CHÁNH VĂN PHÒNG)(?![\p{L}\p{N}])/u;
const PERSON = /^(?:\p{Lu}[\p{Ll}\p{Lu}]*)(?:\s+\p{Lu}[\p{Ll}\p{Lu}]*){1,4}$/u;

function signerTitle(lines: string[]): string | null {
  const own = lines.filter((l) => !/^(TM|KT|TL|TUQ)\.?\s/u.test(l) && !/ỦY BAN|UBND/u.test(l));
  const t = own[own.length - 1] ?? lines[lines.length - 1];
  if (!t) return null;
  const lower = t.toLocaleLowerCase('vi').replace(/^(kt|tm|tl|tuq)\.\s*/, '');
  return lower
    .replace(/^./, (c) => c.toLocaleUpperCase('vi'))
    .replace(/chủ tịch/g, (m, off: number) => (off === 0 ? m : 'Chủ tịch'))
    .replace(/thường trực/g, 'Thường trực');
}

export function findSigner(paras: Para[], from = 0): PlanSigner | null {
  for (let i = from; i < paras.length; i++) {
    const t = (paras[i] as Para).text.trim();
    if (!SIGN_TITLE.test(t) || !isUpper(t) || t.length > 60) continue;
    // The issuer block at the top is not a signature: a body signs only "TM." (on behalf of).
    if (/^(ỦY BAN|UBND)/u.test(t)) continue;
    const titleLines = [t];
    for (let j = i + 1; j < Math.min(paras.length, i + 12); j++) {
      const n = (paras[j] as Para).text.trim();
      if (SIGN_TITLE.test(n) && isUpper(n) && n.length <= 60) {
        titleLines.push(n);
        continue;
      }
      if (/^[([]?\s*(đã ký|ký|chữ ký|signed)/iu.test(n) || /^\(.*\)$/u.test(n)) continue;
      // A two-column closing interleaves the recipient list with the signature.
      if (/^([-+•]|Nơi nhận|Lưu\s*:)/u.test(n)) continue;
      if (PERSON.test(n) && n.length <= 40 && !UNIT_WORD.test(n.toLocaleUpperCase('vi'))) {
        const name = isUpper(n) ? capitalizeWords(n) : n;
        return { name, title: signerTitle(titleLines) };
      }
      break;
    }
  }
  return null;
}

export interface HeaderResult {
  document: PlanDocumentInfo;
  /** Index of the first paragraph after the title. */
  bodyStart: number;
}

export function parseHeader(paras: Para[], firstSection: number): HeaderResult {
  const limit = Math.min(paras.length, firstSection > 0 ? firstSection : 60, 80);
  const head = paras.slice(0, limit);
  let number: string | null = null;
  let kind: string | null = null;
  let numberSeen = false;
  let place: string | null = null;
  let date: string | null = null;
  let title: string | null = null;
  let bodyStart = 0;
  let kindIdx = -1;

  for (let i = 0; i < head.length; i++) {
    const text = (head[i] as Para).cells
      ? ((head[i] as Para).cells as string[]).join('\t')
      : (head[i] as Para).text;
    if (!numberSeen) {
      const m = /(?<![\p{L}\p{N}])Số\s*:?\s*([^\t]*?\/\s*[\p{L}Đđ&-]+(?:-[\p{L}\d&]+)*)/u.exec(text);
      if (m && /^\s*(?:[^\t]*\t)?\s*Số(?![\p{L}\p{N}])/u.test(text)) {
        numberSeen = true;
        const raw = (m[1] ?? '').replace(/\s+/g, '');
        const sym = /\/([\p{L}Đđ]+)/u.exec(raw);
        if (sym) kind = sym[1] ?? null;
        number = /^\d+/.test(raw) ? raw.replace(/^\.+|…/g, '') : null;
      }
    }
    if (!date) {
      const d = PLACE_DATE.exec(text);
      if (d) {
        place = (d[1] ?? '').replace(/^.*(?<![\p{L}\p{N}])Số\s*:?[^\t]*\s+/u, '').trim();
        const day = /^\d+$/.test(d[2] ?? '') ? Number(d[2]) : null;
        const month = /^\d+$/.test(d[3] ?? '') ? Number(d[3]) : null;
        date = isoDate(Number(d[4]), month, day);
      }
    }
    if (kindIdx < 0) {
      const code = kindCode(text);
      // The type's name wrapped over two lines by a page's narrow cell: "QUYẾT" / "ĐỊNH".
      const next = (head[i + 1] as Para | undefined)?.text ?? '';
      const wrapped = !code && /^\p{Lu}+$/u.test(text) && isUpper(next) ? kindCode(`${text} ${next}`) : null;
      if ((code && isUpper(text)) || wrapped) {
        kindIdx = wrapped ? i + 1 : i;
        if (!kind) kind = code ?? wrapped;
      }
    }
  }

  if (kindIdx >= 0) {
    const parts: string[] = [];
    let j = kindIdx + 1;
    for (; j < head.length && parts.length < 4; j++) {
      const t = (head[j] as Para).text.trim();
      if (
        /^(Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị|Để|Nhằm|\(Ban hành|\(Kèm theo|Điều\s+\d)/u.test(t) ||
        /^(CHỦ TỊCH|ỦY BAN|UBND|BỘ TRƯỞNG|GIÁM ĐỐC)/u.test(t) ||
        /^[IVX]+\.\s/u.test(t) ||
        /ban hành (Kế hoạch|kế hoạch)/u.test(t)
      )
        break;
      parts.push(t);
      // A title in sentence case is one paragraph; a capital one may wrap over several lines.
      if (!isUpper(t)) {
        j++;
        break;
      }
    }
    bodyStart = j;
    if (parts.length) title = parts.join(' ');
  }

  let issuerInfo = findIssuer(head.slice(0, kindIdx >= 0 ? kindIdx : head.length));
  if (!issuerInfo || issuerInfo.level === 'other') {
    // No printed issuer block (a draft typed without the header table): infer it from the
    // sentence that issues the plan or from the signature, and the area named in the title.
    const inferred = inferIssuer(paras, title, place);
    if (inferred && (!issuerInfo || issuerInfo.issuer === 'Ủy ban nhân dân')) issuerInfo = inferred;
  }

  if (title && isUpper(title)) title = sentenceCase(title, [place ?? '']);

  const signer = findSigner(paras);
  return {
    document: {
      number,
      kind,
      issuer: issuerInfo?.issuer ?? null,
      level: issuerInfo?.level ?? null,
      place,
      date,
      title,
      signer,
    },
    bodyStart,
  };
}

function inferIssuer(paras: Para[], title: string | null, place: string | null) {
  let unit: string | null = null;
  let body: string | null = null;
  for (const p of paras.slice(0, 200)) {
    const m =
      /(Ủy ban nhân dân|UBND)\s+(tỉnh|thành phố|xã|phường|đặc khu)\s+(?:ban hành|xây dựng|triển khai)/iu.exec(
        p.text,
      );
    if (m) {
      body = 'Ủy ban nhân dân';
      unit = (m[2] ?? '').toLocaleLowerCase('vi');
      break;
    }
  }
  if (!body && paras.some((p) => /^TM\.?\s*(ỦY BAN NHÂN DÂN|UBND)/u.test(p.text))) body = 'Ủy ban nhân dân';
  if (!body) return null;
  const area = title
    ? /địa bàn\s+(tỉnh|thành phố|xã|phường|đặc khu)\s+([\p{Lu}][\p{L}\s-]+?)\s*$/u.exec(title)
    : null;
  if (!unit && area) unit = (area[1] ?? '').toLocaleLowerCase('vi');
  if (!unit) return null;
  const name = area && fold(area[1] ?? '') === fold(unit) ? (area[2] ?? '').trim() : place;
  if (!name) return null;
  return { issuer: `${body} ${unit} ${name}`, level: levelOf(unit) };
}

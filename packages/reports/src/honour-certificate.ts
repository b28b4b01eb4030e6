import { formatIsoDate } from '@lantoa/domain/rules';
import type { PDFFont } from 'pdf-lib';
import {
  BODY_WIDTH,
  certificateDocument,
  checkedDate,
  draw,
  drawFrame,
  drawHeader,
  fitLines,
  heightOf,
  type Line,
  MARGIN,
  PAGE,
  paragraphLines,
  RED,
  RIGHT_COLUMN,
  type Run,
  SIGNATURE_SPACE,
  signatureLines,
  vietnamMidnight,
  wrap,
} from './certificate.ts';
import { nfc, upper } from './decree30.ts';

// A certificate of merit (giấy khen) of an approved nomination as a one-page A4 landscape PDF, drawn
// like the training certificate (certificate.ts: the same frame, header, fonts and layout of text):
// the deciding body, the national title, "GIẤY KHEN", who is honoured, for what, under which
// decision, the place and date and the signer's title. A name or a line too long for the page is
// set smaller, never run off it.

/** What a certificate of merit says; every string is printed as given (NFC), dates are 'YYYY-MM-DD'. */
export interface HonourCertificateInput {
  /** The deciding body as its documents name it, e.g. "Ủy ban nhân dân tỉnh Tuyên Quang". */
  issuerName: string;
  /** The body above it, for a department ("Ủy ban nhân dân tỉnh Tuyên Quang"); null for a people's committee. */
  governingName: string | null;
  /** Who awards it, above the title: "Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang". */
  awardedBy: string;
  /** The body honoured, or the person's name. */
  recipient: string;
  /** Under a person's name: their title and body ("Công chức Văn hóa - Xã hội, Xã Hòa An"); '' for a body. */
  recipientDetail: string;
  /** "Đã có thành tích xuất sắc trong … năm 2026". */
  citation: string;
  /** "125/QĐ-UBND". */
  decisionNo: string;
  decidedOn: string;
  /** "GK-2026-000012". */
  certificateNo: string;
  /** The place name of the place-and-date line ("Tuyên Quang"); '' for the date alone. */
  place: string;
  /** "CHỦ TỊCH", "GIÁM ĐỐC". */
  signerTitle: string;
}

/** The body's lines at a given size: to whom, who they are, for what, under which decision. */
function bodyLines(
  input: HonourCertificateInput,
  fonts: { regular: PDFFont; bold: PDFFont },
  size: number,
): Line[] {
  const text = (t: string, options: { bold?: boolean; scale?: number; red?: boolean } = {}): Run => ({
    text: t,
    font: options.bold ? fonts.bold : fonts.regular,
    size: size * (options.scale ?? 1),
    ...(options.red ? { color: RED } : {}),
  });
  const detail = input.recipientDetail.trim();
  const paragraphs: Run[][] = [
    [text(input.recipient.trim(), { bold: true, scale: 1.35, red: true })],
    ...(detail ? [[text(detail)]] : []),
    [text(`${input.citation.trim().replace(/\s+/g, ' ').replace(/\.$/, '')}.`)],
    [
      text(`Quyết định số ${input.decisionNo.trim()} ngày ${formatIsoDate(input.decidedOn)}`, {
        scale: 0.85,
      }),
    ],
  ];
  return paragraphLines(paragraphs, size);
}

/** A certificate of merit as a one-page A4 landscape PDF (fonts embedded, subset). */
export async function renderHonourCertificate(input: HonourCertificateInput): Promise<Uint8Array> {
  const decidedOn = checkedDate('decidedOn', input.decidedOn);
  const { doc, fonts } = await certificateDocument();
  const { regular, bold } = fonts;
  const page = doc.addPage([PAGE.width, PAGE.height]);
  drawFrame(page);
  const headerEnd = drawHeader(page, fonts, input);

  const centre = { centre: PAGE.width / 2 };
  const awardedEnd = draw(
    page,
    wrap([{ text: upper(input.awardedBy.trim()), font: bold, size: 14 }], BODY_WIDTH),
    headerEnd + 22,
    centre,
  );
  const grantEnd = draw(
    page,
    wrap([{ text: 'TẶNG', font: bold, size: 14 }], BODY_WIDTH),
    awardedEnd + 2,
    centre,
  );
  const titleEnd = draw(
    page,
    wrap([{ text: 'GIẤY KHEN', font: bold, size: 34, color: RED }], BODY_WIDTH),
    grantEnd + 4,
    centre,
  );

  // Bottom band, laid out from the bottom edge up so the body gets whatever height is left.
  const numberLine = wrap(
    [
      { text: 'Số: ', font: regular, size: 12 },
      { text: input.certificateNo.trim(), font: bold, size: 12 },
    ],
    RIGHT_COLUMN.width,
  );
  const numberTop = PAGE.height - MARGIN.bottom - heightOf(numberLine);
  const signature = signatureLines(fonts, input.place, decidedOn, input.signerTitle);
  const signatureTop = PAGE.height - MARGIN.bottom - SIGNATURE_SPACE - heightOf(signature);
  const bandTop = Math.min(numberTop, signatureTop);

  const bodyTop = titleEnd + 10;
  const bodyHeight = bandTop - 10 - bodyTop;
  const body = fitLines((size) => bodyLines(input, fonts, size), bodyHeight);
  draw(page, body, bodyTop + (bodyHeight - heightOf(body)) * 0.35, centre);
  draw(page, numberLine, numberTop, { left: MARGIN.side });
  draw(page, signature, signatureTop, { centre: RIGHT_COLUMN.x + RIGHT_COLUMN.width / 2 });

  doc.setTitle(nfc(`Giấy khen ${input.certificateNo.trim()} - ${input.recipient.trim()}`), {
    showInWindowTitleBar: true,
  });
  doc.setSubject(nfc(input.citation.trim()));
  doc.setAuthor(nfc(input.issuerName.trim()));
  doc.setLanguage('vi-VN');
  doc.setCreator('Lan Tỏa');
  doc.setProducer('Lan Tỏa (pdf-lib)');
  doc.setCreationDate(vietnamMidnight(decidedOn));
  doc.setModificationDate(vietnamMidnight(decidedOn));
  return doc.save();
}

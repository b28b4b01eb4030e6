import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { parsePlanFile, parsePlanText } from '../src/index.ts';
import { docxXmlToText } from '../src/readers/docx.ts';
import { sampleText } from './fixtures.ts';

// Task tables as Word writes them when a cell is merged: the lead body written once down several rows
// (w:vMerge), a group heading across the whole row (w:gridSpan).
const cell = (text: string, options: { rowSpan?: number; columnSpan?: number } = {}) =>
  new TableCell({ ...options, children: [new Paragraph({ children: [new TextRun(text)] })] });

async function planWithTable(rows: TableRow[]): Promise<Uint8Array> {
  const plan = sampleText('hoa-an-2026');
  const doc = new Document({
    sections: [
      {
        children: [
          ...plan.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] })),
          new Paragraph({ children: [new TextRun('PHỤ LỤC')] }),
          new Table({ rows }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('task tables with merged cells in a .docx', () => {
  it('gives each row the lead written once down several rows, and reads a heading across the row as a group', async () => {
    const bytes = await planWithTable([
      new TableRow({
        children: ['TT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'].map((h) =>
          cell(h),
        ),
      }),
      new TableRow({ children: [cell('I'), cell('Tuyên truyền trên báo chí', { columnSpan: 4 })] }),
      new TableRow({
        children: [
          cell('1'),
          cell('Mở chuyên mục trên trang thông tin điện tử xã'),
          cell('Phòng Văn hóa - Xã hội', { rowSpan: 2 }),
          cell('Trung tâm Dịch vụ công'),
          cell('Quý II năm 2026'),
        ],
      }),
      new TableRow({
        children: [
          cell('2'),
          cell('Phát bản tin trên đài truyền thanh'),
          cell('Các thôn'),
          cell('Hằng tháng'),
        ],
      }),
    ]);
    const x = await parsePlanFile(bytes);
    expect(x.tasks.map((t) => [t.ref, t.title, t.lead, t.partners, t.timeframe?.text])).toEqual([
      [
        'I.1',
        'Mở chuyên mục trên trang thông tin điện tử xã',
        ['Phòng Văn hóa - Xã hội'],
        ['Trung tâm Dịch vụ công'],
        'Quý II năm 2026',
      ],
      ['I.2', 'Phát bản tin trên đài truyền thanh', ['Phòng Văn hóa - Xã hội'], ['Các thôn'], 'Hằng tháng'],
    ]);
    // The same table typed with the lead on each row reads the same.
    const typed = parsePlanText(
      [
        sampleText('hoa-an-2026'),
        'PHỤ LỤC',
        'TT\tTên nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian',
        'I\tTuyên truyền trên báo chí\t\t\t',
        '1\tMở chuyên mục trên trang thông tin điện tử xã\tPhòng Văn hóa - Xã hội\tTrung tâm Dịch vụ công\tQuý II năm 2026',
        '2\tPhát bản tin trên đài truyền thanh\tPhòng Văn hóa - Xã hội\tCác thôn\tHằng tháng',
      ].join('\n'),
    );
    expect(x.tasks).toEqual(typed.tasks);
  });
});

describe('list numbering a .docx gives through paragraph styles', () => {
  it('numbers a paragraph by its style (based on another style) when the paragraph itself names no list', () => {
    const numbering = `<w:numbering>
      <w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>
      <w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num></w:numbering>`;
    const styles = `<w:styles>
      <w:style w:type="paragraph" w:styleId="Task"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="TaskItem"><w:basedOn w:val="Task"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>
      </w:styles>`;
    const para = (style: string | null, text: string) =>
      `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t>${text}</w:t></w:r></w:p>`;
    const xml = `<w:document><w:body>${[
      para('Task', 'Tuyên truyền trên báo chí'),
      para('TaskItem', 'Mở chuyên mục'),
      para('TaskItem', 'Đăng tin bài'),
      para('Task', 'Tập huấn kỹ năng số'),
      para(null, 'Ghi chú &amp; lưu ý'),
    ].join('')}</w:body></w:document>`;
    expect(docxXmlToText(xml, { numbering, styles }).split('\n')).toEqual([
      '1. Tuyên truyền trên báo chí',
      'a) Mở chuyên mục',
      'b) Đăng tin bài',
      '2. Tập huấn kỹ năng số',
      'Ghi chú & lưu ý',
    ]);
  });
});

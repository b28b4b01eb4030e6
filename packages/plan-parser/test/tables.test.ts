import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { parsePlanFile, parsePlanText } from '../src/index.ts';
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

import { readFile } from 'node:fs/promises';
import { type Database, findBodyByCode } from '@lantoa/db';
import { DEFAULT_UPLOAD_LIMITS } from '@lantoa/media';
import { buildHandoutDocx, type HandoutSection } from '@lantoa/reports';
import type { Kysely } from 'kysely';
import { reviewLibraryItem } from '../use-cases/library/review-library-item.ts';
import { uploadLibraryItem } from '../use-cases/library/upload-library-item.ts';
import { demoFiles } from './demo-files.ts';
import { demoContext, PLANS_DIR } from './demo-plans.ts';

/**
 * The handout's questions, each answered by paragraphs of the provincial plan as it is written (found
 * by how they begin), so the assistant has a library document with text to quote and to draft a
 * bulletin from, and nothing in it is made up.
 */
const HANDOUT: { heading: string; beginnings: string[] }[] = [
  {
    heading: 'Kế hoạch của tỉnh nhằm mục đích gì?',
    beginnings: ['1.1. Đẩy mạnh truyền thông, nâng cao nhận thức'],
  },
  {
    heading: 'Đến năm 2030, tỉnh phấn đấu đạt những mục tiêu nào?',
    beginnings: [
      '- 100% các nhiệm vụ khoa học và công nghệ',
      '- Ít nhất 80% người dân tiếp cận',
      '- Ít nhất 70% cán bộ, công chức, viên chức',
    ],
  },
  { heading: 'Tuyên truyền những nội dung gì?', beginnings: ['1.1. Nội dung: Tuyên truyền về vai trò'] },
  { heading: 'Tuyên truyền bằng những hình thức nào?', beginnings: ['1.2. Hình thức: Xây dựng các tin'] },
  { heading: 'Những ai cùng tham gia?', beginnings: ['4.3. *Cơ quan phối hợp*'] },
];

/** A paragraph of the plan without its numbering, list dash or emphasis marks. */
const asProse = (line: string) =>
  line
    .replace(/^(?:\d+(?:\.\d+)*\.\s*|-\s*)/u, '')
    .replaceAll('*', '')
    .trim();

/**
 * A question-and-answer handout of the provincial plan in the library (approved, shared with the
 * province): the assistant's demo document for answers and bulletin drafts.
 */
export async function seedDemoHandout(db: Kysely<Database>) {
  const coordinator = await demoContext(db, 'tq.dieuphoi');
  const province = await findBodyByCode(db, '08');
  if (!province) return;
  const lines = (await readFile(new URL('tuyen-quang-2026.txt', PLANS_DIR), 'utf8')).split('\n');
  const sections: HandoutSection[] = HANDOUT.map(({ heading, beginnings }) => ({
    heading,
    paragraphs: beginnings.map((beginning) => {
      const line = lines.find((l) => l.startsWith(beginning));
      if (!line) throw new Error(`The sample plan has no paragraph beginning "${beginning}"`);
      return asProse(line);
    }),
  }));
  const title = 'Hỏi - đáp về Kế hoạch truyền thông thực hiện Nghị quyết số 57-NQ/TW của tỉnh Tuyên Quang';
  const item = await uploadLibraryItem(
    coordinator,
    demoFiles(db),
    {
      name: 'hoi-dap-ke-hoach-178.docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      bytes: await buildHandoutDocx(title, sections),
    },
    {
      title,
      summary:
        'Những điều người dân cần biết về Kế hoạch 178/KH-UBND: mục đích, mục tiêu đến năm 2030, nội dung và hình thức tuyên truyền.',
      topics: ['Nghị quyết 57-NQ/TW', 'Chuyển đổi số'],
      audience: 'Người dân',
      language: 'vi',
      kind: 'qa',
      usageRights:
        'Các cơ quan, đơn vị, đài truyền thanh được sử dụng, đọc lại; ghi nguồn Sở Khoa học và Công nghệ.',
      shareBodyId: province.id,
      isPublic: false,
    },
    DEFAULT_UPLOAD_LIMITS,
  );
  await reviewLibraryItem(coordinator, item.id, { decision: 'approve' });
}

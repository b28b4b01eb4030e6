// The training records imported from Excel: a commune's roster (headers found by name, every bad row
// listed, nothing stored from a file with errors unless the good rows are kept), who attended a
// course (by phone, dated on the course's last day), and a learning platform's completions per
// commune through a column mapping, which move the computed "trained" measures.

import { AUDIENCE_NAMES } from '@lantoa/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinClock } from './support/clock.ts';
import { createCourse, publishSample, signInAsNewUser } from './support/factories.ts';
import {
  type Agent,
  bodyIdByCode,
  multipart,
  neighbourCommunes,
  signedInApp,
  type TestApp,
} from './support/test-app.ts';
import { workbookOf } from './support/workbook.ts';

pinClock('2026-08-20T09:00:00+07:00');

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
type Cell = string | number | Date | null;

let t: TestApp;
let coordinator: Agent;
let focal: Agent;
let viewer: Agent;
let admin: Agent;
let neighbourFocal: Agent;
let province: string;
let hoaAn: string;
let neighbours: { id: string; name: string }[];

beforeAll(async () => {
  ({ t, coordinator, focal, viewer, admin } = await signedInApp({
    coordinator: 'tq.dieuphoi',
    focal: 'hoaan.daumoi',
    viewer: 'tq.lanhdao',
    admin: 'tq.quantri',
  }));
  province = await bodyIdByCode(t.handle, '08');
  hoaAn = await bodyIdByCode(t.handle, '02353');
  neighbours = await neighbourCommunes(t.handle, province, hoaAn, 2);
  neighbourFocal = await signInAsNewUser(
    t,
    { username: 'xakhac.daumoi', bodyId: neighbours[0]?.id as string, role: 'focal_point' },
    admin,
  );
}, 120_000);
afterAll(async () => t?.close());

/** A workbook of one sheet (or the template's first sheet filled in), as the people would send it. */
async function workbook(rows: Cell[][], sheetName = 'Trang tính 1'): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const upload = (
  agent: Agent,
  url: string,
  fields: Record<string, string>,
  content: Uint8Array,
  name = 'tep.xlsx',
) => agent.request({ method: 'POST', url, ...multipart(fields, { name, type: XLSX, content }) });

const rosterCount = async () =>
  Number(
    (
      await t.handle.db
        .selectFrom('roster_people')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const auditCount = async (action: string) =>
  Number(
    (
      await t.handle.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('action', '=', action)
        .executeTakeFirstOrThrow()
    ).n,
  );

async function personByPhone(phone: string) {
  return t.handle.db
    .selectFrom('roster_people')
    .selectAll()
    .where('phone', '=', phone)
    .where('left_on', 'is', null)
    .executeTakeFirstOrThrow();
}

describe('a roster imported from Excel', () => {
  const url = () => `/api/bodies/${hoaAn}/roster/import`;

  it('gives the empty template: the headers, and the audiences on a second sheet', async () => {
    const res = await focal.get('/api/roster-template.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    const book = await workbookOf(res);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Danh sách', 'Đối tượng']);
    const header = (book.getWorksheet('Danh sách') as ExcelJS.Worksheet).getRow(1).values as Cell[];
    expect(header.slice(1)).toEqual([
      'Họ và tên',
      'Đối tượng',
      'Chức vụ',
      'Số điện thoại',
      'Thôn/Tổ dân phố',
      'Ngày tham gia',
    ]);
    const names: Cell[] = [];
    book.getWorksheet('Đối tượng')?.eachRow((row, n) => {
      if (n > 1) names.push(row.getCell(1).value as Cell);
    });
    expect(names).toEqual(Object.values(AUDIENCE_NAMES));
  });

  it('adds the people of a filled template, a team member to their village’s team, audited once', async () => {
    const book = await workbookOf(await focal.get('/api/roster-template.xlsx'));
    const sheet = book.getWorksheet('Danh sách') as ExcelJS.Worksheet;
    const rows: Cell[][] = [
      [
        'Nguyễn Văn Bình',
        'Cán bộ làm công tác truyền thông',
        'Phó Chủ tịch',
        '0912 000 001',
        '',
        '01/03/2026',
      ],
      // A phone typed as a number (its 0 lost), a date cell, the audience in another spelling.
      [
        'Lò Thị Hoa',
        'thanh vien to cong nghe so cong dong',
        'Tổ viên',
        912000002,
        'thôn đồng tâm',
        new Date(Date.UTC(2026, 6, 1)),
      ],
      ['Hà Văn Cao', 'CÁN BỘ, CÔNG CHỨC', '', '', 'Thôn Tân Tiến', ''],
      [],
      ['Triệu Thị Duyên', 'Đảng viên', '', '+84 912 000 003', '', '2026-05-01'],
    ];
    rows.forEach((cells, i) => {
      cells.forEach((value, c) => {
        sheet.getCell(i + 2, c + 1).value = value;
      });
    });
    const filled = new Uint8Array(await book.xlsx.writeBuffer());
    const before = await rosterCount();
    const res = await upload(focal, url(), { keepGoodRows: 'false' }, filled, 'danh-sach.xlsx');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ imported: 4, errors: [] });
    expect(await rosterCount()).toBe(before + 4);

    const binh = await personByPhone('+84912000001');
    expect(binh).toMatchObject({
      body_id: hoaAn,
      audience: 'communication_staff',
      full_name: 'Nguyễn Văn Bình',
      role_title: 'Phó Chủ tịch',
      joined_on: '2026-03-01',
    });
    const hoa = await personByPhone('+84912000002');
    const team = await t.handle.db
      .selectFrom('bodies as team')
      .innerJoin('bodies as village', 'village.id', 'team.parent_id')
      .select('team.id')
      .where('village.parent_id', '=', hoaAn)
      .where('village.name', '=', 'Thôn Đồng Tâm')
      .where('team.kind', '=', 'digital_team')
      .executeTakeFirstOrThrow();
    expect(hoa).toMatchObject({ audience: 'digital_team', body_id: team.id, joined_on: '2026-07-01' });
    expect(await personByPhone('+84912000003')).toMatchObject({
      audience: 'party_members',
      joined_on: '2026-05-01',
    });
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['after', 'body_id'])
      .where('action', '=', 'roster.import')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.body_id).toBe(hoaAn);
    expect(audit[0]?.after).toMatchObject({ imported: 4, toTeams: 1 });
  });

  // A list kept elsewhere: a title above the headers, other spellings, a column of row numbers.
  const badFile = () =>
    workbook([
      ['DANH SÁCH ĐẢNG VIÊN, CÁN BỘ XÃ HÒA AN'],
      ['STT', 'HỌ TÊN', 'Đối  tượng', 'SĐT', 'Ngày tham gia'],
      [1, '', 'Đảng viên', '0912000010', ''],
      [2, 'Người Số Bàn', 'Đảng viên', '0203 123 456', ''],
      [3, 'Người Lạ', 'Khách mời', '0912000011', ''],
      [4, 'Người Trùng A', 'Đảng viên', '0912000012', ''],
      [5, 'Người Trùng B', 'dang vien', '0912 000 012', ''],
      [6, 'Người Cũ', 'Cán bộ truyền thông', '0912000001', ''],
      [7, 'Người Sai Ngày', 'Đảng viên', '', '31/02/2026'],
      [8, 'Người Tốt', 'Người dân', '', '15/08/2026'],
    ]);
  const expectedErrors = [
    { row: 3, field: 'fullName' },
    { row: 4, field: 'phone' },
    { row: 5, field: 'audience' },
    { row: 7, field: 'phone' },
    { row: 8, field: 'phone' },
    { row: 9, field: 'joinedOn' },
  ];

  it('lists every bad row and stores nothing from a file with errors', async () => {
    const before = await rosterCount();
    const audits = await auditCount('roster.import');
    const res = await upload(focal, url(), { keepGoodRows: 'false' }, await badFile());
    expect(res.statusCode, res.body).toBe(200);
    const { imported, errors } = res.json();
    expect(imported).toBe(0);
    expect(errors.map((e: { row: number; field: string }) => ({ row: e.row, field: e.field }))).toEqual(
      expectedErrors,
    );
    const message = (row: number) => errors.find((e: { row: number }) => e.row === row).message;
    expect(message(3)).toMatch(/Thiếu họ và tên/);
    expect(message(4)).toMatch(/di động/);
    expect(message(5)).toMatch(/Không rõ đối tượng «Khách mời»/);
    expect(message(7)).toMatch(/trùng với dòng 6/);
    expect(message(8)).toMatch(/đã có trong danh sách của đơn vị \(Nguyễn Văn Bình/);
    expect(message(9)).toMatch(/Ngày tham gia «31\/02\/2026» không đúng/);
    expect(await rosterCount()).toBe(before);
    expect(await auditCount('roster.import')).toBe(audits);
    // Without the field, nothing is kept either.
    expect((await upload(focal, url(), {}, await badFile())).json().imported).toBe(0);
    expect(await rosterCount()).toBe(before);
  });

  it('stores only the good rows when asked to keep them', async () => {
    const before = await rosterCount();
    const res = await upload(focal, url(), { keepGoodRows: 'true' }, await badFile());
    expect(res.json().imported).toBe(2);
    expect(res.json().errors).toHaveLength(expectedErrors.length);
    expect(await rosterCount()).toBe(before + 2);
    expect(await personByPhone('+84912000012')).toMatchObject({ full_name: 'Người Trùng A', body_id: hoaAn });
    const good = await t.handle.db
      .selectFrom('roster_people')
      .selectAll()
      .where('full_name', '=', 'Người Tốt')
      .executeTakeFirstOrThrow();
    expect(good).toMatchObject({ audience: 'citizens', joined_on: '2026-08-15', phone: null });
  });

  it('refuses a corrupt file, a file that is not .xlsx, one without the headers and one too large, storing nothing', async () => {
    const before = await rosterCount();
    const corrupt = await upload(
      focal,
      url(),
      { keepGoodRows: 'true' },
      new Uint8Array([0x50, 0x4b, 3, 4, ...new TextEncoder().encode('không phải Excel')]),
      'danh-sach.xlsx',
    );
    expect(corrupt.statusCode).toBe(400);
    expect(corrupt.json().error.message).toMatch(/Không đọc được tệp Excel/);
    const csv = await upload(
      focal,
      url(),
      { keepGoodRows: 'true' },
      new TextEncoder().encode('Họ và tên,Đối tượng\nA,Đảng viên\n'),
      'danh-sach.csv',
    );
    expect(csv.statusCode).toBe(400);
    expect(csv.json().error.message).toBe('Hãy tải lên tệp Excel .xlsx theo mẫu.');
    const noHeaders = await upload(
      focal,
      url(),
      { keepGoodRows: 'true' },
      await workbook([
        ['A', 'B'],
        ['x', 'y'],
      ]),
    );
    expect(noHeaders.statusCode).toBe(400);
    expect(noHeaders.json().error.message).toMatch(/Tệp không đúng mẫu danh sách/);
    const huge = await upload(
      focal,
      url(),
      { keepGoodRows: 'true' },
      new Uint8Array(10 * 1024 * 1024 + 1).fill(0x25),
    );
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.message).toMatch(/Tệp quá lớn/);
    expect(await rosterCount()).toBe(before);
  });

  it('is refused (404) to a reader who does not keep the roster and to another commune', async () => {
    const file = await workbook([
      ['Họ và tên', 'Đối tượng'],
      ['Người Ngoài', 'Đảng viên'],
    ]);
    const before = await rosterCount();
    for (const [agent, body] of [
      [viewer, hoaAn],
      [neighbourFocal, hoaAn],
      [focal, neighbours[0]?.id as string],
    ] as const) {
      const res = await upload(agent, `/api/bodies/${body}/roster/import`, { keepGoodRows: 'true' }, file);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
    expect(await rosterCount()).toBe(before);
  });
});

describe('attendance imported from Excel', () => {
  let courseId: string;

  beforeAll(async () => {
    courseId = await createCourse(coordinator, province, {
      kind: 'training',
      topic: 'Tập huấn kỹ năng truyền thông số',
      audiences: ['communication_staff', 'party_members'],
      startsOn: '2026-08-18',
      endsOn: '2026-08-19',
      quotas: [{ bodyId: hoaAn, quota: 5 }],
    });
    const people = await Promise.all(
      ['+84912000001', '+84912000003', '+84912000012'].map(async (phone) => (await personByPhone(phone)).id),
    );
    const sent = await focal.post(`/api/courses/${courseId}/nominations`, {
      bodyId: hoaAn,
      personIds: people,
    });
    expect(sent.json()).toEqual({ nominated: 3, quota: 5 });
  });

  const url = () => `/api/courses/${courseId}/attendance/import`;
  const sheet = () =>
    workbook([
      ['Họ và tên', 'Số điện thoại'],
      ['Nguyễn Văn Bình', '0912 000 001'],
      ['Triệu Thị Duyên', 912000003],
      ['Người Không Được Cử', '0987 654 321'],
      ['nguyen van binh', '+84912000001'],
      ['Ai Đó', '0912000012'],
      ['', 'abc'],
    ]);
  const present = async () =>
    (await coordinator.get(`/api/courses/${courseId}`))
      .json()
      .participants.filter((p: { attendedAt: string | null }) => p.attendedAt);

  it('lists unknown phones, a person twice, a name that is not the phone’s, and stores nothing', async () => {
    const res = await upload(coordinator, url(), { keepGoodRows: 'false' }, await sheet());
    expect(res.statusCode, res.body).toBe(200);
    const { imported, alreadyPresent, errors } = res.json();
    expect({ imported, alreadyPresent }).toEqual({ imported: 0, alreadyPresent: 0 });
    expect(errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
      [4, 'phone'],
      [5, 'phone'],
      [6, 'fullName'],
      [7, 'phone'],
    ]);
    expect(errors[0].message).toMatch(/không có trong danh sách được cử/);
    expect(errors[1].message).toMatch(/đã có ở dòng 2: mỗi người chỉ được tính một lần/);
    expect(errors[2].message).toMatch(/là của Người Trùng A được cử, không phải «Ai Đó»/);
    expect(await present()).toEqual([]);
  });

  it('marks the good rows present, dated on the course’s last day at 17:00, audited per participant', async () => {
    const audits = await auditCount('course.attend');
    const res = await upload(coordinator, url(), { keepGoodRows: 'true' }, await sheet());
    expect(res.json()).toMatchObject({ imported: 2, alreadyPresent: 0 });
    const came = await present();
    expect(came.map((p: { person: { fullName: string } }) => p.person.fullName).sort()).toEqual([
      'Nguyễn Văn Bình',
      'Triệu Thị Duyên',
    ]);
    for (const p of came) {
      expect(p).toMatchObject({ attendedAt: '2026-08-19T10:00:00.000Z', attendanceMethod: 'imported' });
    }
    expect(await auditCount('course.attend')).toBe(audits + 2);
    // The same people again count once.
    const again = await upload(
      coordinator,
      url(),
      {},
      await workbook([['Số điện thoại'], ['0912000001'], ['0912000003']]),
    );
    expect(again.json()).toEqual({ imported: 0, alreadyPresent: 2, errors: [] });
    expect(await auditCount('course.attend')).toBe(audits + 2);
  });

  it('is the organiser’s alone, and waits for the course to start', async () => {
    for (const agent of [focal, neighbourFocal, viewer]) {
      expect((await upload(agent, url(), { keepGoodRows: 'true' }, await sheet())).statusCode).toBe(404);
    }
    const later = await createCourse(coordinator, province, {
      kind: 'training',
      topic: 'Lớp tháng sau',
      audiences: ['party_members'],
      startsOn: '2026-09-10',
      endsOn: '2026-09-11',
      quotas: [{ bodyId: hoaAn, quota: 1 }],
    });
    const early = await upload(coordinator, `/api/courses/${later}/attendance/import`, {}, await sheet());
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(/chưa diễn ra/);
    const corrupt = await upload(coordinator, url(), {}, new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]));
    expect(corrupt.statusCode).toBe(400);
  });
});

describe('a learning platform’s completions, through a column mapping', () => {
  let courseId: string;
  let sonLaName: string;
  const mapping = { body: 'Xã/Phường', count: 'Số người hoàn thành', audience: 'citizens' };
  const url = () => `/api/courses/${courseId}/counts/import`;
  const counts = () =>
    t.handle.db
      .selectFrom('course_attendance_counts')
      .select(['body_id', 'audience', 'attended'])
      .where('course_id', '=', courseId)
      .orderBy('attended')
      .execute();

  beforeAll(async () => {
    // Two communes of one name: only a code tells them apart.
    for (const code of ['99991', '99992']) {
      const res = await admin.post('/api/bodies', {
        parentId: province,
        kind: 'commune',
        name: 'Xã Trùng Tên',
        code,
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    courseId = await createCourse(coordinator, province, {
      kind: 'training',
      topic: 'Bình dân học vụ số: kỹ năng số cơ bản',
      audiences: ['citizens'],
      startsOn: '2026-08-01',
      endsOn: '2026-08-15',
      onlineLink: 'https://binhdanhocvuso.gov.vn',
    });
    // A commune of another province, whose name Tuyên Quang has not.
    const sonLa = await t.handle.db
      .selectFrom('bodies')
      .select('name')
      .where('parent_id', '=', await bodyIdByCode(t.handle, '14'))
      .where('kind', '=', 'commune')
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('bodies as other')
              .select('other.id')
              .where('other.parent_id', '=', province)
              .whereRef('other.name', '=', 'bodies.name'),
          ),
        ),
      )
      .orderBy('name')
      .executeTakeFirstOrThrow();
    sonLaName = sonLa.name;
  });

  const platformExport = () =>
    workbook([
      ['BÁO CÁO KẾT QUẢ HỌC TẬP NỀN TẢNG BÌNH DÂN HỌC VỤ SỐ'],
      ['STT', 'Tỉnh', 'Xã/Phường', 'Khóa học', 'Số người hoàn thành'],
      [1, 'Tuyên Quang', 'Xã Hòa An', 'Kỹ năng số cơ bản', 50],
      [2, 'Tuyên Quang', 'hoa an', 'An toàn trên không gian mạng', '70'],
      [3, 'Tuyên Quang', neighbours[0]?.name as string, 'Kỹ năng số cơ bản', '1.234'],
      [4, 'Tuyên Quang', 'Xã Không Tồn Tại', 'Kỹ năng số cơ bản', 10],
      [5, 'Tuyên Quang', 'Xã Trùng Tên', 'Kỹ năng số cơ bản', 5],
      [6, 'Tuyên Quang', neighbours[1]?.name as string, 'Kỹ năng số cơ bản', 'mười'],
      [7, 'Tuyên Quang', neighbours[1]?.name as string, 'An toàn trên không gian mạng', 4],
      [8, 'Tuyên Quang', '', 'Kỹ năng số cơ bản', -3],
      [9, 'Sơn La', sonLaName, 'Kỹ năng số cơ bản', 3],
      [10, 'Tuyên Quang', neighbours[1]?.name as string, 'Dịch vụ công trực tuyến', 2.5],
    ]);
  const send = async (agent: Agent, fields: Record<string, string>, file?: Uint8Array) =>
    upload(agent, url(), fields, file ?? (await platformExport()));

  it('lists unknown and ambiguous communes and counts that are not whole numbers, storing nothing', async () => {
    const res = await send(coordinator, { mapping: JSON.stringify(mapping), keepGoodRows: 'false' });
    expect(res.statusCode, res.body).toBe(200);
    const { imported, communes, errors } = res.json();
    expect({ imported, communes }).toEqual({ imported: 0, communes: [] });
    expect(errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
      [6, 'body'],
      [7, 'body'],
      [8, 'count'],
      [9, 'count'],
      [10, 'body'],
      [10, 'count'],
      [11, 'body'],
      [12, 'count'],
    ]);
    const message = (row: number, field = 'body') =>
      errors.find((e: { row: number; field: string }) => e.row === row && e.field === field).message;
    expect(message(6)).toMatch(/Không tìm thấy xã, phường «Xã Không Tồn Tại»/);
    expect(message(7)).toMatch(/trùng tên nhiều xã, phường.*cột mã/);
    expect(message(8, 'count')).toMatch(/«mười» phải là số nguyên/);
    // A commune with a bad row is not recorded: its total would be short.
    expect(message(9, 'count')).toMatch(/dòng 8 của xã, phường này có lỗi/);
    expect(message(11)).toMatch(new RegExp(`Không tìm thấy xã, phường «${sonLaName}»`));
    expect(await counts()).toEqual([]);
  });

  it('records each commune’s total when the good rows are kept, without inviting it', async () => {
    const audits = await auditCount('course.count');
    const res = await send(coordinator, { mapping: JSON.stringify(mapping), keepGoodRows: 'true' });
    const { imported, communes } = res.json();
    expect(imported).toBe(3);
    expect(communes).toHaveLength(2);
    expect(communes).toEqual(
      expect.arrayContaining([
        { body: { id: hoaAn, name: 'Xã Hòa An', kind: 'commune' }, attended: 120, rows: 2 },
        { body: expect.objectContaining({ id: neighbours[0]?.id }), attended: 1234, rows: 1 },
      ]),
    );
    expect(await counts()).toEqual([
      { body_id: hoaAn, audience: 'citizens', attended: 120 },
      { body_id: neighbours[0]?.id, audience: 'citizens', attended: 1234 },
    ]);
    expect(await auditCount('course.count')).toBe(audits + 2);
    // Counted learners are not nominations: no commune is asked to send people.
    const course = (await coordinator.get(`/api/courses/${courseId}`)).json();
    expect(course.invited).toEqual([]);
    const listed = (await focal.get('/api/courses')).json().items;
    expect(listed.find((c: { id: string }) => c.id === courseId)).toBeUndefined();
  });

  it('matches by an administrative code column, and a new import replaces the count', async () => {
    const file = await workbook([
      ['Mã xã', 'Xã/Phường', 'Số người hoàn thành'],
      ['02353', 'Tên ghi sai vẫn được', 80],
      [2353, '', 20],
      ['99991', 'Xã Trùng Tên', 7],
      ['12345', 'Xã nào đó', 1],
    ]);
    const res = await send(
      coordinator,
      { mapping: JSON.stringify({ ...mapping, code: 'Mã xã' }), keepGoodRows: 'true' },
      file,
    );
    expect(res.json().errors).toEqual([
      { row: 5, field: 'code', message: expect.stringMatching(/Mã «12345»/) },
    ]);
    const twin = await t.handle.db
      .selectFrom('bodies')
      .select('id')
      .where('code', '=', '99991')
      .executeTakeFirstOrThrow();
    expect(await counts()).toEqual([
      { body_id: twin.id, audience: 'citizens', attended: 7 },
      { body_id: hoaAn, audience: 'citizens', attended: 100 },
      { body_id: neighbours[0]?.id, audience: 'citizens', attended: 1234 },
    ]);
  });

  it('moves the commune’s people trained and the bound "audience trained" indicator', async () => {
    const headcount = await focal.request({
      method: 'PUT',
      url: `/api/bodies/${hoaAn}/headcounts`,
      payload: { audience: 'citizens', year: 2026, headcount: 1000 },
    });
    expect(headcount.statusCode).toBe(200);
    const summary = (await focal.get(`/api/bodies/${hoaAn}/people?on=2026-08-20`)).json();
    expect(summary.audiences.find((a: { audience: string }) => a.audience === 'citizens')).toMatchObject({
      headcount: 1000,
      denominator: 1000,
      trained: 100,
    });

    const planId = (await publishSample(t, coordinator, '08', 'tuyen-quang-2026.txt')).planId;
    const periodId = (await coordinator.get(`/api/plans/${planId}/periods`))
      .json()
      .items.find(
        (p: { dataFrom: string; dataTo: string }) => p.dataFrom <= '2026-08-20' && p.dataTo >= '2026-08-20',
      ).id;
    const created = await coordinator.post(`/api/plans/${planId}/indicators`, {
      name: 'Tỷ lệ người dân hoàn thành khóa học Bình dân học vụ số',
      numeratorLabel: 'Số người dân hoàn thành',
      denominatorLabel: 'Tổng số người dân',
      unit: '%',
      measure: 'ratio',
      targets: [{ year: 2026, comparator: '>=', value: 50 }],
    });
    const indicator = (await coordinator.get(`/api/plans/${planId}/indicators`))
      .json()
      .items.find((i: { id: string }) => i.id === created.json().id);
    const bound = await coordinator.request({
      method: 'PUT',
      url: `/api/indicators/${indicator.id}/binding`,
      payload: { binding: { kind: 'audience_trained', audience: 'citizens' }, version: indicator.version },
    });
    expect(bound.statusCode).toBe(204);
    const rollup = (
      await coordinator.get(`/api/indicators/${indicator.id}/rollup?periodId=${periodId}&bodyId=${hoaAn}`)
    ).json();
    expect(rollup.value).toMatchObject({ numerator: 100, denominator: 1000, value: 10 });
  });

  it('refuses a briefing, an audience of no course, a mapping missing or not in the file, and anyone but the organiser', async () => {
    const before = await counts();
    const briefing = await createCourse(coordinator, province, {
      kind: 'briefing',
      topic: 'Hội nghị phổ biến',
      audiences: ['citizens'],
      startsOn: '2026-08-01',
    });
    const toBriefing = await upload(
      coordinator,
      `/api/courses/${briefing}/counts/import`,
      { mapping: JSON.stringify(mapping) },
      await platformExport(),
    );
    expect(toBriefing.statusCode).toBe(409);
    const otherAudience = await send(coordinator, {
      mapping: JSON.stringify({ ...mapping, audience: 'officials' }),
    });
    expect(otherAudience.statusCode).toBe(400);
    expect(otherAudience.json().error.message).toMatch(/không thuộc lớp/);
    const noMapping = await send(coordinator, {});
    expect(noMapping.statusCode).toBe(400);
    expect(noMapping.json().error.message).toMatch(/Chưa chọn cột/);
    const wrongColumn = await send(coordinator, {
      mapping: JSON.stringify({ ...mapping, count: 'Số học viên' }),
    });
    expect(wrongColumn.statusCode).toBe(400);
    expect(wrongColumn.json().error.message).toMatch(/«Số học viên»/);
    for (const agent of [focal, neighbourFocal, viewer]) {
      const res = await send(agent, { mapping: JSON.stringify(mapping), keepGoodRows: 'true' });
      expect(res.statusCode).toBe(404);
    }
    const huge = await send(
      coordinator,
      { mapping: JSON.stringify(mapping) },
      new Uint8Array(10 * 1024 * 1024 + 1).fill(0x25),
    );
    expect(huge.statusCode).toBe(413);
    expect(await counts()).toEqual(before);
  });
});

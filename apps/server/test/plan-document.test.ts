// Any published plan can be downloaded as the official document of a Kế hoạch (Decree 30/2020): the
// commune's plan with its number, date and signer, the province's draft without a number, each
// readable by those who may read the plan and by nobody else.
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishSample, signInAsNewUser } from './support/factories.ts';
import { type Agent, bodyIdByCode, signedInApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let coordinator: Agent;
let admin: Agent;
let focal: Agent;
let provincePlan: string;
let communePlan: string;

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The paragraphs of the document's body, as text. */
function paragraphsOf(bytes: Uint8Array): string[] {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1])
      .join('')
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>'),
  );
}

const download = (agent: Agent, planId: string, format = 'docx') =>
  agent.get(`/api/plans/${planId}/document.${format}`);

beforeAll(async () => {
  ({ t, coordinator, admin, focal } = await signedInApp({
    coordinator: 'tq.dieuphoi',
    admin: 'admin',
    focal: 'hoaan.daumoi',
  }));
  provincePlan = (await publishSample(t, coordinator, '08', 'tuyen-quang-2026.txt')).planId;
  // The province's plan as signed (the sample is the unnumbered draft): Hòa An's cites it by number.
  await t.handle.db
    .updateTable('plans')
    .set({ number: '178/KH-UBND', issued_on: '2026-05-07' })
    .where('id', '=', provincePlan)
    .execute();
  communePlan = (await publishSample(t, admin, '02353', 'hoa-an-2026.txt')).planId;
});
afterAll(async () => t?.close());

describe('a plan as the official document of a Kế hoạch', () => {
  let paragraphs: string[];

  it('downloads the commune’s plan as a .docx named by its number', async () => {
    const res = await download(coordinator, communePlan);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(DOCX);
    expect(res.headers['content-disposition']).toContain('ke-hoach-139-KH-UBND.docx');
    paragraphs = paragraphsOf(res.rawPayload);
  });

  it('heads it with the commune’s people’s committee, its number, place and date', () => {
    expect(paragraphs.slice(0, 3)).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ HÒA AN', '']);
    expect(paragraphs).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(paragraphs).toContain('Số: 139/KH-UBND');
    expect(paragraphs).toContain('Hòa An, ngày 27 tháng 5 năm 2026');
    expect(paragraphs).toContain('KẾ HOẠCH');
  });

  it('cites the province’s plan it carries out first, once', async () => {
    const basis = paragraphs.filter((p) => p.startsWith('Căn cứ'));
    expect(basis[0]).toBe(
      'Căn cứ Kế hoạch số 178/KH-UBND ngày 07/05/2026 của Ủy ban nhân dân tỉnh Tuyên Quang;',
    );
    expect(basis.filter((p) => p.includes('178/KH-UBND'))).toHaveLength(1);
    // As the parser read it: this plan cites the resolution without its date.
    expect(basis).toContain('Căn cứ Nghị quyết số 57-NQ/TW của Bộ Chính trị;');
    const parent = (await coordinator.get(`/api/plans/${communePlan}`)).json().plan.parent;
    expect(parent.id).toBe(provincePlan);
  });

  it('lists every task of the plan, in order, with its number', async () => {
    const plan = (await coordinator.get(`/api/plans/${communePlan}`)).json() as {
      tasks: { ref: string; title: string }[];
    };
    expect(plan.tasks.length).toBeGreaterThan(0);
    const start = paragraphs.indexOf('Thời gian thực hiện');
    const table = paragraphs.slice(start + 1);
    let at = 0;
    for (const task of plan.tasks) {
      const ref = table.indexOf(task.ref, at);
      expect(ref, task.ref).toBeGreaterThanOrEqual(at);
      expect(table[ref + 1]).toBe(task.title.split('\n')[0]?.trim());
      at = ref + 1;
    }
  });

  it('closes with "Nơi nhận" and the chairman’s signature', () => {
    const at = paragraphs.indexOf('Nơi nhận:');
    expect(at).toBeGreaterThan(0);
    expect(paragraphs.slice(at, at + 3)).toEqual(['Nơi nhận:', '- Như mục V;', '- Lưu: VT.']);
    const signature = paragraphs.slice(at + 3).filter(Boolean);
    expect(signature).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Đỗ Văn Hiếu']);
  });

  it('leaves the number blank in a province’s plan not yet numbered, a deputy signing for the chairman', async () => {
    await t.handle.db.updateTable('plans').set({ number: null }).where('id', '=', provincePlan).execute();
    const res = await download(coordinator, provincePlan);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain(`ke-hoach-${provincePlan}.docx`);
    const province = paragraphsOf(res.rawPayload);
    expect(province.slice(0, 2)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH TUYÊN QUANG']);
    expect(province).toContain(`Số:${'\u00a0'.repeat(6)}/KH-UBND`);
    const signature = province.slice(province.indexOf('Nơi nhận:') + 3).filter(Boolean);
    expect(signature).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Vương Ngọc Hà']);
  });

  it('prints a plan issued with a decision under the decision, with its reporting deadlines', async () => {
    const sonLaPlan = (await publishSample(t, admin, '14', 'son-la-2025.txt')).planId;
    const res = await download(admin, sonLaPlan);
    expect(res.statusCode, res.body).toBe(200);
    const sonLa = paragraphsOf(res.rawPayload);
    expect(sonLa.slice(0, 2)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH SƠN LA']);
    // The number is the decision's: the plan under it has none of its own.
    expect(sonLa).toContain(`Số:${'\u00a0'.repeat(6)}/KH-UBND`);
    expect(sonLa).toContain(
      '(Ban hành kèm theo Quyết định số 2493/QĐ-UBND ngày 03/10/2025 của Ủy ban nhân dân tỉnh Sơn La)',
    );
    const title = sonLa[sonLa.indexOf('KẾ HOẠCH') + 1];
    expect(title).toMatch(/^Đẩy mạnh truyền thông thực hiện Nghị quyết số 57-NQ\/TW/);
    expect(sonLa.filter((p) => / trước ngày \d\d\/\d\d hằng năm\.$/.test(p)).length).toBeGreaterThan(0);
    expect(sonLa).toContain('KT. CHỦ TỊCH');
    expect(sonLa).toContain('PHÓ CHỦ TỊCH THƯỜNG TRỰC');
  });

  it('is readable by the commune’s focal point', async () => {
    expect((await download(focal, communePlan)).statusCode).toBe(200);
  });

  it('answers 404 to another province’s coordinator, as for a plan that does not exist', async () => {
    const sonLa = await bodyIdByCode(t.handle, '14');
    const stranger = await signInAsNewUser(
      t,
      { username: 'sonla.dieuphoi', bodyId: sonLa, role: 'coordinator' },
      admin,
    );
    for (const format of ['docx', 'pdf']) {
      const res = await download(stranger, communePlan, format);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('not_found');
      expect((await download(coordinator, '00000000-0000-4000-8000-000000000000', format)).statusCode).toBe(
        404,
      );
    }
  });
});

// The assistant's answers with their sources (issue 19, items 1 and 2): questions phrased with and
// without diacritics, tone placed either way and with abbreviations cite the plan passage that
// answers them; a commune is never answered from another province's plan or from a library item
// not shared to it; nothing fits → "not found"; bad questions are refused in Vietnamese; reference
// documents are uploaded (a file that is not a document is refused and nothing is stored), quoted
// and removed with their passages; a plan amended is cut again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textToDocx } from '../../../packages/plan-parser/test/fixtures.ts';
import { lastAudit } from './support/audit.ts';
import { publishSample, samplePlan, signInAsNewUser, uploadPlan } from './support/factories.ts';
import { type Agent, bodyIdByCode, multipart, signedInApp, type TestApp } from './support/test-app.ts';

interface Hit {
  id: string;
  sourceKind: string;
  sourceId: string;
  title: string;
  section: string;
  quote: string;
  text: string;
}
interface Answer {
  question: string;
  passages: Hit[];
  answer: { sentences: { text: string; passageId: string }[]; mode: string } | null;
  notFound: string | null;
}

const WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const VIETNAMESE = /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/iu;

let t: TestApp;
let broadcaster: Agent;
let focal: Agent;
let coordinator: Agent;
let admin: Agent;
let sonLaCoordinator: Agent;
let province: string;
let hoaAn: string;
const plans: Record<'tuyenQuang' | 'sonLa' | 'hoaAn', string> = { tuyenQuang: '', sonLa: '', hoaAn: '' };

async function ask(agent: Agent, question: string): Promise<Answer> {
  const res = await agent.post('/api/assistant/answers', { question });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Answer;
}

const top3 = (answer: Answer) => answer.passages.slice(0, 3);

beforeAll(async () => {
  ({ t, broadcaster, focal, coordinator, admin } = await signedInApp({
    broadcaster: 'hoaan.truyenthanh',
    focal: 'hoaan.daumoi',
    coordinator: 'tq.dieuphoi',
    admin: 'admin',
  }));
  province = await bodyIdByCode(t.handle, '08');
  hoaAn = await bodyIdByCode(t.handle, '02353');
  const sonLa = await bodyIdByCode(t.handle, '14');
  sonLaCoordinator = await signInAsNewUser(
    t,
    { username: 'sonla.dieuphoi', bodyId: sonLa, role: 'coordinator' },
    admin,
  );
  plans.tuyenQuang = (await publishSample(t, coordinator, '08', 'tuyen-quang-2026.txt')).planId;
  plans.sonLa = (await publishSample(t, admin, '14', 'son-la-2025.txt')).planId;
  plans.hoaAn = (await publishSample(t, focal, '02353', 'hoa-an-2026.txt')).planId;

  // A document of Sơn La's library, shared to Sơn La only.
  const uploaded = await sonLaCoordinator.request({
    method: 'POST',
    url: '/api/library/items',
    ...multipart(
      {
        title: 'Hỏi đáp về loa thông minh',
        summary: '',
        topics: JSON.stringify(['Chuyển đổi số']),
        audience: 'Người dân',
        language: 'vi',
        kind: 'qa',
        usageRights: 'Tự do sử dụng, ghi nguồn',
        shareBodyId: sonLa,
      },
      {
        name: 'hoi-dap.docx',
        type: WORD,
        content: await textToDocx(
          'Hỏi: Bao giờ các bản vùng cao được lắp cụm loa truyền thanh thông minh?\nĐáp: Trong quý IV, tỉnh lắp 45 cụm loa truyền thanh thông minh ứng dụng công nghệ thông tin - viễn thông tại các bản vùng cao, do Đài truyền thanh xã quản lý.',
        ),
      },
    ),
  });
  if (uploaded.statusCode !== 201) throw new Error(`upload failed: ${uploaded.body}`);
  const approved = await admin.post(`/api/library/items/${uploaded.json().item.id}/review`, {
    decision: 'approve',
  });
  if (approved.statusCode !== 200) throw new Error(`review failed: ${approved.body}`);
}, 300_000);
afterAll(async () => t?.close());

describe('answers with their sources', () => {
  it('cites the plan passage that answers, and the answer is made of its sentences', async () => {
    const answer = await ask(
      broadcaster,
      'Mục tiêu đến năm 2030 về tỷ lệ người dân tiếp cận thông tin qua hệ thống thông tin cơ sở là bao nhiêu?',
    );
    expect(answer.notFound).toBeNull();
    const best = answer.passages[0] as Hit;
    expect(best.sourceKind).toBe('plan');
    expect([plans.tuyenQuang, plans.hoaAn]).toContain(best.sourceId);
    expect(best.text).toMatch(/Ít nhất 80% người dân/);
    expect(best.quote).toMatch(/80% người dân/);
    expect(best.section).toMatch(/MỤC TIÊU/);
    expect(answer.answer?.mode).toBe('extractive');
    const sentences = answer.answer?.sentences ?? [];
    expect(sentences.length).toBeGreaterThan(0);
    expect(sentences[0]?.text).toMatch(/80%/);
    // Every sentence is a sentence of the passage it cites.
    for (const sentence of sentences) {
      const cited = answer.passages.find((p) => p.id === sentence.passageId);
      expect(cited?.text.replace(/\s+/g, ' ')).toContain(sentence.text);
    }
  });

  it('finds the same passages without diacritics and with the tone placed either way', async () => {
    const withMarks = await ask(broadcaster, 'Phòng Văn hóa - Xã hội của xã Hòa An chủ trì những việc gì?');
    const oldStyle = await ask(broadcaster, 'Phòng Văn hoá - Xã hội của xã Hoà An chủ trì những việc gì?');
    const bare = await ask(broadcaster, 'phong van hoa - xa hoi cua xa hoa an chu tri nhung viec gi');
    expect(withMarks.passages.length).toBeGreaterThan(0);
    expect(oldStyle.passages.map((p) => p.id)).toEqual(withMarks.passages.map((p) => p.id));
    expect(bare.passages[0]?.id).toBe(withMarks.passages[0]?.id);
    expect(withMarks.passages[0]?.sourceId).toBe(plans.hoaAn);

    const accented = await ask(
      broadcaster,
      'Thôn và tổ công nghệ số cộng đồng hướng dẫn người dân dùng dịch vụ công trực tuyến thế nào?',
    );
    const plain = await ask(
      broadcaster,
      'thon va to cong nghe so cong dong huong dan nguoi dan dung dich vu cong truc tuyen the nao',
    );
    expect(plain.passages[0]?.id).toBe(accented.passages[0]?.id);
    expect(accented.passages[0]?.text).toContain(
      'Hướng dẫn, hỗ trợ người dân tiếp cận và sử dụng dịch vụ công trực tuyến',
    );
  });

  it('reads abbreviations as their words, and document symbols whole', async () => {
    const abbreviated = await ask(
      broadcaster,
      'Ngày hội truyền thông về KH&CN, ĐMST và CĐS ở xã Hòa An tổ chức vào tháng mấy?',
    );
    expect(top3(abbreviated).some((p) => p.text.includes('Tháng 10 hằng năm'))).toBe(true);
    const written = await ask(
      broadcaster,
      'Ngày hội truyền thông về khoa học và công nghệ, đổi mới sáng tạo và chuyển đổi số ở xã Hòa An tổ chức vào tháng mấy?',
    );
    expect(written.passages[0]?.id).toBe(abbreviated.passages[0]?.id);

    const symbol = await ask(broadcaster, 'Kế hoạch của xã căn cứ vào kế hoạch 178/KH-UBND ngày nào?');
    expect(symbol.passages[0]?.text).toContain('Căn cứ Kế hoạch số 178/KH-UBND ngày 07/5/2026');
  });

  it('opens a cited passage with the text around it', async () => {
    const answer = await ask(broadcaster, 'Trung tâm Dịch vụ công của xã làm gì với hệ thống truyền thanh?');
    const cited = answer.passages[0] as Hit;
    expect(cited.text).toContain('biên tập, phát sóng');
    const res = await broadcaster.get(`/api/assistant/passages/${cited.id}`);
    expect(res.statusCode).toBe(200);
    const passage = res.json();
    expect(passage).toMatchObject({
      id: cited.id,
      sourceKind: 'plan',
      sourceId: plans.hoaAn,
      text: cited.text,
    });
    expect(passage.title).toMatch(/Hòa An/);
    expect(passage.before).toEqual(expect.any(String));
    expect(typeof passage.position).toBe('number');
    expect(
      (await broadcaster.get('/api/assistant/passages/00000000-0000-4000-8000-000000000000')).statusCode,
    ).toBe(404);
  });

  it('keeps a cut until its source changes: a second question cuts nothing again', async () => {
    await ask(broadcaster, 'Kinh phí thực hiện kế hoạch lấy từ đâu?');
    const before = await t.handle.db.selectFrom('knowledge_sources').select(['id', 'indexed_at']).execute();
    await ask(broadcaster, 'Kinh phí thực hiện kế hoạch lấy từ đâu?');
    const after = await t.handle.db.selectFrom('knowledge_sources').select(['id', 'indexed_at']).execute();
    expect(after).toEqual(before);
  });
});

describe('what the asker may read', () => {
  it('never answers a commune from another province’s plan', async () => {
    const question = 'Kế hoạch truyền thông của tỉnh Sơn La bắt đầu thực hiện từ tháng mấy?';
    const asAdmin = await ask(admin, question);
    const sonLaPassage = asAdmin.passages.find((p) => p.sourceId === plans.sonLa) as Hit;
    expect(sonLaPassage.text).toContain('bắt đầu thực hiện từ tháng 9 năm 2025');
    const asCommune = await ask(broadcaster, question);
    expect(asCommune.passages.map((p) => p.sourceId)).not.toContain(plans.sonLa);
    expect((await broadcaster.get(`/api/assistant/passages/${sonLaPassage.id}`)).statusCode).toBe(404);
  });

  it('answers from a library item only where it is shared', async () => {
    const question = 'Bao giờ các bản vùng cao được lắp cụm loa truyền thanh thông minh?';
    const inSonLa = await ask(sonLaCoordinator, question);
    const item = inSonLa.passages[0] as Hit;
    expect(item.sourceKind).toBe('library_item');
    expect(item.text).toContain('45 cụm loa truyền thanh thông minh');
    const inHoaAn = await ask(broadcaster, question);
    expect(inHoaAn.passages.map((p) => p.sourceKind)).not.toContain('library_item');
    expect((await broadcaster.get(`/api/assistant/passages/${item.id}`)).statusCode).toBe(404);
  });

  it('says so when nothing in the sources answers', async () => {
    const answer = await ask(broadcaster, 'Giá lúa gạo ở chợ hôm nay bao nhiêu tiền một cân?');
    expect(answer.answer).toBeNull();
    expect(answer.passages).toEqual([]);
    expect(answer.notFound).toMatch(/Không tìm thấy trong các nguồn/);
  });

  it('refuses a question that is missing, empty, too short, too long or not text, in Vietnamese', async () => {
    for (const payload of [
      {},
      { question: '' },
      { question: '  ' },
      { question: 'ab' },
      { question: 'a'.repeat(501) },
      { question: 12 },
      { question: ['câu hỏi'] },
    ]) {
      const res = await broadcaster.post('/api/assistant/answers', payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.message).toMatch(VIETNAMESE);
    }
  });
});

describe('reference documents', () => {
  const resolution =
    'NGHỊ QUYẾT\nVề đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia\nIII. MỤC TIÊU\n1. Mục tiêu đến năm 2030\nTiềm lực, trình độ khoa học, công nghệ và đổi mới sáng tạo đạt mức tiên tiến ở nhiều lĩnh vực quan trọng; chi cho nghiên cứu phát triển đạt 2% GDP; nhân lực nghiên cứu đạt 12 người trên một vạn dân.\n';
  let id: string;

  const upload = (agent: Agent, bodyId: string, file: { name: string; type: string; content: Uint8Array }) =>
    agent.request({
      method: 'POST',
      url: `/api/bodies/${bodyId}/reference-documents`,
      ...multipart(
        { title: 'Nghị quyết về đột phá phát triển khoa học, công nghệ', symbol: '57-NQ/TW' },
        file,
      ),
    });

  it('is uploaded by who manages the body’s plans and quoted below it', async () => {
    const res = await upload(coordinator, province, {
      name: 'nghi-quyet-57.txt',
      type: 'text/plain',
      content: new TextEncoder().encode(resolution),
    });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    expect(res.json()).toMatchObject({
      symbol: '57-NQ/TW',
      version: 1,
      body: { id: province },
      canDelete: true,
    });
    expect(await lastAudit(t.handle, 'reference_document.upload', id)).toBeTruthy();
    // The broadcaster reads it but may not remove it: the list says so, and the web hides the button.
    const listed = (await broadcaster.get('/api/reference-documents')).json().items as {
      id: string;
      canDelete: boolean;
    }[];
    expect(listed.find((d) => d.id === id)).toMatchObject({ canDelete: false });

    const answer = await ask(
      broadcaster,
      'Theo NQ 57-NQ/TW, đến năm 2030 chi cho nghiên cứu phát triển đạt bao nhiêu phần trăm GDP?',
    );
    expect(answer.passages[0]).toMatchObject({ sourceKind: 'reference', sourceId: id });
    expect(answer.answer?.sentences[0]?.text).toMatch(/2% GDP/);
  });

  it('refuses a file that is not a document, and one uploaded by a broadcaster, storing nothing', async () => {
    const count = async () =>
      Number(
        (
          await t.handle.db
            .selectFrom('reference_documents')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const files = async () =>
      Number(
        (
          await t.handle.db
            .selectFrom('files')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const [documentsBefore, filesBefore] = [await count(), await files()];
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82,
    ]);
    for (const file of [
      { name: 'nghi-quyet.docx', type: WORD, content: png },
      { name: 'anh.png', type: 'image/png', content: png },
      { name: 'rong.txt', type: 'text/plain', content: new Uint8Array() },
    ]) {
      const res = await upload(coordinator, province, file);
      expect(res.statusCode, file.name).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, file.name).toBeLessThan(500);
      expect(res.json().error.message).toMatch(VIETNAMESE);
    }
    // A picture named .docx is refused by the upload check (415, as for plans); a real Word file
    // with no text by the reader (400).
    expect(
      (await upload(coordinator, province, { name: 'nghi-quyet.docx', type: WORD, content: png })).statusCode,
    ).toBe(415);
    const empty = await upload(coordinator, province, {
      name: 'rong.docx',
      type: WORD,
      content: await textToDocx(''),
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toMatch(VIETNAMESE);
    const byBroadcaster = await upload(broadcaster, hoaAn, {
      name: 'nghi-quyet.txt',
      type: 'text/plain',
      content: new TextEncoder().encode(resolution),
    });
    expect(byBroadcaster.statusCode).toBe(404);
    expect([await count(), await files()]).toEqual([documentsBefore, filesBefore]);
  });

  it('is removed with its passages', async () => {
    const answer = await ask(
      broadcaster,
      'Đến năm 2030 nhân lực nghiên cứu đạt bao nhiêu người trên một vạn dân?',
    );
    const cited = answer.passages[0] as Hit;
    expect(cited.sourceId).toBe(id);
    expect(
      (await broadcaster.request({ method: 'DELETE', url: `/api/reference-documents/${id}?version=1` }))
        .statusCode,
    ).toBe(404);
    expect(
      (await coordinator.request({ method: 'DELETE', url: `/api/reference-documents/${id}?version=2` }))
        .statusCode,
    ).toBe(409);
    expect(
      (await coordinator.request({ method: 'DELETE', url: `/api/reference-documents/${id}?version=1` }))
        .statusCode,
    ).toBe(204);
    expect(await lastAudit(t.handle, 'reference_document.delete', id)).toBeTruthy();
    expect((await broadcaster.get(`/api/assistant/passages/${cited.id}`)).statusCode).toBe(404);
    const again = await ask(
      broadcaster,
      'Đến năm 2030 nhân lực nghiên cứu đạt bao nhiêu người trên một vạn dân?',
    );
    expect(again.passages.map((p) => p.sourceId)).not.toContain(id);
  });
});

describe('another province’s reference document', () => {
  it('answers 404 to its passage, its removal and an upload to that province, as for a missing id', async () => {
    const sonLa = await bodyIdByCode(t.handle, '14');
    const created = await sonLaCoordinator.request({
      method: 'POST',
      url: `/api/bodies/${sonLa}/reference-documents`,
      ...multipart(
        { title: 'Chương trình hành động của tỉnh', symbol: '01-CTr/TU' },
        {
          name: 'ctr.txt',
          type: 'text/plain',
          content: new TextEncoder().encode(
            'Tỉnh lắp đặt 120 cụm loa truyền thanh thông minh tại các bản vùng cao trong năm 2026.',
          ),
        },
      ),
    });
    expect(created.statusCode, created.body).toBe(201);
    const reference = created.json().id as string;
    const passage = await t.handle.db
      .selectFrom('knowledge_passages as passage')
      .innerJoin('knowledge_sources as source', 'source.id', 'passage.knowledge_source_id')
      .select('passage.id')
      .where('source.kind', '=', 'reference')
      .where('source.source_id', '=', reference)
      .executeTakeFirstOrThrow();
    expect((await sonLaCoordinator.get(`/api/assistant/passages/${passage.id}`)).statusCode).toBe(200);
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const agent of [broadcaster, focal, coordinator]) {
      for (const id of [passage.id, missing]) {
        const res = await agent.get(`/api/assistant/passages/${id}`);
        expect(res.statusCode).toBe(404);
        expect(res.json().error.code).toBe('not_found');
      }
      for (const id of [reference, missing]) {
        expect(
          (await agent.request({ method: 'DELETE', url: `/api/reference-documents/${id}?version=1` }))
            .statusCode,
        ).toBe(404);
      }
      for (const body of [sonLa, missing]) {
        const res = await agent.request({
          method: 'POST',
          url: `/api/bodies/${body}/reference-documents`,
          ...multipart(
            { title: 'Nghị quyết' },
            {
              name: 'nq.txt',
              type: 'text/plain',
              content: new TextEncoder().encode('Nghị quyết số 57-NQ/TW.'),
            },
          ),
        });
        expect(res.statusCode).toBe(404);
      }
      const listed = (await agent.get(`/api/reference-documents?bodyId=${sonLa}`)).json().items;
      expect(listed).toEqual([]);
    }
  });
});

describe('a plan amended', () => {
  it('is cut again: the new text is quoted and the old passages are gone', async () => {
    const question = 'Ngày hội truyền thông về chuyển đổi số ở xã Hòa An tổ chức vào tháng mấy?';
    const before = await ask(broadcaster, question);
    const old = top3(before).find((p) => p.text.includes('Tháng 10 hằng năm')) as Hit;
    expect(old).toBeTruthy();

    const amended = new TextDecoder()
      .decode(samplePlan('hoa-an-2026.txt'))
      .replace('Tháng 10 hằng năm', 'Tháng 11 hằng năm');
    const upload = await uploadPlan(
      t,
      focal,
      { bodyId: hoaAn, amendsPlanId: plans.hoaAn },
      { name: 'sua-doi-hoa-an.txt', content: new TextEncoder().encode(amended) },
    );
    const draft = (await focal.get(`/api/plan-imports/${upload.id}`)).json();
    const leads = (draft.extract.tasks as { lead: string[] }[]).flatMap((task) => task.lead);
    const mapping = Object.fromEntries(
      leads.filter((n) => !draft.mapping[n]?.length).map((n) => [n, [hoaAn]]),
    );
    const saved = await focal.patch(`/api/plan-imports/${draft.id}`, { mapping, version: draft.version });
    expect(saved.statusCode, saved.body).toBe(200);
    const published = await focal.post(`/api/plan-imports/${draft.id}/publish`, {
      version: saved.json().version,
    });
    expect(published.statusCode, published.body).toBe(201);

    const after = await ask(broadcaster, question);
    expect(top3(after).some((p) => p.text.includes('Tháng 11 hằng năm'))).toBe(true);
    expect(after.passages.some((p) => p.text.includes('Tháng 10 hằng năm'))).toBe(false);
    expect((await broadcaster.get(`/api/assistant/passages/${old.id}`)).statusCode).toBe(404);
    const source = await t.handle.db
      .selectFrom('knowledge_sources')
      .select('fingerprint')
      .where('kind', '=', 'plan')
      .where('source_id', '=', plans.hoaAn)
      .executeTakeFirstOrThrow();
    expect(source.fingerprint).toBe('2');
  });
});

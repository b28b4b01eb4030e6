// Finding 16 of the security review: `POST /api/bodies/match` took 500 names of 490 characters from
// any signed-in account (viewers included) and blocked the event loop for seconds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyIdByCode, createTestApp, signIn, type TestApp } from './support/test-app.ts';

const PER_MINUTE = 4;
let t: TestApp;
let tuyenQuang: string;
beforeAll(async () => {
  t = await createTestApp({ matchPerMinute: PER_MINUTE });
  tuyenQuang = await bodyIdByCode(t.handle, '08');
});
afterAll(async () => t?.close());

describe('matching names', () => {
  it('refuses too many names, too long a name and too much text in all, naming the field', async () => {
    const viewer = await signIn(t.app, 'tq.lanhdao');
    const match = (texts: string[]) => viewer.post('/api/bodies/match', { contextId: tuyenQuang, texts });
    const tooMany = await match(Array.from({ length: 101 }, (_, i) => `Xã số ${i}`));
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.field).toBe('texts');
    const tooLong = await match([`Sở Y tế ${'và '.repeat(100)}`]);
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.field).toBe('texts.0');
    const tooMuch = await match(Array.from({ length: 100 }, (_, i) => `${i} ${'UBND xã '.repeat(18)}`));
    expect(tooMuch.statusCode).toBe(400);
    expect(tooMuch.json().error.message).toMatch(/Hãy chia thành nhiều lần gửi/);

    // The largest request allowed: 10,000 characters of names that all widen to every commune.
    const largest = Array.from({ length: 100 }, (_, i) =>
      `UBND các xã ${i} ${'UBND xã '.repeat(11)}`.slice(0, 100),
    );
    const started = performance.now();
    const res = await match(largest);
    console.info(`largest allowed match request: ${(performance.now() - started).toFixed(0)} ms`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toHaveLength(100);
  });

  it('lists at most 200 bodies of a group, with their number, even for every commune of the country', async () => {
    const admin = await signIn(t.app, 'admin');
    const country = (await admin.get('/api/bodies/roots')).json().items[0].id;
    const communes = await t.handle.db
      .selectFrom('bodies')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('kind', '=', 'commune')
      .executeTakeFirstOrThrow();
    const texts = Array.from({ length: 100 }, (_, i) =>
      `UBND các xã ${i} ${'UBND xã '.repeat(11)}`.slice(0, 100),
    );
    const started = performance.now();
    const res = await admin.post('/api/bodies/match', { contextId: country, texts });
    console.info(
      `largest allowed national match request: ${(performance.now() - started).toFixed(0)} ms, ${res.body.length} bytes`,
    );
    expect(res.statusCode).toBe(200);
    const group = res.json().items[0].match;
    expect(group.type).toBe('group');
    expect(group.bodies).toHaveLength(200);
    expect(group.bodyCount).toBe(Number(communes.n));
    // The index of the country's bodies is kept: other names then cost only their matching.
    const others = texts.map((text) => text.replace('các xã', 'các phường').slice(0, 100));
    const again = performance.now();
    expect((await admin.post('/api/bodies/match', { contextId: country, texts: others })).statusCode).toBe(
      200,
    );
    console.info(`100 other names with the index kept: ${(performance.now() - again).toFixed(0)} ms`);
  });

  it('limits each account to its own number of requests per minute', async () => {
    const focalPoint = await signIn(t.app, 'hoaan.daumoi');
    const hoaAn = await bodyIdByCode(t.handle, '02353');
    const other = await signIn(t.app, 'tq.dieuphoi');
    const statuses: number[] = [];
    for (let i = 0; i <= PER_MINUTE; i++) {
      const res = await focalPoint.post('/api/bodies/match', { contextId: hoaAn, texts: ['UBND xã'] });
      statuses.push(res.statusCode);
    }
    expect(statuses).toEqual([...Array<number>(PER_MINUTE).fill(200), 429]);
    // Another account from the same address has its own budget.
    const res = await other.post('/api/bodies/match', { contextId: tuyenQuang, texts: ['Sở Y tế'] });
    expect(res.statusCode).toBe(200);
    expect(res.json().items[0].match).toMatchObject({ type: 'body', body: { name: 'Sở Y tế' } });
  });
});

// The station API checks a station's key once per request: the rate limit needs the station to
// count against, and the handler needs it to act as; both share one verification.
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { bodyIdByCode, createTestApp, signIn, type TestApp } from './support/test-app.ts';

/** Counts the statements that read or write the stations table. */
class StationReads implements KyselyPlugin {
  count = 0;
  transformQuery({ node }: PluginTransformQueryArgs) {
    if (JSON.stringify(node).includes('"broadcast_stations"')) this.count++;
    return node;
  }
  async transformResult({ result }: PluginTransformResultArgs) {
    return result;
  }
}

let t: TestApp;
let counted: Awaited<ReturnType<typeof buildApp>>;
const reads = new StationReads();
let key: string;
beforeAll(async () => {
  t = await createTestApp();
  const broadcaster = await signIn(t.app, 'hoaan.truyenthanh');
  const hoaAn = await bodyIdByCode(t.handle, '02353');
  const stations = (await broadcaster.get('/api/broadcast/stations')).json().items;
  const stationId = stations.find((s: { body: { id: string } }) => s.body.id === hoaAn).id;
  key = (await broadcaster.post(`/api/broadcast/stations/${stationId}/api-key`)).json().apiKey;
  // The same database, seen through a plugin that counts the station reads.
  counted = await buildApp({
    handle: { ...t.handle, db: t.handle.db.withPlugin(reads) },
    config: t.config,
    version: 'test',
  });
  await counted.ready();
});
afterAll(async () => {
  await counted?.close();
  await t?.close();
});

const station = (method: 'GET' | 'POST', url: string, apiKey: string, payload?: object) =>
  counted.inject({ method, url, headers: { 'x-station-key': apiKey }, ...(payload ? { payload } : {}) });

describe('the station API', () => {
  it('reads the station once per request, for the rate limit and the handler alike', async () => {
    reads.count = 0;
    expect((await station('GET', '/api/station/programme', key)).statusCode).toBe(200);
    expect(reads.count).toBe(1);

    reads.count = 0;
    const aired = await station('POST', '/api/station/log', key, { title: 'Tin địa phương' });
    expect(aired.statusCode).toBe(201);
    expect(aired.json().entry.recordedBy).toBeNull();
    expect(reads.count).toBe(1);

    reads.count = 0;
    expect((await station('GET', '/api/station/pack.zip', key)).statusCode).toBe(200);
    expect(reads.count).toBe(1);
  });

  it('refuses a key that does not verify with 401 in Vietnamese', async () => {
    const refused = await station('GET', '/api/station/programme', `${key.split('.')[0]}.bogus`);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error.message).toContain('Khóa API của đài không đúng');
  });
});

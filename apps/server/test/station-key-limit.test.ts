// Finding 20 of the security review: the station API's rate limit was keyed on the unverified
// station id before the dot of `x-station-key`, so anyone knowing a station's id could spend its
// budget with bogus keys and lock the real loudspeaker system out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyIdByCode, createTestApp, signIn, type TestApp } from './support/test-app.ts';

const PER_MINUTE = 5;
let t: TestApp;
let stationId: string;
let key: string;
beforeAll(async () => {
  t = await createTestApp({ stationPerMinute: PER_MINUTE });
  const broadcaster = await signIn(t.app, 'hoaan.truyenthanh');
  const hoaAn = await bodyIdByCode(t.handle, '02353');
  const stations = (await broadcaster.get('/api/broadcast/stations')).json().items;
  stationId = stations.find((s: { body: { id: string } }) => s.body.id === hoaAn).id;
  key = (await broadcaster.post(`/api/broadcast/stations/${stationId}/api-key`)).json().apiKey;
});
afterAll(async () => t?.close());

const programme = (apiKey: string, from: string) =>
  t.app.inject({
    method: 'GET',
    url: '/api/station/programme',
    remoteAddress: from,
    headers: { 'x-station-key': apiKey },
  });

describe('the station API rate limit', () => {
  it('counts bogus keys against the sender’s address, and the genuine key against its station', async () => {
    const attacker = '203.0.113.9';
    const bogus: number[] = [];
    for (let i = 0; i <= PER_MINUTE; i++)
      bogus.push((await programme(`${stationId}.bogus${i}`, attacker)).statusCode);
    expect(bogus).toEqual([...Array<number>(PER_MINUTE).fill(401), 429]);

    // The station's own budget is untouched: its system still gets its programme, from anywhere.
    expect((await programme(key, '198.51.100.5')).statusCode).toBe(200);
    expect((await programme(key, attacker)).statusCode).toBe(200);
    // Another sender of bogus keys has a budget of its own.
    expect((await programme(`${stationId}.bogus`, '192.0.2.77')).statusCode).toBe(401);

    // The genuine key is still limited, per station, wherever it is sent from.
    const genuine: number[] = [];
    for (let i = 2; i <= PER_MINUTE; i++) genuine.push((await programme(key, `198.51.100.${i}`)).statusCode);
    expect(genuine).toEqual([...Array<number>(PER_MINUTE - 2).fill(200), 429]);
  });
});

import { vietnamToday } from '@lantoa/domain';
// Bad input is a 400, never a 500. Every route of the app, as the national administrator, as a
// commune's focal point and as an anonymous client, gets requests generated from its own OpenAPI
// schema: values of the right shape with ids that exist (of the right kind, of other bodies, of
// other kinds), then mutated: NUL bytes, lone surrogates, impossible dates, int4 overflows, huge
// strings, wrong types, extra and missing keys, duplicate keys, deep nesting, random JSON, multipart
// forms with hostile names. Any 5xx fails the test with the request that caused it, shrunk by
// fast-check. It also lists the routes where only the database's refusal (the error handler's safety
// net) turned bad input into a 4xx: their schemas should refuse it first.
//
// LANTOA_FUZZ_RUNS sets the runs per route and actor (default 6); LANTOA_FUZZ_SEED replays a run.
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { DATABASE_VERDICT_MESSAGES } from '../src/http/errors.ts';
import { seedDemoLibrary } from '../src/seed/demo-broadcast.ts';
import { seedDemoFeedback } from '../src/seed/demo-feedback.ts';
import { seedDemoMisinformation } from '../src/seed/demo-misinformation.ts';
import { seedDemoOutputs } from '../src/seed/demo-outputs.ts';
import { seedDemoPlans } from '../src/seed/demo-plans.ts';
import { seedDemoProblems } from '../src/seed/demo-problems.ts';
import { seedDemoScience } from '../src/seed/demo-science.ts';
import {
  type Agent,
  bodyIdByCode,
  multipart,
  signedInApp,
  signIn,
  type TestApp,
  userIdByName,
} from './support/test-app.ts';

// Nothing may depend on the day the suite runs: the server's clock is pinned.
vi.useFakeTimers({ toFake: ['Date'] });
vi.setSystemTime(new Date('2026-10-15T03:00:00Z'));

const RUNS = Number(process.env.LANTOA_FUZZ_RUNS ?? 6);
const SEED = Number(process.env.LANTOA_FUZZ_SEED ?? Math.floor(Math.random() * 2_147_483_647));

/** 5xx answers that are documented, not faults: the PDF needs LibreOffice on the server. */
const ACCEPTED_5XX: Record<string, { status: number; code: string }> = {
  'POST /api/periods/:id/consolidated.pdf': { status: 503, code: 'pdf_unavailable' },
  'GET /api/plans/:id/document.pdf': { status: 503, code: 'pdf_unavailable' },
  'POST /api/plans/:id/review.pdf': { status: 503, code: 'pdf_unavailable' },
};
/** Not sent with a session: it would end the session the rest of the run uses. */
const SESSION_ENDING = new Set(['POST /api/auth/sign-out']);
/** Expensive routes (password hashing, documents, LibreOffice) get one run per actor, as reads without input do. */
const SLOW = new Set([
  'POST /api/periods/:id/consolidated.pdf',
  'POST /api/periods/:id/consolidated.docx',
  'GET /api/plans/:id/document.pdf',
  'GET /api/plans/:id/document.docx',
  'POST /api/plans/:id/review.pdf',
  'POST /api/plans/:id/review.docx',
  'POST /api/plans/:id/child-drafts',
  'POST /api/auth/sign-in',
  'POST /api/auth/change-password',
  'POST /api/users',
  'POST /api/users/:id/reset-password',
  // Reads the web page it is given (up to its timeout): a valid address in a fuzzed request is rare.
  'POST /api/outputs/preview',
  // Reads the channel's feed (up to its timeout) once a fuzzed change has given it an address.
  'POST /api/channels/:id/read',
]);

// --- ids that exist ---------------------------------------------------------------------------------

/** The table whose ids a field or path parameter takes, by the field's name… */
const FIELD_KINDS: Record<string, string> = {
  bodyId: 'bodies',
  parentId: 'bodies',
  targetBodyId: 'bodies',
  shareBodyId: 'bodies',
  scopeBodyId: 'bodies',
  contextId: 'bodies',
  userId: 'users',
  periodId: 'reporting_periods',
  indicatorId: 'indicators',
  parentPlanId: 'plans',
  amendsPlanId: 'plans',
  sourceItemId: 'library_items',
  sourceBulletinId: 'bulletins',
  bulletinId: 'bulletins',
  questionId: 'quiz_questions',
  contestId: 'quiz_contests',
  taskId: 'tasks',
  channelId: 'channels',
  pressReleaseId: 'press_releases',
  libraryItemId: 'library_items',
  // An array's items take the array's name.
  libraryItemIds: 'library_items',
  contactIds: 'network_contacts',
  pushId: 'library_pushes',
  handlerBodyId: 'bodies',
  communeIds: 'bodies',
  selectedProposalIds: 'science_proposals',
  modelId: 'event_models',
  outputId: 'outputs',
  nomineeBodyId: 'bodies',
  presenterBodyId: 'bodies',
  eventId: 'events',
  planId: 'plans',
  lineId: 'budget_lines',
  bodyIds: 'bodies',
};
/** …or, for `:id`, by the route it sits in. */
const ROUTE_KINDS: [RegExp, string][] = [
  [/^\/api\/bodies\//, 'bodies'],
  [/^\/api\/users\//, 'users'],
  [/^\/api\/plan-imports\//, 'plan_imports'],
  [/^\/api\/plans\//, 'plans'],
  [/^\/api\/assignments\//, 'assignments'],
  [/^\/api\/tasks\//, 'tasks'],
  [/^\/api\/occurrences\//, 'occurrences'],
  [/^\/api\/files\//, 'files'],
  [/^\/api\/notifications\//, 'notifications'],
  [/^\/api\/indicators\//, 'indicators'],
  [/^\/api\/periods\//, 'reporting_periods'],
  [/^\/api\/quiz\/questions\//, 'quiz_questions'],
  [/^\/api\/(quiz|public)\/contests\//, 'quiz_contests'],
  [/^\/api\/public\/attempts\//, 'quiz_attempts'],
  [/^\/api\/library\/items\//, 'library_items'],
  [/^\/api\/library\//, 'library_items'],
  [/^\/api\/outputs\//, 'outputs'],
  [/^\/api\/channels\//, 'channels'],
  [/^\/api\/contacts\//, 'network_contacts'],
  [/^\/api\/press-releases\//, 'press_releases'],
  [/^\/api\/pushes\//, 'library_pushes'],
  [/^\/api\/broadcast\/bulletins\//, 'bulletins'],
  [/^\/api\/broadcast\/stations\//, 'broadcast_stations'],
  [/^\/api\/science-tasks\//, 'science_tasks'],
  [/^\/api\/science-problems\//, 'science_problems'],
  [/^\/api\/science-proposals\//, 'science_proposals'],
  [/^\/api\/feedback\//, 'feedback'],
  [/^\/api\/misinformation\//, 'misinformation_reports'],
  [/^\/api\/public-sites\//, 'bodies'],
  [/^\/api\/events\//, 'events'],
  [/^\/api\/honour-nominations\//, 'honour_nominations'],
  [/^\/api\/budget\/estimates\//, 'budget_estimates'],
  [/^\/cong-khai\/[^/]+\/nhiem-vu-khcn\//, 'science_tasks'],
  [/^\/cong-khai\/[^/]+\/dat-hang\//, 'science_problems'],
  [/^\/cong-khai\/[^/]+\/phan-anh\//, 'feedback'],
  [/^\/cong-khai\/[^/]+\/tin-sai\//, 'misinformation_reports'],
  [/^\/cong-khai\/[^/]+\/thu-vien\//, 'library_items'],
];
let idsByKind: Record<string, string[]> = {};
let allIds: string[] = [];

/** An id of the kind the field takes most of the time, else one of any kind, else a random one. */
const uuid = (kind?: string) => {
  const ofKind = kind ? (idsByKind[kind] ?? []) : [];
  return fc.oneof(
    ...(ofKind.length ? [{ weight: 6, arbitrary: fc.constantFrom(...ofKind) }] : []),
    { weight: 2, arbitrary: fc.constantFrom(...allIds) },
    { weight: 1, arbitrary: fc.uuid() },
  );
};

// --- values of the schema's shape ---------------------------------------------------------------------

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  nullable?: boolean;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
}
interface Operation {
  parameters?: { in: 'path' | 'query' | 'header'; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

const letters = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạầấậềếệòóỏõọờớợùúủũụỳýAĂÂĐÊÔƠƯ 0123456789-./'];
const vietnamese = (minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...letters), minLength, maxLength });
const between = (from: string, to: string) =>
  fc.date({ min: new Date(from), max: new Date(to), noInvalidDate: true });
const isoDay = between('2024-01-01T00:00:00Z', '2028-12-31T00:00:00Z').map((d) =>
  d.toISOString().slice(0, 10),
);
const isoInstant = between('2024-01-01T00:00:00Z', '2028-12-31T00:00:00Z').map((d) => d.toISOString());

/** Values a client of the API would send for `schema`; `name` is the field's, `kind` the id table for `:id`. */
function validOf(schema: JsonSchema, name = '', kind?: string, depth = 0): fc.Arbitrary<unknown> {
  const value = nonNullOf(schema, name, kind, depth);
  return schema.nullable ? fc.option(value, { nil: null, freq: 6 }) : value;
}

function nonNullOf(
  schema: JsonSchema,
  name: string,
  kind: string | undefined,
  depth: number,
): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return fc.oneof(...union.map((s) => validOf(s, name, kind, depth)));
  if (schema.allOf?.[0]) return validOf(schema.allOf[0], name, kind, depth);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'string') {
    const max = Math.min(schema.maxLength ?? 40, 40);
    if (schema.format === 'uuid') return uuid(FIELD_KINDS[name] ?? kind);
    if (schema.format === 'date') return isoDay;
    if (schema.format === 'date-time') return isoInstant;
    if (schema.format === 'email') return fc.emailAddress();
    if (schema.format === 'uri') return fc.webUrl();
    if (schema.pattern)
      return fc.stringMatching(new RegExp(schema.pattern)).map((s) => s.slice(0, schema.maxLength));
    return vietnamese(Math.min(schema.minLength ?? 0, max), max);
  }
  // The version an editor loaded: the rows of a run are changed a few times at most, so a small one
  // often matches and the request reaches the handler's change (a query's number is typed `number`).
  if ((type === 'integer' || type === 'number') && name === 'version') return fc.integer({ min: 1, max: 3 });
  if (type === 'integer' || type === 'number') {
    const min = Math.max(schema.minimum ?? -1000, -1e6);
    const max = Math.max(min, Math.min(schema.maximum ?? 1000, 1e6));
    return type === 'integer'
      ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
      : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  }
  if (type === 'boolean') return fc.boolean();
  if (type === 'array') {
    const min = schema.minItems ?? 0;
    if (depth > 6 || !schema.items) return fc.constant([]);
    return fc.array(validOf(schema.items, name, kind, depth + 1), {
      minLength: min,
      maxLength: Math.min(schema.maxItems ?? min + 3, min + 3),
    });
  }
  if (type === 'object') {
    if (depth > 6) return fc.constant({});
    const shape = Object.fromEntries(
      Object.entries(schema.properties ?? {}).map(([key, s]) => [key, validOf(s, key, kind, depth + 1)]),
    );
    const record = fc.record(shape, { requiredKeys: schema.required ?? [] });
    if (typeof schema.additionalProperties !== 'object') return record;
    const more = fc.dictionary(
      vietnamese(1, 20),
      validOf(schema.additionalProperties, name, kind, depth + 1),
      {
        maxKeys: 3,
      },
    );
    return fc.tuple(record, more).map(([known, extra]) => ({ ...extra, ...known }));
  }
  return fc.jsonValue({ maxDepth: 2 });
}

// --- what an attacker or a broken client sends --------------------------------------------------------

/** Bad text by class, each class as likely as the others. */
const BAD_TEXT: Record<string, string[]> = {
  nul: ['\u0000', 'a\u0000b', '\u0000'.repeat(5000)],
  surrogate: ['\ud800', 'x\udfffy', '\udc00\ud800\ud800'],
  invisible: ['\u200b\u200b', '\u0301\u0301\u0301', 'A\u202eB', '\u3164', ' ', ''],
  date: [
    '2026-02-31',
    '2026-02-29',
    '2026-13-01',
    '2026-00-10',
    '0000-00-00',
    '0001-01-01',
    '9999-12-31',
    '275760-09-14',
  ],
  instant: [
    '2026-02-31T10:00:00Z',
    '0000-01-01T00:00:00Z',
    '2026-05-07T06:30:00+23:59',
    '2026-05-07T06:30:00.1234567890123Z',
  ],
  number: ['-1', '2147483648', '1e400', 'NaN', '1.5', '0x10', 'null', '2026', '2026-13'],
  query: ['%', '_', '\\', "' OR 1=1 --", '__proto__', 'constructor'],
  id: ['00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '-'.repeat(36)],
  huge: ['x'.repeat(10_001), 'ệ'.repeat(70_000)],
};
const badString = () =>
  fc.oneof(
    ...Object.values(BAD_TEXT).map((values) => fc.constantFrom(...values)),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.string({
      unit: fc.constantFrom('\u0000', '\ud800', '\udc00', '\u202e', '\u200b', 'a', '\n'),
      maxLength: 8,
    }),
    uuid(),
  );
const badNumber = () =>
  fc.constantFrom(
    2147483648,
    2147483647,
    -2147483649,
    -1,
    0,
    1.5,
    1e21,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
  );
const wrongType = () =>
  fc.constantFrom<unknown>(null, true, false, [], {}, [null], { a: 1 }, '', 0, '1', [[[]]]);
const badValue = () =>
  fc.oneof(
    { weight: 4, arbitrary: badString() },
    { weight: 3, arbitrary: badNumber() },
    { weight: 2, arbitrary: wrongType() },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  );

type Path = (string | number)[];
/** Every place in a value (the root too), so a mutation reaches any field at any depth. */
function placesOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) placesOf(item, [...path, i], out);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) placesOf(item, [...path, key], out);
  }
  return out;
}
const at = (value: unknown, path: Path) =>
  path.reduce<unknown>((v, key) => (v as Record<string | number, unknown>)?.[key], value);
function replaceAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...Path];
  if (Array.isArray(value))
    return value.map((item, i) => (i === head ? replaceAt(item, rest, replacement) : item));
  if (value && typeof value === 'object') {
    return { ...value, [head]: replaceAt((value as Record<string, unknown>)[head], rest, replacement) };
  }
  return replacement;
}

interface Mutation {
  kind: 'replace' | 'add-key' | 'drop-key';
  place: number;
  value: unknown;
  key: string;
}
const mutation = () =>
  fc.record({
    kind: fc.constantFrom<Mutation['kind']>('replace', 'replace', 'replace', 'add-key', 'drop-key'),
    place: fc.nat(),
    value: badValue(),
    key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'version', 'id', 'a\u0000b'), vietnamese(1, 8)),
  });
function mutate(value: unknown, m: Mutation): unknown {
  const places = placesOf(value);
  if (m.kind === 'replace') return replaceAt(value, places[m.place % places.length] as Path, m.value);
  const objects = places.filter((p) => {
    const target = at(value, p);
    return target !== null && typeof target === 'object' && !Array.isArray(target);
  });
  const path = objects[m.place % Math.max(objects.length, 1)];
  if (!path) return replaceAt(value, [], m.value);
  const target = at(value, path) as Record<string, unknown>;
  if (m.kind === 'add-key') return replaceAt(value, path, { ...target, [m.key]: m.value });
  const keys = Object.keys(target);
  const { [keys[m.place % Math.max(keys.length, 1)] ?? '']: _dropped, ...rest } = target;
  return replaceAt(value, path, rest);
}

/** `{…}` with one key twice: JSON.parse keeps the last, so the schema must see the bad one or the good one. */
function duplicateKey(value: unknown, bad: unknown, choice: number): string {
  const entries = value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [];
  const [key] = entries[choice % Math.max(entries.length, 1)] ?? ['version'];
  const pair = (k: string, v: unknown) => `${JSON.stringify(k)}:${JSON.stringify(v) ?? 'null'}`;
  const pairs = entries.map(([k, v]) => pair(k, v));
  return `{${(choice % 2 ? [pair(key, bad), ...pairs] : [...pairs, pair(key, bad)]).join(',')}}`;
}
const nested = (levels: number) =>
  fc.constantFrom(
    `${'['.repeat(levels)}${']'.repeat(levels)}`,
    `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`,
  );

/** Percent-encodes as a client would, and a lone surrogate as the invalid UTF-8 a raw client can send. */
function encodeLoose(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return [...value]
      .map((ch) => {
        const unit = ch.charCodeAt(0);
        if (ch.length === 2 || unit < 0xd800 || unit > 0xdfff) return encodeURIComponent(ch);
        return [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
          .map((byte) => `%${byte.toString(16).toUpperCase()}`)
          .join('');
      })
      .join('');
  }
}

// --- requests -----------------------------------------------------------------------------------------

interface Route {
  key: string;
  method: string;
  url: string;
  operation: Operation;
}
type Body =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | { kind: 'raw'; text: string }
  | { kind: 'multipart'; fields: Record<string, string>; fileName: string; content: number[] };
interface Request {
  url: string;
  body: Body;
  headers: Record<string, string>;
}

/** The text fields of the upload routes (plans, evidence, library, templates), sent before the file. */
const UPLOAD_FIELDS = [
  'bodyId',
  'amendsPlanId',
  'title',
  'summary',
  'topics',
  'audience',
  'language',
  'kind',
  'usageRights',
  'shareBodyId',
];

function bodiesFor(route: Route): fc.Arbitrary<Body> {
  const schema = route.operation.requestBody?.content['application/json']?.schema;
  const raw = (text: fc.Arbitrary<string>) => text.map((t): Body => ({ kind: 'raw', text: t }));
  if (schema) {
    const valid = validOf(schema);
    return fc.oneof(
      { weight: 3, arbitrary: valid.map((value): Body => ({ kind: 'json', value })) },
      {
        weight: 6,
        arbitrary: fc.tuple(valid, mutation()).map(([v, m]): Body => ({ kind: 'json', value: mutate(v, m) })),
      },
      {
        weight: 2,
        arbitrary: fc
          .tuple(valid, mutation(), mutation())
          .map(([v, a, b]): Body => ({ kind: 'json', value: mutate(mutate(v, a), b) })),
      },
      {
        weight: 1,
        arbitrary: raw(fc.tuple(valid, badValue(), fc.nat()).map(([v, bad, i]) => duplicateKey(v, bad, i))),
      },
      { weight: 1, arbitrary: raw(fc.constantFrom(1000, 100_000).chain(nested)) },
      {
        weight: 1,
        arbitrary: raw(fc.constantFrom('{"a":', '', 'null', '"\\u0000"', '{"__proto__":{"x":1}}')),
      },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value): Body => ({ kind: 'json', value })) },
    );
  }
  if (route.method === 'GET' || route.method === 'DELETE') return fc.constant({ kind: 'none' });
  const upload = fc.record({
    fields: fc.dictionary(
      fc.constantFrom(...UPLOAD_FIELDS),
      fc.oneof(
        uuid('bodies'),
        vietnamese(0, 20),
        badString(),
        fc.constantFrom('["Chuyển đổi số"]', '[1,{}]', 'image', 'vi'),
      ),
      { maxKeys: 6 },
    ),
    fileName: fc.oneof(
      fc.constantFrom(
        'ke-hoach.txt',
        'mau.xlsx',
        'anh.png',
        'a\u0000b.pdf',
        '\ud800.docx',
        '../../etc/passwd',
        '',
      ),
      vietnamese(1, 20),
    ),
    content: fc.array(fc.nat({ max: 255 }), { maxLength: 64 }),
  });
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant<Body>({ kind: 'none' }) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((value): Body => ({ kind: 'json', value })) },
    { weight: 3, arbitrary: upload.map((m): Body => ({ kind: 'multipart', ...m })) },
  );
}

/** A request before it is written out: path and query values as strings, in the operation's order. */
interface Draft {
  path: string[];
  query: string[][];
  body: Body;
  headers: Record<string, string>;
}
interface Secrets {
  participant: string;
  station: string;
}
const asText = (v: unknown) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''));
const paramsOf = (route: Route, where: 'path' | 'query') =>
  (route.operation.parameters ?? []).filter((p) => p.in === where);
const kindOf = (route: Route) => ROUTE_KINDS.find(([pattern]) => pattern.test(route.url))?.[1];
const bodySchemaOf = (route: Route) => route.operation.requestBody?.content['application/json']?.schema;

/** Keys as the station's system and the participant's phone send them: the real one, or forged ones. */
const keyHeaders = (secrets: Secrets) => {
  const key = (secret: string) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(secret) },
      fc.string({ unit: fc.constantFrom(...'abcdef0123456789-._~'), maxLength: 60 }),
      uuid().map((id) => `${id}.x`),
      fc.constant(`${'-'.repeat(36)}.x`),
    );
  return fc.record(
    { 'x-participant': key(secrets.participant), 'x-station-key': key(secrets.station) },
    { requiredKeys: [] },
  );
};

/** Requests a client of the API would send: every value of the schema's shape, ids that exist. */
function validDrafts(route: Route, secrets: Secrets): fc.Arbitrary<Draft> {
  const schema = bodySchemaOf(route);
  return fc.record({
    path: fc.tuple(
      ...paramsOf(route, 'path').map((p) => validOf(p.schema, p.name, kindOf(route)).map(asText)),
    ),
    query: fc.tuple(
      ...paramsOf(route, 'query').map((p) => validOf(p.schema, p.name).map((v) => [asText(v)])),
    ),
    body: schema
      ? validOf(schema).map((value): Body => ({ kind: 'json', value }))
      : fc.constant<Body>({ kind: 'none' }),
    headers: fc.constant({ 'x-participant': secrets.participant, 'x-station-key': secrets.station }),
  });
}

/** Requests from anyone: valid-shaped ones, and ones with bad values anywhere. */
function drafts(route: Route, secrets: Secrets): fc.Arbitrary<Draft> {
  const path = fc.tuple(
    ...paramsOf(route, 'path').map((p) =>
      fc.oneof(
        { weight: 6, arbitrary: validOf(p.schema, p.name, kindOf(route)).map(asText) },
        { weight: 1, arbitrary: badString() },
      ),
    ),
  );
  const query = fc.tuple(
    ...paramsOf(route, 'query').map((p) =>
      fc.oneof(
        { weight: 6, arbitrary: validOf(p.schema, p.name).map((v) => [asText(v)]) },
        { weight: p.required ? 1 : 3, arbitrary: fc.constant<string[]>([]) },
        { weight: 2, arbitrary: badString().map((v) => [v]) },
        { weight: 1, arbitrary: fc.array(badString(), { minLength: 2, maxLength: 3 }) },
      ),
    ),
  );
  return fc.record({ path, query, body: bodiesFor(route), headers: keyHeaders(secrets) });
}

/** A read without parameters: only the keys in its headers vary, one run says all there is to say. */
const takesNoInput = (route: Route) =>
  (route.method === 'GET' || route.method === 'DELETE') && (route.operation.parameters ?? []).length === 0;

/** The draft written out as a request: values in the path and the query string, percent-encoded. */
function toRequest(route: Route, draft: Draft): Request {
  let url = route.url;
  for (const [i, p] of paramsOf(route, 'path').entries()) {
    url = url.replace(`:${p.name}`, encodeLoose(draft.path[i] ?? ''));
  }
  const search = paramsOf(route, 'query').flatMap((p, i) =>
    (draft.query[i] ?? []).map((v) => `${encodeLoose(p.name)}=${encodeLoose(v)}`),
  );
  return {
    url: search.length ? `${url}?${search.join('&')}` : url,
    body: draft.body,
    headers: draft.headers,
  };
}

/** The classes of bad input the review found answering 500, each put into every field it fits at once. */
type Planted = 'nul' | 'surrogate' | 'date' | 'int4' | 'nul-in-path';
const PLANTED: Planted[] = ['nul', 'surrogate', 'date', 'int4', 'nul-in-path'];

/** `value` with `planted` in each place of `schema` it fits: free text, dates, integers. */
function plant(schema: JsonSchema | undefined, value: unknown, planted: Planted): unknown {
  if (!schema || value === null || value === undefined) return value;
  const union = schema.anyOf ?? schema.oneOf;
  if (union)
    return plant(
      union.find((s) => s.type !== 'null'),
      value,
      planted,
    );
  if (Array.isArray(value)) return value.map((item) => plant(schema.items, item, planted));
  if (typeof value === 'object') {
    const extra = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        plant(schema.properties?.[key] ?? extra, item, planted),
      ]),
    );
  }
  const dateLike =
    schema.format === 'date' || schema.format === 'date-time' || /^\^\\d\{4\}/.test(schema.pattern ?? '');
  const freeText = schema.type === 'string' && !schema.enum && !schema.format && !schema.pattern;
  if (planted === 'nul' && freeText) return `${value}\u0000x`;
  if (planted === 'surrogate' && freeText) return `${value}\ud800`;
  if (planted === 'date' && dateLike)
    return schema.format === 'date-time' ? '2026-02-31T10:00:00Z' : '2026-02-31';
  if (planted === 'int4' && schema.type === 'integer')
    return typeof value === 'number' ? 2_147_483_647 : '2147483647';
  return value;
}

/** One valid request per class of bad input, with that input planted everywhere it fits. */
function plantedExamples(route: Route, secrets: Secrets, seed: number): Request[] {
  const [draft] = fc.sample(validDrafts(route, secrets), { numRuns: 1, seed });
  if (!draft) return [];
  const schema = bodySchemaOf(route);
  return PLANTED.map((planted) =>
    toRequest(route, {
      ...draft,
      // Ids in the path too: a NUL there must meet the same 400 (or a page's own 404), never a crash.
      path: paramsOf(route, 'path').map((p, i) =>
        planted === 'nul-in-path'
          ? `${draft.path[i]}\u0000`
          : asText(plant(p.schema, draft.path[i], planted)),
      ),
      query: paramsOf(route, 'query').map((p, i) =>
        (draft.query[i] ?? []).map((v) => asText(plant(p.schema, v, planted))),
      ),
      body:
        draft.body.kind === 'json'
          ? { kind: 'json', value: plant(schema, draft.body.value, planted) }
          : draft.body,
    }),
  ).filter((request, i, all) => {
    // Only requests that carry something planted, each once (random runs cover valid ones).
    const text = JSON.stringify(request);
    return (
      text !== JSON.stringify(toRequest(route, draft)) &&
      all.findIndex((r) => JSON.stringify(r) === text) === i
    );
  });
}

function injectOptions(route: Route, request: Request): InjectOptions {
  const headers: Record<string, string> = { ...request.headers };
  let payload: InjectOptions['payload'];
  const { body } = request;
  if (body.kind === 'json' || body.kind === 'raw') {
    payload = body.kind === 'json' ? (JSON.stringify(body.value) ?? 'null') : body.text;
    headers['content-type'] = 'application/json';
  } else if (body.kind === 'multipart') {
    const form = multipart(body.fields, {
      name: body.fileName,
      type: 'application/octet-stream',
      content: Uint8Array.from(body.content),
    });
    payload = form.payload;
    Object.assign(headers, form.headers);
  }
  return {
    method: route.method as InjectOptions['method'],
    url: request.url,
    headers,
    ...(payload !== undefined ? { payload } : {}),
  };
}

// --- the run ------------------------------------------------------------------------------------------

/** The message of a JSON error answer (HTML pages and files have none). */
function errorMessage(body: string): string | undefined {
  try {
    return JSON.parse(body)?.error?.message;
  } catch {
    return undefined;
  }
}

type Actor = 'admin' | 'focal';
const USERNAMES: Record<Actor, string> = { admin: 'admin', focal: 'hoaan.daumoi' };
let t: TestApp;
const agents = {} as Record<Actor, Agent>;
let secrets: { participant: string; station: string };

/** Ids of the demo data by table (the actors' own accounts aside: editing them would end the run's sessions). */
async function existingIds(): Promise<Record<string, string[]>> {
  const own = await Promise.all(Object.values(USERNAMES).map((name) => userIdByName(t.handle, name)));
  const tables = [
    ...['users', 'files', 'plans', 'plan_imports', 'tasks', 'assignments', 'occurrences', 'indicators'],
    ...['reporting_periods', 'notifications', 'library_items', 'broadcast_stations', 'bulletins'],
    ...['quiz_contests', 'quiz_questions', 'quiz_participants', 'quiz_attempts'],
    ...['outputs', 'channels', 'network_contacts', 'press_releases', 'library_pushes'],
    ...['science_tasks', 'science_problems', 'science_proposals', 'feedback', 'misinformation_reports'],
    ...['events', 'event_models', 'honour_nominations', 'budget_estimates', 'budget_lines'],
  ];
  const found: Record<string, string[]> = {};
  for (const table of tables) {
    const { rows } = await sql<{
      id: string;
    }>`select id::text as id from ${sql.table(table)} limit 40`.execute(t.handle.db);
    found[table] = rows.map((r) => r.id).filter((id) => !own.includes(id));
  }
  // The bodies an actor meets: the country, the provinces, and Tuyên Quang's and Sơn La's subtrees.
  const provinces = [await bodyIdByCode(t.handle, '08'), await bodyIdByCode(t.handle, '14')];
  const bodies = await t.handle.db
    .selectFrom('bodies')
    .select('id')
    .where((eb) => eb.or([eb('depth', '<=', 1), ...provinces.map((id) => eb('path', 'like', `%/${id}/%`))]))
    .orderBy('depth', 'desc')
    .limit(150)
    .execute();
  found.bodies = bodies.map((b) => b.id);
  return found;
}

/** A published contest with questions, a registered participant and an attempt; a station's key; a bulletin. */
async function seedQuizAndStation(admin: Agent) {
  const province = await bodyIdByCode(t.handle, '08');
  const hoaAn = await bodyIdByCode(t.handle, '02353');
  for (const code of ['f1', 'f2']) {
    await admin.post('/api/quiz/questions', {
      bodyId: province,
      code,
      topic: 'Chuyển đổi số',
      difficulty: 1,
      text: `Câu hỏi ${code}?`,
      options: [
        { key: 'A', text: 'Đúng', correct: true },
        { key: 'B', text: 'Sai', correct: false },
      ],
    });
  }
  const contest = await admin.post('/api/quiz/contests', {
    bodyId: province,
    title: 'Cuộc thi thử',
    eligibleGroups: ['citizens'],
    topicQuotas: [{ topic: 'Chuyển đổi số', count: 2 }],
    startsOn: vietnamToday(),
    weeks: 2,
  });
  const contestId = contest.json().id as string;
  await admin.post(`/api/quiz/contests/${contestId}/publish`, { version: 1 });
  const registered = await t.app.inject({
    method: 'POST',
    url: `/api/public/contests/${contestId}/register`,
    payload: {
      fullName: 'Nguyễn Văn Thử',
      phone: '0912345678',
      citizenId: '001099012345',
      bodyId: hoaAn,
      group: 'citizens',
    },
  });
  const participant = String(registered.json().token ?? '');
  await t.app.inject({
    method: 'POST',
    url: `/api/public/contests/${contestId}/attempts`,
    headers: { 'x-participant': participant },
  });
  const [station] = (await admin.get('/api/broadcast/stations')).json().items as { id: string }[];
  const key = station
    ? (await admin.post(`/api/broadcast/stations/${station.id}/api-key`)).json().apiKey
    : '';
  await admin.post('/api/broadcast/bulletins', {
    title: 'Thông báo thử',
    text: 'Nội dung thông báo thử.',
    priority: 'normal',
    targetBodyId: hoaAn,
  });
  return { participant, station: String(key ?? '') };
}

/** A contact who agreed to be written to, and a draft press release carrying a library item. */
async function seedNetwork(admin: Agent) {
  const province = await bodyIdByCode(t.handle, '08');
  await admin.post(`/api/bodies/${province}/contacts`, {
    kind: 'reporter',
    name: 'Phóng viên Thử',
    email: 'phongvien@example.vn',
    topics: ['Chuyển đổi số'],
    consent: true,
    consentOn: '2026-10-01',
  });
  const [item] = (await admin.get('/api/library/items')).json().items as { id: string }[];
  await admin.post(`/api/bodies/${province}/press-releases`, {
    title: 'Thông cáo thử',
    body: 'Nội dung thông cáo thử.',
    libraryItemIds: item ? [item.id] : [],
  });
}

beforeAll(async () => {
  // Limits raised so that the run measures validation, not the rate limiter.
  const { webDist: _web, ...limits } = loadConfig({
    LANTOA_API_PER_MINUTE: '1000000',
    LANTOA_PUBLIC_PER_MINUTE: '1000000',
    LANTOA_REGISTER_PER_MINUTE: '1000000',
    LANTOA_ATTEMPT_PER_MINUTE: '1000000',
    LANTOA_STATION_PER_MINUTE: '1000000',
    LANTOA_SIGNIN_PER_MINUTE: '1000000',
    LANTOA_PUBLIC_SUBMITS_PER_HOUR: '1000000',
  });
  ({ t, admin: agents.admin, focal: agents.focal } = await signedInApp(USERNAMES, limits));
  await seedDemoPlans(t.handle.db);
  await seedDemoLibrary(t.handle.db);
  await seedDemoOutputs(t.handle.db);
  await seedDemoScience(t.handle.db);
  await seedDemoProblems(t.handle.db);
  await seedDemoFeedback(t.handle.db);
  await seedDemoMisinformation(t.handle.db);
  secrets = await seedQuizAndStation(agents.admin);
  await seedNetwork(agents.admin);
  await t.worker.idle();
  idsByKind = await existingIds();
  allIds = Object.values(idsByKind).flat();
}, 600_000);
afterAll(async () => {
  vi.useRealTimers();
  await t?.close();
});

describe('bad input on every route', () => {
  it('never answers 5xx, as an administrator, a focal point or an anonymous client', async () => {
    const doc = t.app.swagger() as { paths: Record<string, Record<string, Operation>> };
    const routes: Route[] = t.routes.map((key) => {
      const [method = '', url = ''] = key.split(' ');
      const operation = doc.paths[url.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()] ?? {};
      return { key, method, url, operation };
    });
    const counts: Record<string, number> = { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 };
    const failures: string[] = [];
    const safetyNet = new Map<string, string>();
    const started = performance.now();

    const timings: [string, number][] = [];
    for (const route of routes) {
      const routeStarted = performance.now();
      for (const actor of ['anonymous', 'focal', 'admin'] as const) {
        if (actor !== 'anonymous' && SESSION_ENDING.has(route.key)) continue;
        const send = actor === 'anonymous' ? t.app.inject.bind(t.app) : agents[actor].request;
        let answered401 = false;
        // The administrator, who reaches every handler, also gets each class of bad input planted.
        const examples = actor === 'admin' ? plantedExamples(route, secrets, SEED) : [];
        const requests = drafts(route, secrets).map((draft) => toRequest(route, draft));
        const details = await fc.check(
          fc.asyncProperty(requests, async (request) => {
            const res = await send(injectOptions(route, request));
            if (res.statusCode === 401) answered401 = true;
            const status = `${Math.floor(res.statusCode / 100)}xx`;
            counts[status] = (counts[status] ?? 0) + 1;
            const message = res.statusCode >= 400 ? errorMessage(res.body) : undefined;
            if (message && DATABASE_VERDICT_MESSAGES.has(message) && !safetyNet.has(route.key)) {
              safetyNet.set(
                route.key,
                `${res.statusCode} ${message} ← ${JSON.stringify(request).slice(0, 300)}`,
              );
            }
            const accepted = ACCEPTED_5XX[route.key];
            if (
              res.statusCode < 500 ||
              (accepted?.status === res.statusCode && res.body.includes(accepted.code))
            ) {
              return true;
            }
            throw new Error(`${res.statusCode} ${res.body.slice(0, 300)}`);
          }),
          {
            numRuns: examples.length + (SLOW.has(route.key) || takesNoInput(route) ? 1 : RUNS),
            seed: SEED,
            examples: examples.map((request) => [request] as [Request]),
          },
        );
        if (details.failed) {
          const error = details.errorInstance instanceof Error ? details.errorInstance.message : '';
          const request = JSON.stringify(details.counterexample?.[0])?.slice(0, 800);
          failures.push(`${route.key} as ${actor}: ${error}\n    request: ${request}`);
        }
        // A session that a request ended is renewed, so the next routes are still reached with it.
        if (
          answered401 &&
          actor !== 'anonymous' &&
          (await agents[actor].get('/api/auth/me')).statusCode === 401
        ) {
          agents[actor] = await signIn(t.app, USERNAMES[actor]);
        }
      }
      timings.push([route.key, performance.now() - routeStarted]);
    }

    if (process.env.LANTOA_FUZZ_DEBUG) {
      const slowest = timings.sort((a, b) => b[1] - a[1]).slice(0, 15);
      console.log(slowest.map(([key, ms]) => `${key}: ${Math.round(ms)} ms`).join('\n'));
    }
    const requests = Object.values(counts).reduce((a, b) => a + b, 0);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `fuzz-routes: ${requests} requests to ${routes.length} routes as 3 actors in ${seconds} s ` +
        `(seed ${SEED}, ${RUNS} runs per route and actor): ` +
        Object.entries(counts)
          .map(([status, n]) => `${n} × ${status}`)
          .join(', '),
    );
    if (safetyNet.size > 0) {
      console.log(
        `fuzz-routes: ${safetyNet.size} routes let input through to the database, which refused it ` +
          `(a 4xx from the error handler's safety net; tighten their schemas):\n  ` +
          [...safetyNet].map(([key, example]) => `${key}: ${example}`).join('\n  '),
      );
    }
    expect(failures, failures.join('\n')).toEqual([]);
  }, 600_000);
});

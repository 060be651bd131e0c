import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { createTestApp, type TestApp } from './support/app.js';
import {
  actor,
  bulkActors,
  COURSE,
  createOrganisation,
  createUser,
  daysFromNow,
  login,
  PASSWORD,
  publishedCourse,
  sessionBody,
  TEACHER_PROFILE,
  type Actor,
} from './support/factories.js';
import { checkSchema, resolveSchema, type Schema } from './support/schema-check.js';

/**
 * Issue #10, "zero 5xx on bad input": every operation of the OpenAPI document gets requests
 * generated from its own description (path, query and body), good-ish and bad, as every kind
 * of caller. No answer may be a 5xx; every 4xx is problem+json with a `code`; every 2xx JSON
 * body matches the documented response schema. Bounded: a fixed seed, RUNS requests per
 * operation (FUZZ_RUNS to change it) and a time budget, so the file takes about a minute.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 120);
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const BUDGET_MS = 120_000;
/** FUZZ_TRACE='PATCH /api/sessions/{id}' prints every request to that operation and its answer. */
const TRACE = process.env.FUZZ_TRACE;

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Method = (typeof METHODS)[number];
type Role = 'anonymous' | 'learner' | 'ld' | 'admin' | 'teacher' | 'bad-token';

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

interface Operation {
  method: Method;
  path: string;
  parameters: Parameter[];
  body?: Schema;
  responses: Partial<Record<string, { content?: Partial<Record<string, { schema?: Schema }>> }>>;
}

/** One generated request; `url` and `body` are already encoded, exactly as sent. */
interface Sample {
  role: Role;
  badToken: string;
  url: string;
  body?: string;
  contentType?: string;
}

interface Finding {
  key: string;
  text: string;
}

// ---------------------------------------------------------------- encoding

/** Percent-encodes a JS string; lone surrogates become their WTF-8 bytes (encodeURIComponent would throw). */
function percentEncode(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      out += encodeURIComponent(s.slice(i, i + 2));
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      out += [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else {
      out += encodeURIComponent(s[i]);
    }
  }
  return out;
}

/** A JSON text with `raw` (a token JSON.stringify cannot write, such as 1e400) as the value of `key`. */
function withRawValue(body: Record<string, unknown>, key: string, raw: string): string {
  const marker = '"\u0001RAW\u0001"';
  return JSON.stringify({ ...body, [key]: '\u0001RAW\u0001' }).replace(marker, raw);
}

/** An object whose own property is literally "__proto__" (an object literal would set the prototype). */
function withOwnProperty(body: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = JSON.parse(JSON.stringify(body));
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

// ---------------------------------------------------------------- value arbitraries

const LONG = [256, 1001, 4001, 10_001, 100_001];
const nastyString: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '   ',
      '\u0000',
      'a\u0000b',
      '\ud800',
      'x\udfffy',
      '\udbff\ud800',
      '😀',
      '👩‍👩‍👧‍👦'.repeat(40),
      'e\u0301\u0301\u0301\u0301',
      'Z̴̡̛͔̖̙͎̝̟͕̻̮̫̠̯̩̒̈́̓̐͛̒̾͒̒̈́̆̆̍͝ͅa̸l̵g̶o̷',
      '\u202eevil\u202c',
      '\u200b\ufeff',
      '\n\r\t\u000b\u000c',
      '\u001b[31m',
      '<script>alert(1)</script>',
      "' OR '1'='1' --",
      '%00',
      '%',
      '../../etc/passwd',
      'null',
      'undefined',
      'true',
      '0',
      '-1',
      '1e400',
      'NaN',
      'Infinity',
      '0x10',
      '\\',
      '"',
      '{}',
      '[]',
      '__proto__',
      'constructor',
      'toString',
      'ſ', // lower-cases to itself, upper-cases to 'S'
      'İ', // 'İ'.toLowerCase() is two code units
      'ß',
    ),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom(...LONG).map((n) => 'x'.repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom(...LONG).map((n) => 'é😀'.repeat(Math.ceil(n / 3))) },
);

const wrongType: fc.Arbitrary<unknown> = fc.constantFrom(
  0,
  -1,
  1.5,
  -0.000001,
  1e308,
  -1e308,
  2 ** 53,
  Number.MAX_SAFE_INTEGER + 2,
  true,
  false,
  '',
  'text',
  [],
  [null],
  [1, 2, 3],
  [[[]]],
  {},
  { a: 1 },
  { $gt: '' },
  { length: 1 },
  ['x'.repeat(100)],
);

const RAW_TOKENS = [
  '1e400',
  '-1e400',
  '-0',
  '123456789012345678901234567890',
  '0.1e-400',
  '1E2',
  '[1e400]',
  '"\\u0000"',
  '"\\ud800"',
  '"\\udc00\\ud800"',
  '"a\\u0000b"',
];

function deep(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = i % 2 ? { a: v } : [v];
  return v;
}

// ---------------------------------------------------------------- the run

describe('Fuzzing every operation of the OpenAPI document', () => {
  let t: TestApp;
  const tokens: Partial<Record<Role, string>> = {};
  let actors: Record<string, Actor>;
  let ids: string[];
  /** Ids of the kind each path prefix takes, for requests meant to get past the 404. */
  let idsFor: [prefix: string, ids: string[]][];
  /** Users admin operations may disable or re-role without locking this run out. */
  let victimIds: string[];
  let ops: Operation[];
  let calendarToken: string;
  let refreshTokens: string[];
  let logoutTokens: string[];
  let profileId: string;
  const pools = { emails: [] as string[], spareEmails: [] as string[] };

  const fiveXX: Finding[] = [];
  const badProblems: Finding[] = [];
  const schemaMismatches: Finding[] = [];
  const undocumented = new Map<string, number>();
  /** 2xx answers the document does not describe: their status, content type, schema or fields. */
  const undocumentedSuccess: Finding[] = [];
  const statusCounts = new Map<number, number>();
  const okRoutes = new Set<string>();
  let sent = 0;
  let seconds = 0;
  let stoppedEarly = false;

  beforeAll(async () => {
    t = await createTestApp();
    const a = await createOrganisation(t.dataSource, {
      slug: 'fuzz-a',
      name: 'Gemeente Fuzz A',
      emailDomains: ['fuzz-a.nl'],
    });
    const b = await createOrganisation(t.dataSource, {
      slug: 'fuzz-b',
      name: 'Ministerie van Fuzz',
      kind: 'ministerie',
      emailDomains: ['fuzz-b.nl'],
    });
    actors = {
      learner: await actor(t, a.id, { name: 'Lea Leerling' }),
      ld: await actor(t, a.id, { name: 'Lotte L&D', roles: ['ld'] }),
      admin: await actor(t, a.id, { name: 'Adam Admin', roles: ['admin'] }),
      teacher: await actor(t, b.id, { name: 'Tessa Trainer' }),
    };
    for (const role of ['learner', 'ld', 'admin', 'teacher'] as const) tokens[role] = actors[role].token;

    // Real rows of every kind, so path ids reach the services and not only the 404 branch.
    // Several of each kind: cancelling or archiving one (the run does) leaves others to work on.
    const { courseId, sessionId } = await publishedCourse(t, actors.teacher);
    const moreSessions: string[] = [];
    for (const d of [21, 28])
      moreSessions.push(
        (
          await t.http
            .post(`/api/courses/${courseId}/sessions`)
            .set(actors.teacher.auth)
            .send(sessionBody(d))
            .expect(201)
        ).body.id,
      );
    profileId = (await t.http.get('/api/me/teacher-profile').set(actors.teacher.auth).expect(200)).body.id;
    const draft = (
      await t.http
        .post('/api/courses')
        .set(actors.teacher.auth)
        .send({ ...COURSE, title: 'Concept: Woo-verzoeken' })
        .expect(201)
    ).body.id;
    const online = (
      await t.http
        .post('/api/courses')
        .set(actors.teacher.auth)
        .send({ ...COURSE, title: 'Online: Wet open overheid', format: 'online' })
        .expect(201)
    ).body.id;
    const enrolments: string[] = [];
    for (const [who, session] of [
      ['learner', sessionId],
      ['ld', sessionId],
      ['learner', moreSessions[0]],
      ['admin', moreSessions[1]],
    ] as const) {
      enrolments.push(
        (await t.http.post(`/api/sessions/${session}/enrolments`).set(actors[who].auth).send({}).expect(201)).body.id,
      );
    }
    const requests: string[] = [];
    const invitations: string[] = [];
    for (const topic of ['Training Woo-verzoeken afhandelen', 'Omgevingswet voor het juridisch team']) {
      const request = (
        await t.http.post('/api/incompany-requests').set(actors.ld.auth).send({ topic, groupSize: 12 }).expect(201)
      ).body.id;
      const invited = (
        await t.http
          .post(`/api/incompany-requests/${request}/invitations`)
          .set(actors.ld.auth)
          .send({ teacherIds: [profileId] })
          .expect(200)
      ).body;
      requests.push(request);
      invitations.push(...invited.invitations.map((i: { id: string }) => i.id));
    }
    const notifications = (
      await t.http.get('/api/me/notifications').set(actors.teacher.auth).expect(200)
    ).body.items.map((n: { id: string }) => n.id);
    const feed = (await t.http.post('/api/me/calendar-feed').set(actors.learner.auth).expect(201)).body.url as string;
    calendarToken = feed.split('/api/calendar/')[1].split('/')[0];
    await t.http
      .put('/api/admin/search/synonyms/woo')
      .set(actors.admin.auth)
      .send({ synonyms: ['wet open overheid'] })
      .expect(200);

    const victims = await Promise.all(
      [1, 2, 3].map((i) => createUser(t.dataSource, a.id, { email: `slachtoffer-${i}@fuzz-a.nl` })),
    );
    victimIds = victims.map((v) => v.id);
    // Refresh tokens of a user of their own: reusing one revokes its family, and must not log out the roles above.
    const refresher = await createUser(t.dataSource, b.id, { email: 'ververser@fuzz-b.nl' });
    refreshTokens = [(await login(t, refresher.email)).refreshToken];
    // Logging out ends the caller's session, so logout is sent with tokens of its own.
    logoutTokens = (await bulkActors(t, b.id, RUNS)).map((x) => x.token);

    idsFor = [
      ['/api/admin/users/', victimIds],
      ['/api/organisations/', [a.id, b.id]],
      ['/api/catalogue/courses/', [courseId, online]],
      ['/api/courses/', [courseId, draft, online]],
      ['/api/sessions/', [sessionId, ...moreSessions]],
      ['/api/teachers/', [profileId]],
      ['/api/me/notifications/', notifications],
      ['/api/enrolments/', enrolments],
      ['/api/incompany-requests/', requests],
      ['/api/incompany-invitations/', invitations],
    ];
    ids = [
      a.id,
      b.id,
      ...Object.values(actors).map((x) => x.id),
      courseId,
      sessionId,
      ...moreSessions,
      profileId,
      draft,
      online,
      ...enrolments,
      ...requests,
      ...invitations,
      ...notifications,
      ...victimIds,
    ];
    pools.spareEmails = victims.map((v) => v.email);
    pools.emails = [
      ...Object.values(actors).map((x) => x.email),
      ...victims.map((v) => v.email),
      'nieuw@fuzz-a.nl',
      'iemand@onbekend.example',
    ];

    ops = Object.entries(t.document.paths).flatMap(([path, item]) =>
      METHODS.filter((m) => (item as Record<string, unknown>)[m]).map((method) => {
        const op = (
          item as Record<
            string,
            {
              parameters?: Parameter[];
              requestBody?: { content?: Record<string, { schema?: Schema }> };
              responses: Operation['responses'];
            }
          >
        )[method];
        return {
          method,
          path,
          parameters: op.parameters ?? [],
          body: op.requestBody?.content?.['application/json']?.schema,
          responses: op.responses,
        };
      }),
    );
  }, 120_000);

  afterAll(async () => {
    // Undefined when beforeAll failed; the failure is reported there.
    await (t as TestApp | undefined)?.close();
  });

  // ------------------------------------------------------------ generators that need the seeded rows

  const uuidArb = () =>
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...ids) },
      { weight: 2, arbitrary: fc.uuid() },
      {
        weight: 1,
        arbitrary: fc.constantFrom('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff'),
      },
    );

  function fittingIds(op: Operation): string[] {
    const fitting = idsFor.find(([prefix]) => op.path.startsWith(prefix))?.[1];
    return fitting?.length ? fitting : ids;
  }

  function goodPathValue(op: Operation, name: string): fc.Arbitrary<string> {
    if (name === 'token') return fc.constantFrom(calendarToken);
    if (name === 'term') return fc.constantFrom('woo', 'omgevingswet', 'Woo');
    return fc.constantFrom(...fittingIds(op));
  }

  function pathValue(op: Operation, name: string): fc.Arbitrary<string> {
    // Admin user operations never get the roles' own ids: disabling the admin would end the run.
    const realIds = op.path.startsWith('/api/admin/users/') ? victimIds : ids;
    const good =
      name === 'token' || name === 'term'
        ? goodPathValue(op, name)
        : fc.oneof(
            { weight: 4, arbitrary: goodPathValue(op, name) },
            { weight: 2, arbitrary: fc.constantFrom(...realIds) },
            { weight: 1, arbitrary: fc.uuid() },
          );
    const garbage = fc.oneof(
      nastyString.map(percentEncode),
      fc.constantFrom('%', '%zz', '%E0%A4', '%C0%AF', '%FF', '%ED%A0%80', '%2F', '..', '.', '%2e%2e', '%20'),
      fc.uuid().map((u) => u.toUpperCase()),
      fc.uuid().map((u) => `${u}x`),
      fc.uuid().map((u) => u.replace(/-/g, '')),
      fc.uuid().map((u) => `{${u}}`),
    );
    // An empty segment would be another route (`/api/courses/` is the list), not a bad value for this one.
    return fc
      .oneof({ weight: 3, arbitrary: good.map(percentEncode) }, { weight: 2, arbitrary: garbage })
      .filter((v) => v !== '');
  }

  function goodQueryValue(name: string, schema: Schema = {}): fc.Arbitrary<string> {
    if (schema.enum) return fc.constantFrom(...schema.enum.map(String));
    if (schema.type === 'integer' || schema.type === 'number')
      return fc.integer({ min: schema.minimum ?? 0, max: Math.min(schema.maximum ?? 100, 10_000) }).map(String);
    if (schema.type === 'boolean') return fc.constantFrom('true', 'false');
    if (schema.format === 'date-time' || /^(from|to)$/.test(name))
      return fc.oneof(
        fc.constantFrom('2027-01-01', '2026-12-31', daysFromNow(10)),
        fc
          .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
      );
    if (/id$/i.test(name)) return uuidArb();
    return fc.constantFrom('omgevingswet', 'Woo', 'Utrecht', 'Overijssel', 'vergunning', 'jan', 'a b');
  }

  function badQueryValue(): fc.Arbitrary<string> {
    return fc.oneof(
      nastyString,
      fc.constantFrom(
        '1e400',
        '0x10',
        '  ',
        '',
        '-1',
        '0',
        '99999999999999999999',
        '1.5',
        '+1',
        '05',
        '1,2',
        'true',
        '2027-02-30',
        '2027-13-01',
        '0000-01-01',
        '9999-12-31',
        '275760-09-13',
        '-001000-01-01',
        '2027-01-01T25:00Z',
      ),
    );
  }

  /** Only declared parameters, each left out or given a fitting value. */
  function goodQueryArb(op: Operation): fc.Arbitrary<string> {
    const params = op.parameters.filter((p) => p.in === 'query');
    const one = (p: Parameter) =>
      fc.oneof(
        { weight: 2, arbitrary: fc.constant<string[]>([]) },
        { weight: 1, arbitrary: goodQueryValue(p.name, p.schema).map((v) => [`${p.name}=${percentEncode(v)}`]) },
      );
    return fc.tuple(...params.map(one)).map((parts) => parts.flat().join('&'));
  }

  function queryArb(op: Operation): fc.Arbitrary<string> {
    const params = op.parameters.filter((p) => p.in === 'query');
    const one = (p: Parameter): fc.Arbitrary<string[]> =>
      fc.oneof(
        { weight: 3, arbitrary: fc.constant<string[]>([]) },
        { weight: 3, arbitrary: goodQueryValue(p.name, p.schema).map((v) => [`${p.name}=${percentEncode(v)}`]) },
        { weight: 2, arbitrary: badQueryValue().map((v) => [`${p.name}=${percentEncode(v)}`]) },
        // Repeated keys arrive as arrays; brackets as keys of their own.
        {
          weight: 1,
          arbitrary: fc
            .tuple(goodQueryValue(p.name, p.schema), badQueryValue())
            .map(([x, y]) => [`${p.name}=${percentEncode(x)}`, `${p.name}=${percentEncode(y)}`]),
        },
        {
          weight: 1,
          arbitrary: fc.constantFrom<string[]>(
            [`${p.name}[]=1`],
            [`${p.name}[a]=1`],
            [p.name],
            [`${p.name}=%`],
            [`${p.name}=%E0%A4`],
            [`${p.name}=%ED%A0%80`],
            [`${p.name}=%00`],
          ),
        },
      );
    const extra = fc.oneof(
      { weight: 6, arbitrary: fc.constant<string[]>([]) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          ['__proto__=1'],
          ['constructor=1'],
          ['__proto__[x]=1'],
          ['unknown=1'],
          ['toString=x'],
          ['=1'],
          ['&&&'],
          ['a=1&a=2&a=3'],
        ),
      },
    );
    return fc.tuple(fc.tuple(...params.map(one)), extra).map(([parts, more]) => [...parts.flat(), ...more].join('&'));
  }

  /** A value of the right shape, from the schema's own words (enum, example, type) and the field's name. */
  function goodValue(schema: Schema, name: string, depth = 0): fc.Arbitrary<unknown> {
    const { schema: s } = resolveSchema(t.document, schema);
    if (s.enum) return fc.constantFrom(...s.enum);
    const type = s.type ?? (s.properties ? 'object' : undefined);
    if (type === 'object' && s.properties) return depth > 3 ? fc.constant({}) : objectArb(s, depth + 1);
    if (type === 'array') {
      const items = s.items ?? {};
      if (/teacherIds$/.test(name)) return fc.constantFrom([profileId], [], [profileId, profileId]);
      const example = Array.isArray(s.example) ? [fc.constant(s.example)] : [];
      return fc.oneof(...example, fc.array(goodValue(items, name, depth + 1), { minLength: 1, maxLength: 3 }));
    }
    if (type === 'boolean') return fc.boolean();
    if (type === 'integer' || type === 'number') {
      const min = s.minimum ?? (/rating/i.test(name) ? 1 : 1);
      const max = s.maximum ?? (/rating/i.test(name) ? 5 : /groupSize|capacity/.test(name) ? 40 : 10);
      return type === 'integer' || /capacity|groupSize|rating/.test(name)
        ? fc.integer({ min, max })
        : fc.constantFrom(0.5, 1, 2.25, 3.5, 8);
    }
    if (s.format === 'date-time' || /At$|Deadline$/.test(name))
      return fc.integer({ min: 3, max: 60 }).map((d) => daysFromNow(d, /ends/i.test(name) ? 12 : 9));
    if (/email/i.test(name)) return fc.constantFrom(...pools.emails);
    if (/url/i.test(name))
      return fc.constantFrom('https://teams.microsoft.com/l/meetup-join/abc', 'https://example.org/foto.jpg');
    if (/(^id|Id)$/.test(name)) return uuidArb();
    if (name === 'password') return fc.constantFrom(PASSWORD, 'verkeerd wachtwoord 123');
    if (name === 'slug') return fc.nat({ max: 1_000_000 }).map((n) => `fuzz-${n}`);
    if (s.example !== undefined && typeof s.example === 'string')
      return fc.constantFrom(s.example, `${s.example} (bijgewerkt)`);
    return fc.constantFrom(
      'Gemeente Fuzz',
      'Omgevingswet in de praktijk',
      'Een collega die graag kennis deelt met anderen.',
      'Utrecht',
      'Woo',
    );
  }

  function objectArb(s: Schema, depth = 0): fc.Arbitrary<Record<string, unknown>> {
    const properties = s.properties ?? {};
    const required = new Set(s.required ?? []);
    const entries = Object.entries(properties).map(([key, prop]) =>
      fc.oneof(
        { weight: required.has(key) ? 9 : 1, arbitrary: goodValue(prop, key, depth).map((v) => [key, v] as const) },
        { weight: required.has(key) ? 1 : 1, arbitrary: fc.constant(undefined) },
      ),
    );
    return fc
      .tuple(...entries)
      .map((kv) => Object.fromEntries(kv.filter((x): x is readonly [string, unknown] => x !== undefined)));
  }

  /** Known-good bodies where the schema alone cannot say what passes (lengths, cross-field rules). */
  function fixture(name: string | undefined): fc.Arbitrary<Record<string, unknown>> | undefined {
    const n = fc.nat({ max: 1_000_000 });
    switch (name) {
      case 'CreateCourseDto':
      case 'UpdateCourseDto':
        return fc.constantFrom(
          COURSE,
          { ...COURSE, format: 'online', teacherIds: [profileId] },
          { title: 'Nieuwe titel voor de cursus' },
          { durationHours: 2, level: 'expert' },
        );
      case 'UpsertTeacherProfileDto':
        return fc.constantFrom(
          TEACHER_PROFILE,
          { ...TEACHER_PROFILE, photoUrl: null },
          { ...TEACHER_PROFILE, photoUrl: 'https://example.org/foto.jpg', jobTitle: 'Jurist' },
        );
      case 'CreateSessionDto':
      case 'UpdateSessionDto':
        return fc
          .integer({ min: 3, max: 90 })
          .map((d) => sessionBody(d, d % 2 ? { onlineUrl: 'https://teams.microsoft.com/l/x' } : {}));
      case 'ScheduleDto':
        return fc.integer({ min: 3, max: 90 }).map((d) => ({
          startsAt: daysFromNow(d, 9),
          endsAt: daysFromNow(d, 12),
          venueName: 'Zaal 3',
          city: 'Den Haag',
        }));
      case 'CreateOrganisationDto':
      case 'UpdateOrganisationDto':
        return n.map((i) => ({
          slug: `fuzz-org-${i}`,
          name: `Gemeente Fuzz ${i}`,
          kind: 'gemeente',
          region: 'Utrecht',
          emailDomains: [`fuzz${i}.nl`],
        }));
      case 'RegisterDto':
        return n.map((i) => ({ name: 'Nieuwe Collega', email: `nieuw-${i}@fuzz-a.nl`, password: PASSWORD }));
      case 'LoginDto':
        // Right passwords only for users whose sessions this run does not use.
        return fc.oneof(
          fc.constantFrom(...pools.emails).map((email) => ({ email, password: 'verkeerd wachtwoord 123' })),
          fc.constantFrom(...pools.spareEmails).map((email) => ({ email, password: PASSWORD })),
        );
      case 'RefreshDto':
        return fc.constantFrom(...refreshTokens, 'onzin').map((refreshToken) => ({ refreshToken }));
      case 'CancelDto':
        return fc.constantFrom({ reason: 'ziekte' }, { reason: 'anders', note: 'Verhuizing van het team.' });
      case 'CreateRequestDto':
        return fc.constantFrom(
          { topic: 'Training Woo-verzoeken afhandelen', groupSize: 12 },
          { topic: 'Omgevingswet voor juristen', groupSize: 30, online: true, notes: 'Graag in maart.' },
        );
      case 'ImportBundleDto':
        return n.map((i) => ({
          organisations: [
            {
              id: `imp-org-${i}`,
              name: `Importgemeente ${i}`,
              kind: 'gemeente',
              region: 'Utrecht',
              emailDomains: [`imp${i}.nl`],
            },
          ],
          trainers: [
            {
              id: `imp-tr-${i}`,
              name: 'Ina Import',
              organisationId: `imp-org-${i}`,
              jobTitle: 'Jurist',
              bio: 'Ik geef graag les over de Woo.',
              expertise: ['Woo'],
              languages: ['nl'],
              formats: ['online'],
              inCompany: true,
              region: 'Utrecht',
            },
          ],
          courses: [
            {
              id: `imp-c-${i}`,
              title: 'Woo in de praktijk',
              summary: 'Een korte cursus.',
              description: 'Lang verhaal.',
              learningGoals: [],
              topics: ['Woo'],
              level: 'basis',
              durationHours: 2,
              format: 'online',
              teacherIds: [`imp-tr-${i}`],
              organisationId: `imp-org-${i}`,
            },
          ],
        }));
      case 'ImportCsvDto':
        return fc.constantFrom(
          { organisations: 'id,name,kind,region\nimp-csv,Gemeente Csv,gemeente,Utrecht' },
          { organisations: 'id,name\n"unterminated' },
          { courses: 'a,b,c\n1,2' },
        );
      default:
        return undefined;
    }
  }

  function baseBodyArb(schema: Schema): fc.Arbitrary<Record<string, unknown>> {
    const { schema: s, name } = resolveSchema(t.document, schema);
    return fc.oneof({ weight: 2, arbitrary: fixture(name) ?? objectArb(s) }, { weight: 1, arbitrary: objectArb(s) });
  }

  function goodBodyArb(schema: Schema): fc.Arbitrary<{ body?: string }> {
    return baseBodyArb(schema).map((b) => ({ body: JSON.stringify(b) }));
  }

  /** A JSON body for the schema: good-ish, then (mostly) broken in one way. */
  function bodyArb(schema: Schema): fc.Arbitrary<{ body?: string; contentType?: string }> {
    const { schema: s } = resolveSchema(t.document, schema);
    const base = baseBodyArb(schema);
    const keys = [...new Set([...Object.keys(s.properties ?? {}), ...(s.required ?? [])])];
    const key = (i: number) => keys[i % Math.max(keys.length, 1)] ?? 'x';
    const json = (v: unknown) => ({ body: JSON.stringify(v) });
    type Mutation = (b: Record<string, unknown>, i: number) => { body?: string; contentType?: string };
    const mutations: { weight: number; arbitrary: fc.Arbitrary<Mutation> }[] = [
      { weight: 4, arbitrary: fc.constant<Mutation>((b) => json(b)) },
      {
        weight: 2,
        arbitrary: fc.constant<Mutation>((b, i) =>
          json(
            Object.fromEntries(
              Object.entries(b).filter(([k]) => k !== (s.required ?? [])[i % Math.max((s.required ?? []).length, 1)]),
            ),
          ),
        ),
      },
      { weight: 3, arbitrary: fc.constant<Mutation>((b, i) => json({ ...b, [key(i)]: null })) },
      { weight: 1, arbitrary: fc.constant<Mutation>(() => json(Object.fromEntries(keys.map((k) => [k, null])))) },
      { weight: 3, arbitrary: wrongType.map<Mutation>((v) => (b, i) => json({ ...b, [key(i)]: v })) },
      { weight: 3, arbitrary: nastyString.map<Mutation>((v) => (b, i) => json({ ...b, [key(i)]: v })) },
      { weight: 1, arbitrary: nastyString.map<Mutation>((v) => (b, i) => json({ ...b, [key(i)]: [v] })) },
      {
        weight: 2,
        arbitrary: fc
          .constantFrom(...RAW_TOKENS)
          .map<Mutation>((raw) => (b, i) => ({ body: withRawValue(b, key(i), raw) })),
      },
      {
        weight: 2,
        arbitrary: fc
          .tuple(
            fc.constantFrom(
              '__proto__',
              'constructor',
              'prototype',
              'isAdmin',
              'roles',
              'id',
              'organisationId',
              'status',
              'createdById',
              '',
            ),
            fc.oneof(wrongType, nastyString),
          )
          .map<Mutation>(
            ([k, v]) =>
              (b) =>
                json(
                  withOwnProperty(
                    b,
                    k,
                    k === '__proto__' || k === 'constructor' ? { isAdmin: true, prototype: { polluted: 1 } } : v,
                  ),
                ),
          ),
      },
      // Whole bodies that are not the object asked for.
      {
        weight: 1,
        arbitrary: fc.constantFrom<unknown>(null, [], [{}], 'text', 42, true, {}).map<Mutation>((v) => () => json(v)),
      },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom(
            '',
            '{',
            '{"a":}',
            '{"a":1,}',
            "{'a':1}",
            'nul',
            '\u0000',
            '{"a":"\\ud800"}',
            '{"a":"\\u0000"}',
            '\ufeff{}',
          )
          .map<Mutation>((raw) => () => ({ body: raw })),
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom(10, 100, 2000).map<Mutation>((d) => (b, i) => json({ ...b, [key(i)]: deep(d) })),
      },
      { weight: 1, arbitrary: fc.constant<Mutation>((b) => ({ body: JSON.stringify(b), contentType: 'text/plain' })) },
      {
        weight: 1,
        arbitrary: fc.constant<Mutation>((b) => ({
          body: new URLSearchParams(Object.entries(b).map(([k, v]) => [k, String(v)])).toString(),
          contentType: 'application/x-www-form-urlencoded',
        })),
      },
    ];
    return fc.tuple(base, fc.oneof(...mutations), fc.nat()).map(([b, mutate, i]) => mutate(b, i));
  }

  function sampleArb(op: Operation): fc.Arbitrary<Sample> {
    const pathParams = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    // Guards run before validation: broken requests mostly come from signed-in callers, so they reach the pipes and services.
    const role =
      op.path === '/api/auth/logout'
        ? fc.constantFrom<Role>('anonymous', 'bad-token', 'learner')
        : fc.oneof(
            { weight: 4, arbitrary: fc.constantFrom<Role>('learner', 'ld', 'admin', 'teacher') },
            { weight: 1, arbitrary: fc.constantFrom<Role>('anonymous', 'bad-token') },
          );
    const badToken = fc.constantFrom(
      'Bearer ',
      'Bearer abc',
      'Basic Zm9vOmJhcg==',
      `Bearer ${'a'.repeat(5000)}`,
      'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.',
      'bearer',
      'Bearer \u00e9',
    );
    const noBody = fc.oneof(
      { weight: 4, arbitrary: fc.constant({}) },
      { weight: 1, arbitrary: fc.constantFrom({ body: '{"unexpected":true}' }, { body: '[]' }, { body: '{' }) },
    );
    const build = (parts: {
      role: Role;
      badToken: string;
      values: string[];
      query: string;
      body: { body?: string; contentType?: string };
    }): Sample => {
      let i = 0;
      const path = op.path.replace(/\{(\w+)\}/g, () => parts.values[i++]);
      return {
        role: parts.role,
        badToken: parts.badToken,
        url: parts.query ? `${path}?${parts.query}` : path,
        body: parts.body.body,
        contentType: parts.body.contentType,
      };
    };
    // Good-ish: fitting ids, declared query values and an intact body, so requests get past the refusals into the services.
    const goodish = fc
      .record({
        role: fc.constantFrom<Role>(
          ...(op.path === '/api/auth/logout'
            ? (['learner'] as Role[])
            : (['learner', 'ld', 'admin', 'teacher'] as Role[])),
        ),
        badToken,
        values: fc.tuple(...pathParams.map((p) => goodPathValue(op, p).map(percentEncode))),
        query: goodQueryArb(op),
        body: op.body ? goodBodyArb(op.body) : fc.constant({}),
      })
      .map(build);
    const broken = fc
      .record({
        role,
        badToken,
        values: fc.tuple(...pathParams.map((p) => pathValue(op, p))),
        query: queryArb(op),
        body: op.body ? bodyArb(op.body) : noBody,
      })
      .map(build);
    return fc.oneof({ weight: 2, arbitrary: goodish }, { weight: 3, arbitrary: broken });
  }

  // ------------------------------------------------------------ sending and checking

  function describeRequest(op: Operation, s: Sample): string {
    const body =
      s.body === undefined
        ? ''
        : ` body (${s.body.length} chars${s.contentType ? `, ${s.contentType}` : ''}): ${s.body.length > 400 ? `${s.body.slice(0, 400)}…` : s.body}`;
    return `${op.method.toUpperCase()} ${s.url.length > 300 ? `${s.url.slice(0, 300)}…` : s.url} as ${s.role}${body}`;
  }

  async function send(op: Operation, s: Sample) {
    let req = t.http[op.method](s.url)
      .buffer(true)
      .parse((res, done) => {
        // Keep the raw text: a JSON parse error here must not hide what the server said.
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => done(null, text));
      });
    if (s.role === 'bad-token') req = req.set('Authorization', s.badToken);
    else if (s.role === 'learner' && op.path === '/api/auth/logout')
      req = req.set('Authorization', `Bearer ${logoutTokens.pop() ?? 'used-up'}`);
    else if (s.role !== 'anonymous') req = req.set('Authorization', `Bearer ${tokens[s.role]}`);
    if (s.body !== undefined) req = req.set('Content-Type', s.contentType ?? 'application/json').send(s.body);
    return req;
  }

  function check(op: Operation, s: Sample, status: number, contentType: string, text: string) {
    statusCounts.set(status, (statusCounts.get(status) ?? 0) + 1);
    const route = `${op.method.toUpperCase()} ${op.path}`;
    if (TRACE === route) console.log(`${describeRequest(op, s)}\n  → ${status} ${text.slice(0, 300)}`);
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    const code = (json as { code?: unknown } | undefined)?.code;
    if (status >= 500) {
      fiveXX.push({
        key: `${route} → ${status} ${typeof code === 'string' ? code : ''}`,
        text: `${describeRequest(op, s)}\n    → ${status} ${text.slice(0, 300)}`,
      });
      return;
    }
    if (!op.responses[String(status)])
      undocumented.set(
        `${route} → ${status} (status not documented)`,
        (undocumented.get(`${route} → ${status} (status not documented)`) ?? 0) + 1,
      );
    if (status >= 400) {
      if (!contentType.includes('application/problem+json') || typeof code !== 'string') {
        badProblems.push({
          key: `${route} → ${status} ${contentType.split(';')[0] || '(no content-type)'}`,
          text: `${describeRequest(op, s)}\n    → ${status} ${contentType} ${text.slice(0, 200)}`,
        });
      }
      return;
    }
    if (status < 300) okRoutes.add(route);
    const gap = (what: string) => {
      undocumented.set(`${route} → ${what}`, (undocumented.get(`${route} → ${what}`) ?? 0) + 1);
      undocumentedSuccess.push({
        key: `${route} → ${what}`,
        text: `${describeRequest(op, s)}\n    → ${status} ${contentType} ${text.slice(0, 200)}`,
      });
    };
    if (status < 300 && !op.responses[String(status)]) gap(`${status} (status not documented)`);
    if (status >= 300 || status === 204 || !text) return;
    const documented = op.responses[String(status)]?.content?.['application/json']?.schema;
    if (!contentType.includes('application/json')) {
      const type = contentType.split(';')[0];
      if (!op.responses[String(status)]?.content?.[type]?.schema) gap(`${status} ${type} (no content documented)`);
      return;
    }
    if (!documented) {
      gap(`${status} application/json (no schema documented)`);
      return;
    }
    const result = checkSchema(t.document, documented, json);
    for (const u of result.undocumented) gap(`${u} (field not documented)`);
    if (result.errors.length) {
      schemaMismatches.push({
        key: `${route} → ${result.errors[0].replace(/\[\d+\]/g, '[]')}`,
        text: `${describeRequest(op, s)}\n    → ${status}: ${result.errors.slice(0, 5).join('; ')}`,
      });
    }
  }

  /** One line per kind of failure, with the first request that showed it and how often it happened. */
  function summarise(findings: Finding[]): string {
    const groups = new Map<string, { first: string; count: number }>();
    for (const f of findings) {
      const g = groups.get(f.key);
      if (g) g.count++;
      else groups.set(f.key, { first: f.text, count: 1 });
    }
    return [...groups].map(([key, g]) => `${key} (×${g.count})\n  e.g. ${g.first}`).join('\n\n');
  }

  it('answers null in any body field not documented nullable with a 400 on that field, as every caller the route admits', async () => {
    const wrong: string[] = [];
    for (const op of ops.filter((o) => o.body)) {
      const { schema, name } = resolveSchema(t.document, op.body!);
      const base = fc.sample(fixture(name) ?? objectArb(schema), { seed: SEED, numRuns: 1 })[0];
      const url = op.path.replace(/\{(\w+)\}/g, (_, p: string) =>
        encodeURIComponent(fc.sample(goodPathValue(op, p), { seed: SEED, numRuns: 1 })[0]),
      );
      for (const [field, property] of Object.entries(schema.properties ?? {})) {
        if (resolveSchema(t.document, property).schema.nullable || property.nullable) continue;
        const body = JSON.stringify({ ...base, [field]: null });
        const answers: string[] = [];
        for (const role of ['admin', 'ld', 'teacher', 'learner'] as const) {
          const res = await t.http[op.method](url)
            .set('Authorization', `Bearer ${tokens[role]}`)
            .set('Content-Type', 'application/json')
            .send(body);
          const fields = ((res.body as { errors?: { field: string }[] }).errors ?? []).map((e) => e.field);
          if (
            res.status === 400 &&
            fields.some((f) => f === field || f.startsWith(`${field}.`) || f.startsWith(`${field}[`))
          )
            answers.push('field');
          else answers.push(`${role} ${res.status} ${res.body?.code ?? ''}`);
        }
        if (!answers.includes('field'))
          wrong.push(`${op.method.toUpperCase()} ${url} ${JSON.stringify({ [field]: null })}: ${answers.join(', ')}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  it(
    'sends every operation good-ish and broken requests as every kind of caller',
    async () => {
      expect(ops.length).toBeGreaterThan(40);
      const started = Date.now();
      const samples = ops.map((op) => {
        // A seed per operation: adding an operation leaves the others' requests as they were.
        const seed = (SEED ^ createHash('sha256').update(`${op.method} ${op.path}`).digest().readInt32BE(0)) | 0;
        return fc.sample(sampleArb(op), { seed, numRuns: RUNS });
      });
      outer: for (let round = 0; round < RUNS; round++) {
        for (const [k, op] of ops.entries()) {
          if (Date.now() - started > BUDGET_MS) {
            stoppedEarly = true;
            break outer;
          }
          const s = samples[k][round];
          const res = await send(op, s);
          sent++;
          check(
            op,
            s,
            res.status,
            res.headers['content-type'] ?? '',
            typeof res.body === 'string' ? res.body : res.text,
          );
        }
      }
      seconds = (Date.now() - started) / 1000;
      const byClass = [...statusCounts]
        .sort(([x], [y]) => x - y)
        .map(([st, n]) => `${st}×${n}`)
        .join(' ');
      console.log(
        `fuzz: ${sent} requests to ${ops.length} operations (${RUNS} each${stoppedEarly ? ', stopped by the time budget' : ''}) in ${seconds.toFixed(1)} s, seed ${SEED}\n` +
          `statuses: ${byClass}\n` +
          `operations never answered 2xx (reached only their refusals): ${
            ops
              .map((o) => `${o.method.toUpperCase()} ${o.path}`)
              .filter((r) => !okRoutes.has(r))
              .join(', ') || '(none)'
          }\n` +
          `undocumented (OpenAPI completeness):\n  ${[...undocumented.keys()].sort().join('\n  ') || '(none)'}`,
      );
      expect(sent).toBeGreaterThan(ops.length);
    },
    BUDGET_MS + 60_000,
  );

  it('never answers with a 5xx', () => {
    if (fiveXX.length) throw new Error(`${fiveXX.length} answers were 5xx:\n\n${summarise(fiveXX)}`);
  });

  it('answers every 4xx with application/problem+json carrying a code', () => {
    if (badProblems.length)
      throw new Error(
        `${badProblems.length} 4xx answers were not problem+json with a code:\n\n${summarise(badProblems)}`,
      );
  });

  it('answers every 2xx with a status, content type and schema (every field included) the document describes', () => {
    if (undocumentedSuccess.length)
      throw new Error(
        `${undocumentedSuccess.length} 2xx answers were not described by the document:\n\n${summarise(undocumentedSuccess)}`,
      );
  });

  it('answers every 2xx JSON body in the documented response schema', () => {
    if (schemaMismatches.length)
      throw new Error(
        `${schemaMismatches.length} 2xx bodies did not match their schema:\n\n${summarise(schemaMismatches)}`,
      );
  });
});

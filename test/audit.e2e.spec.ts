import pg from 'pg';
import { ActorContext, Db } from '#libs/database';
import { EXPIRE_HOLDS_JOB } from '#libs/enrolments';
import { JobQueue } from '#libs/jobs';
import { NOT_AUDITED } from '../libs/database/src/migrations/1796120822123-AuditTrail.js';
import { createTestApp, type TestApp } from './support/app.js';
import { actor, bookableSession, createOrganisation, type Actor, type OrgRow } from './support/factories.js';

interface Row {
  actor_type: string;
  actor_id: string | null;
  actor_label: string | null;
  ip: string | null;
  request_id: string | null;
  action: string;
  table_name: string;
  record_id: string;
  changed_columns: string[];
  transaction_id: string;
}

/** RFC 4180 lines into cells (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('Audit trail', () => {
  let t: TestApp;
  let org: OrgRow;
  let admin: Actor;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrganisation(t.dataSource);
    admin = await actor(t, org.id, { roles: ['admin'] });
  });
  afterAll(() => t.close());

  const trail = (recordId: string): Promise<Row[]> =>
    t.dataSource.query(
      `SELECT actor_type, actor_id, actor_label, host(ip) AS ip, request_id, action, table_name, record_id, changed_columns, transaction_id::text
         FROM audit_events WHERE record_id = $1 ORDER BY id`,
      [recordId],
    );
  const enrol = (who: Actor, sessionId: string, body: object = {}) =>
    t.http.post(`/api/sessions/${sessionId}/enrolments`).set(who.auth).send(body);

  it('covers every table in public: audited by the trigger, or listed as not audited with a reason', async () => {
    const tables: { name: string; audited: boolean }[] = await t.dataSource.query(
      `SELECT c.relname AS name, EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = c.oid AND g.tgname = 'trg_audit') AS audited
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 1`,
    );
    const wrong = tables
      .filter((x) => x.audited === x.name in NOT_AUDITED)
      .map((x) => `${x.name}: ${x.audited ? 'audited but listed as not audited' : 'neither audited nor listed'}`);
    expect(wrong).toEqual([]);
    expect(tables.filter((x) => x.audited).map((x) => x.name)).toEqual(
      expect.arrayContaining([
        'users',
        'auth_sessions',
        'courses',
        'course_sessions',
        'enrolments',
        'enrolment_events',
        'notifications',
        'incompany_requests',
      ]),
    );
    for (const reason of Object.values(NOT_AUDITED)) expect(reason.length).toBeGreaterThan(10);
  });

  it('records a life cycle with approval — enrol, approve, cancel — with who, from where, in which request, and column names only', async () => {
    const { sessionId } = await bookableSession(t, org.id, {}, { requiresManagerApproval: true });
    const [learner, manager] = await Promise.all([actor(t, org.id), actor(t, org.id)]);
    const enrolled = await enrol(learner, sessionId, { managerId: manager.id }).expect(201);
    expect(enrolled.body.status).toBe('pending_approval');
    const id = enrolled.body.id as string;
    const approved = await t.http.post(`/api/enrolments/${id}/approve`).set(manager.auth).expect(200);
    expect(approved.body.status).toBe('confirmed');
    const cancelled = await t.http
      .post(`/api/enrolments/${id}/cancel`)
      .set(learner.auth)
      .send({ reason: 'ziekte' })
      .expect(200);

    const rows = await trail(id);
    expect(rows.map((r) => [r.action, r.actor_type, r.actor_id])).toEqual([
      ['insert', 'user', learner.id],
      ['update', 'user', manager.id],
      ['update', 'user', learner.id],
    ]);
    expect(rows[0].changed_columns).toEqual(
      expect.arrayContaining(['id', 'session_id', 'user_id', 'status', 'manager_id', 'approval_expires_at']),
    );
    expect(rows[0].changed_columns).not.toContain('offer_expires_at'); // null on insert: not written
    expect(rows[1].changed_columns).toEqual(expect.arrayContaining(['status']));
    expect(rows[2].changed_columns).toEqual(expect.arrayContaining(['status', 'cancel_reason']));
    // The request ids are the ones the API answered with; the address is the caller's.
    expect(rows.map((r) => r.request_id)).toEqual([
      enrolled.headers['x-request-id'],
      approved.headers['x-request-id'],
      cancelled.headers['x-request-id'],
    ]);
    for (const r of rows) expect(r.ip).toMatch(/^(127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)$/);

    // Everything one request changed shares its transaction: the enrolment, its history, the seat cache, the notification.
    const cancelTx: Row[] = await t.dataSource.query(
      `SELECT table_name, action, actor_id FROM audit_events WHERE request_id = $1 ORDER BY id`,
      [cancelled.headers['x-request-id']],
    );
    expect(new Set(cancelTx.map((r) => r.actor_id))).toEqual(new Set([learner.id]));
    expect(cancelTx.map((r) => r.table_name)).toEqual(
      // The seat count cache is enrolments' own session_seats (was course_sessions.seats_taken).
      expect.arrayContaining(['enrolments', 'enrolment_events', 'session_seats']),
    );
    const [{ n }] = await t.dataSource.query(
      `SELECT count(DISTINCT transaction_id)::int AS n FROM audit_events WHERE request_id = $1`,
      [cancelled.headers['x-request-id']],
    );
    expect(n).toBe(1);
  });

  it('records waitlist → offer → expiry by a job → offer → accept, crediting whoever caused each change', async () => {
    const { sessionId } = await bookableSession(t, org.id, { capacity: 1 });
    const [a, b, c] = await Promise.all([actor(t, org.id), actor(t, org.id), actor(t, org.id)]);
    const ea = (await enrol(a, sessionId).expect(201)).body;
    const eb = (await enrol(b, sessionId).expect(201)).body;
    const ec = (await enrol(c, sessionId).expect(201)).body;
    expect([ea.status, eb.status, ec.status]).toEqual(['confirmed', 'waitlisted', 'waitlisted']);
    // A's cancel frees the seat; the offer to B is A's doing.
    await t.http.post(`/api/enrolments/${ea.id}/cancel`).set(a.auth).send({ reason: 'ziekte' }).expect(200);
    await t.dataSource.query(`UPDATE enrolments SET offer_expires_at = now() - interval '1 second' WHERE id = $1`, [
      eb.id,
    ]);
    await t.app.get(JobQueue).runNow(EXPIRE_HOLDS_JOB, { sessionId });
    expect((await t.http.post(`/api/enrolments/${ec.id}/accept`).set(c.auth).expect(200)).body.status).toBe(
      'confirmed',
    );

    const who = (r: Row) => [r.action, r.actor_type, r.actor_id ?? r.actor_label];
    expect((await trail(eb.id)).map(who)).toEqual([
      ['insert', 'user', b.id],
      ['update', 'user', a.id], // offered
      ['update', 'system', null], // the test's own SQL: no request, no job
      ['update', 'job', EXPIRE_HOLDS_JOB], // expired
    ]);
    expect((await trail(ec.id)).map(who)).toEqual([
      ['insert', 'user', c.id],
      ['update', 'job', EXPIRE_HOLDS_JOB], // offered the seat B let lapse
      ['update', 'user', c.id], // accepted
    ]);
    const [expiry] = (await trail(eb.id)).slice(-1);
    expect(expiry).toMatchObject({
      ip: null,
      request_id: 'inline',
      changed_columns: expect.arrayContaining(['status']),
    });
  });

  it('attributes writes made outside a transaction too, and never lets an actor outlive its request', async () => {
    const a = await actor(t, org.id);
    const created = await t.http.post('/api/me/calendar-feed').set(a.auth).expect(201);
    await t.http.delete('/api/me/calendar-feed').set(a.auth).expect(204);
    const rows = await trail(a.id);
    const feed = rows.filter((r) => r.table_name === 'calendar_feeds');
    expect(feed.map((r) => [r.action, r.actor_type, r.actor_id])).toEqual([
      ['insert', 'user', a.id],
      ['delete', 'user', a.id],
    ]);
    expect(feed[0].request_id).toBe(created.headers['x-request-id']);
    expect(feed[0].changed_columns).toContain('token_hash'); // the name, never the hash

    // Right after many requests on the same pool, a write with no request behind it is the system's.
    await Promise.all(Array.from({ length: 20 }, () => t.http.get('/api/me').set(a.auth)));
    const other = await createOrganisation(t.dataSource);
    expect((await trail(other.id)).map((r) => [r.actor_type, r.actor_id, r.ip])).toEqual([['system', null, null]]);
  });

  it('hands the actor over with any isolation level and any label, quotes and backslashes included', async () => {
    const label = `tool 'o\\brien'; SELECT 1 --`;
    const insert = `INSERT INTO organisations (slug, name, kind, region) VALUES ($1, 'Geïsoleerd', 'overig', 'Utrecht') RETURNING id`;
    const [plain, serializable] = await ActorContext.run({ type: 'job', label }, async () => [
      (await t.app.get(Db).transaction((em) => em.query(insert, ['plain-tx'])))[0].id as string,
      (await t.dataSource.transaction('SERIALIZABLE', (em) => em.query(insert, ['serializable-tx'])))[0].id as string,
    ]);
    for (const id of [plain, serializable])
      expect((await trail(id)).map((r) => [r.actor_type, r.actor_label])).toEqual([['job', label]]);
  });

  it('writes the trail in the same transaction as the change: a rolled-back change leaves no trace', async () => {
    const db = t.app.get(Db);
    let id = '';
    await expect(
      db.transaction(async (em) => {
        [{ id }] = await em.query(
          `INSERT INTO organisations (slug, name, kind, region) VALUES ('teruggedraaid', 'Teruggedraaid', 'overig', 'Utrecht') RETURNING id`,
        );
        expect(await trail(id)).toEqual([]); // another connection does not see it yet
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE record_id = $1`, [id]);
    expect(n).toBe(0);
  });

  it('credits a log-in to the person who proved who they are, with its address, and passwords only as a column name', async () => {
    const user = await actor(t, org.id, { name: 'Inlogger' });
    const rows: Row[] = await t.dataSource.query(
      `SELECT a.actor_type, a.actor_id, host(a.ip) AS ip, a.changed_columns FROM audit_events a JOIN auth_sessions s ON a.record_id = s.id::text
        WHERE a.table_name = 'auth_sessions' AND s.user_id = $1 AND a.action = 'insert'`,
      [user.id],
    );
    expect(rows).toEqual([expect.objectContaining({ actor_type: 'user', actor_id: user.id, ip: expect.any(String) })]);
    const [{ password_hash }] = await t.dataSource.query(`SELECT password_hash FROM users WHERE id = $1`, [user.id]);
    expect(
      (await trail(user.id)).find((r) => r.table_name === 'users' && r.action === 'insert')?.changed_columns,
    ).toContain('password_hash');
    const [{ leaks }] = await t.dataSource.query(
      `SELECT count(*)::int AS leaks FROM audit_events a WHERE strpos(a::text, $1) > 0`,
      [password_hash],
    );
    expect(leaks).toBe(0);
  });

  it('is append-only: updates, deletes and truncation are refused', async () => {
    // A connection of its own, as any client would have: the rule is the database's, not the app's.
    const client = new pg.Client({ connectionString: t.db.url });
    await client.connect();
    try {
      for (const sql of [
        `UPDATE audit_events SET actor_id = NULL`,
        `DELETE FROM audit_events`,
        `TRUNCATE audit_events`,
      ]) {
        await expect(client.query(sql)).rejects.toMatchObject({
          code: '42501',
          message: expect.stringMatching(/append-only/),
        });
      }
    } finally {
      await client.end();
    }
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events`);
    expect(n).toBeGreaterThan(0);
  });

  describe('admin API', () => {
    it('lists newest first, filtered by record, person, table and period, paged', async () => {
      const { sessionId } = await bookableSession(t, org.id);
      const learner = await actor(t, org.id);
      const e = (await enrol(learner, sessionId).expect(201)).body;
      await t.http.post(`/api/enrolments/${e.id}/cancel`).set(learner.auth).send({ reason: 'ziekte' }).expect(200);

      const byRecord = (await t.http.get(`/api/admin/audit?recordId=${e.id}`).set(admin.auth).expect(200)).body;
      expect(byRecord).toMatchObject({ page: 1, pageSize: 20, total: 2 });
      expect(byRecord.items.map((i: { action: string }) => i.action)).toEqual(['update', 'insert']);
      expect(byRecord.items[1]).toMatchObject({
        table: 'enrolments',
        recordId: e.id,
        actorType: 'user',
        actorId: learner.id,
        actorName: learner.name,
        actorEmail: learner.email,
        requestId: expect.any(String),
        ip: expect.any(String),
        changedColumns: expect.arrayContaining(['status']),
      });

      const byPerson = (
        await t.http
          .get(`/api/admin/audit?actorId=${learner.id}&table=enrolment_events&pageSize=1`)
          .set(admin.auth)
          .expect(200)
      ).body;
      expect(byPerson).toMatchObject({ pageSize: 1, total: 2 });
      expect(byPerson.items).toHaveLength(1);
      const second = (
        await t.http
          .get(`/api/admin/audit?actorId=${learner.id}&table=enrolment_events&pageSize=1&page=2`)
          .set(admin.auth)
          .expect(200)
      ).body;
      expect(Number(second.items[0].id)).toBeLessThan(Number(byPerson.items[0].id));

      // The API reads a date as an Amsterdam day; after 23:00 UTC that is already tomorrow.
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
      const inPeriod = (
        await t.http.get(`/api/admin/audit?recordId=${e.id}&from=${today}&to=${today}`).set(admin.auth).expect(200)
      ).body;
      expect(inPeriod.total).toBe(2);
      const before = (await t.http.get(`/api/admin/audit?recordId=${e.id}&to=2020-01-01`).set(admin.auth).expect(200))
        .body;
      expect(before.total).toBe(0);
      const sinceNow = encodeURIComponent(new Date(Date.now() + 60_000).toISOString());
      expect(
        (await t.http.get(`/api/admin/audit?recordId=${e.id}&from=${sinceNow}`).set(admin.auth).expect(200)).body.total,
      ).toBe(0);
    });

    it('refuses bad filters field by field', async () => {
      const res = await t.http
        .get('/api/admin/audit?actorId=x&from=2027-02-30&table=DROP%20TABLE&recordId=%27%3B')
        .set(admin.auth)
        .expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'actorId',
        'from',
        'recordId',
        'table',
      ]);
    });

    it('exports the same filters as CSV (oldest first), with formula-looking cells neutralised', async () => {
      const sneaky = await actor(t, org.id, { name: '=HYPERLINK("https://evil.example","klik")' });
      await t.http.post('/api/me/calendar-feed').set(sneaky.auth).expect(201);
      await t.http.delete('/api/me/calendar-feed').set(sneaky.auth).expect(204);
      const res = await t.http
        .get(`/api/admin/audit/export?actorId=${sneaky.id}&table=calendar_feeds`)
        .set(admin.auth)
        .expect(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="audit-trail\.csv"$/);
      expect(res.headers['cache-control']).toMatch(/no-store/);
      const [header, ...lines] = parseCsv(res.text.replace(/^\uFEFF/, ''));
      expect(header).toEqual([
        'id',
        'occurred_at',
        'transaction_id',
        'actor_type',
        'actor_id',
        'actor_name',
        'actor_email',
        'actor_label',
        'ip',
        'request_id',
        'action',
        'table',
        'record_id',
        'changed_columns',
      ]);
      const col = (name: string) => header.indexOf(name);
      expect(lines.map((l) => l[col('action')])).toEqual(['insert', 'delete']);
      expect(lines[0][col('actor_name')]).toBe(`'=HYPERLINK("https://evil.example","klik")`);
      expect(lines[0][col('record_id')]).toBe(sneaky.id);
      expect(lines[0][col('changed_columns')]).toContain('token_hash');
      expect(Number(lines[0][col('id')])).toBeLessThan(Number(lines[1][col('id')]));

      const empty = await t.http.get(`/api/admin/audit/export?recordId=does-not-exist`).set(admin.auth).expect(200);
      expect(parseCsv(empty.text.replace(/^\uFEFF/, ''))).toHaveLength(1);
    });

    it('is for admins only: others get 403, anonymous callers 401', async () => {
      const learner = await actor(t, org.id);
      const ld = await actor(t, org.id, { roles: ['ld'] });
      for (const who of [learner, ld]) {
        expect((await t.http.get('/api/admin/audit').set(who.auth).expect(403)).body.code).toBeDefined();
        await t.http.get('/api/admin/audit/export').set(who.auth).expect(403);
      }
      await t.http.get('/api/admin/audit').expect(401);
      await t.http.get('/api/admin/audit/export').expect(401);
    });

    it('refuses an export of more than 100,000 rows instead of cutting it off', async () => {
      await t.dataSource.query(
        `INSERT INTO audit_events (actor_type, action, table_name, record_id) SELECT 'system', 'insert', 'bulk_probe', g::text FROM generate_series(1, 100001) g`,
      );
      const res = await t.http.get('/api/admin/audit/export?table=bulk_probe').set(admin.auth).expect(400);
      expect(res.body.code).toBe('AUDIT_EXPORT_TOO_LARGE');
      const list = (await t.http.get('/api/admin/audit?table=bulk_probe&pageSize=100').set(admin.auth).expect(200))
        .body;
      expect(list).toMatchObject({ total: 100001 });
      expect(list.items).toHaveLength(100);
    });
  });
});

import { ALUMNI_MESSAGE_JOB, ALUMNI_MESSAGES_PER_DAY } from '#libs/alumni';
import { JobQueue } from '#libs/jobs';
import { createTestApp, type TestApp } from './support/app.js';
import { mailsTo } from './support/mail.js';
import { actor, bookableSession, createOrganisation, type Actor, type OrgRow } from './support/factories.js';
import { enrolInCohort, programmeWithCohort } from './support/programme-factories.js';

/**
 * Issue #12 item 3: alumni who opted in (off by default) are listed as fellow participants of a
 * course across organisations, found by course, topic, organisation and words, and contacted by
 * e-mail (Reply-To the sender; the address shown only with consent). Withdrawing consent removes
 * a person from every list at once; messages are limited per sender; bad input is a 400.
 */
interface Ctx {
  t: TestApp;
  orgA: OrgRow;
  orgB: OrgRow;
  courseId: string;
  alice: Actor;
  bob: Actor;
  carol: Actor;
  dave: Actor;
}

interface Item {
  userId: string;
  name: string;
  email: string | null;
  jobTitle: string | null;
  organisation: { id: string; name: string } | null;
  courses: { courseId: string; title: string; kind: string; attendedAt: string }[];
}

const NOBODY = '00000000-0000-4000-8000-000000000000';

describe('Alumni network', () => {
  const c = {} as Ctx;
  const courseAlumni = (who: Actor, query = '') =>
    c.t.http.get(`/api/courses/${c.courseId}/alumni${query}`).set(who.auth).expect(200);
  const search = (who: Actor, query: string) => c.t.http.get(`/api/alumni?${query}`).set(who.auth);
  const names = (body: { items: Item[] }) => body.items.map((i) => i.name);
  const consent = (who: Actor, body: object) => c.t.http.put('/api/me/alumni-consent').set(who.auth).send(body);
  const message = (from: Actor, to: string, body: object) =>
    c.t.http.post(`/api/alumni/${to}/messages`).set(from.auth).send(body);
  const messageCount = async () =>
    (await c.t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM alumni_messages`))[0].n;

  beforeAll(async () => {
    c.t = await createTestApp();
    c.orgA = await createOrganisation(c.t.dataSource, { slug: 'alumni-a', name: 'Gemeente Alumnia' });
    c.orgB = await createOrganisation(c.t.dataSource, { slug: 'alumni-b', name: 'Provincie Beta' });
    const s = await bookableSession(
      c.t,
      c.orgA.id,
      { startsAt: new Date(Date.now() + 10 * 60_000), enrolmentDeadline: new Date(Date.now() + 5 * 60_000) },
      { topics: ['Omgevingswet', 'Participatie'] },
    );
    c.courseId = s.courseId;
    c.alice = await actor(c.t, c.orgA.id, { name: 'Alice Aalders' });
    c.bob = await actor(c.t, c.orgB.id, { name: 'Bob Bakker' });
    c.carol = await actor(c.t, c.orgB.id, { name: 'Carol Claassen' });
    c.dave = await actor(c.t, c.orgB.id, { name: 'Dave Dijkstra' });
    for (const who of [c.alice, c.bob, c.carol]) {
      const res = await c.t.http.post(`/api/sessions/${s.sessionId}/enrolments`).set(who.auth).send({}).expect(201);
      await c.t.http
        .put(`/api/enrolments/${res.body.id as string}/attendance`)
        .set(s.teacher.auth)
        .send({ status: 'attended' })
        .expect(200);
    }
  });
  afterAll(() => c.t.close());

  it('is off by default: nobody is listed or contactable, with the same 404 as an unknown id', async () => {
    expect((await c.t.http.get('/api/me/alumni-consent').set(c.alice.auth).expect(200)).body).toEqual({
      findable: false,
      showEmail: false,
      jobTitle: null,
      updatedAt: null,
    });
    expect((await courseAlumni(c.dave)).body).toMatchObject({ items: [], total: 0, page: 1 });
    expect((await search(c.dave, '').expect(200)).body.total).toBe(0);
    const hidden = await message(c.dave, c.alice.id, { text: 'Hoi Alice' }).expect(404);
    const unknown = await message(c.dave, NOBODY, { text: 'Hoi' }).expect(404);
    expect(hidden.type).toBe('application/problem+json');
    expect(hidden.body.code).toBe('ALUMNUS_NOT_FOUND');
    expect(unknown.body.code).toBe(hidden.body.code);
    await c.t.http.get(`/api/alumni/${c.alice.id}`).set(c.dave.auth).expect(404);
    expect(await messageCount()).toBe(0);
    await c.t.http.get(`/api/courses/${c.courseId}/alumni`).expect(401);
    await c.t.http.get(`/api/courses/${NOBODY}/alumni`).set(c.dave.auth).expect(404);
  });

  it('lists opted-in fellow participants across organisations, e-mail only with consent, never the caller', async () => {
    const a = await consent(c.alice, { findable: true, showEmail: false, jobTitle: ' Beleidsadviseur ' }).expect(200);
    expect(a.body).toMatchObject({ findable: true, showEmail: false, jobTitle: 'Beleidsadviseur' });
    await consent(c.bob, { findable: true, showEmail: true }).expect(200);

    const list = (await courseAlumni(c.dave)).body as { items: Item[]; total: number };
    expect(names(list)).toEqual(['Alice Aalders', 'Bob Bakker']);
    expect(list.total).toBe(2);
    const [alice, bob] = list.items;
    expect(alice).toMatchObject({
      userId: c.alice.id,
      email: null,
      jobTitle: 'Beleidsadviseur',
      organisation: { id: c.orgA.id, name: 'Gemeente Alumnia' },
      courses: [{ courseId: c.courseId, kind: 'course', attendedAt: expect.any(String) }],
    });
    expect(JSON.stringify(list)).not.toContain(c.alice.email);
    expect(bob).toMatchObject({ email: c.bob.email, organisation: { id: c.orgB.id } });
    // Carol attended but did not opt in.
    expect(JSON.stringify(list)).not.toContain('Carol');
    // An alumnus sees the others, not themselves.
    expect(names((await courseAlumni(c.alice)).body)).toEqual(['Bob Bakker']);
  });

  it('searches by course, topic, organisation and words, paginated in a fixed order', async () => {
    expect(names((await search(c.dave, `courseId=${c.courseId}`).expect(200)).body)).toEqual([
      'Alice Aalders',
      'Bob Bakker',
    ]);
    expect(names((await search(c.dave, 'topic=participatie').expect(200)).body)).toHaveLength(2);
    expect((await search(c.dave, 'topic=Belastingrecht').expect(200)).body.total).toBe(0);
    expect(names((await search(c.dave, `organisationId=${c.orgB.id}`).expect(200)).body)).toEqual(['Bob Bakker']);
    expect(names((await search(c.dave, 'q=beleidsadv').expect(200)).body)).toEqual(['Alice Aalders']);
    expect(names((await search(c.dave, 'q=bakker').expect(200)).body)).toEqual(['Bob Bakker']);
    expect((await search(c.dave, 'q=%25').expect(200)).body.total).toBe(0);
    const page2 = (await search(c.dave, 'pageSize=1&page=2').expect(200)).body as { items: Item[]; total: number };
    expect(page2).toMatchObject({ page: 2, pageSize: 1, total: 2 });
    expect(names(page2)).toEqual(['Bob Bakker']);
  });

  it('delivers a message by e-mail with Reply-To the sender, without showing the address', async () => {
    const sent = await message(c.dave, c.alice.id, {
      subject: 'Vraag over participatie',
      text: 'Hoi Alice, hoe pakte jullie gemeente de participatie aan?',
      courseId: c.courseId,
    }).expect(201);
    expect(sent.body).toMatchObject({ recipientName: 'Alice Aalders', remainingToday: ALUMNI_MESSAGES_PER_DAY - 1 });
    expect(JSON.stringify(sent.body)).not.toContain(c.alice.email);
    const jobs = await c.t.dataSource.query(`SELECT 1 FROM pgboss.job WHERE name = $1 AND data->>'messageId' = $2`, [
      ALUMNI_MESSAGE_JOB,
      sent.body.id,
    ]);
    expect(jobs).toHaveLength(1);
    await c.t.app.get(JobQueue).runNow(ALUMNI_MESSAGE_JOB, { messageId: sent.body.id });
    await c.t.app.get(JobQueue).runNow(ALUMNI_MESSAGE_JOB, { messageId: sent.body.id });
    const mails = (await mailsTo(c.t, c.alice.email)).filter((m) => m.includes('hoe pakte jullie gemeente'));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatch(new RegExp(`Reply-To: .*<${c.dave.email}>`, 'i'));
    expect(mails[0]).toContain('Dave Dijkstra');
  });

  it('withdrawing consent removes the person from every list at once, and from contact', async () => {
    await consent(c.alice, { findable: false, showEmail: false }).expect(200);
    expect(names((await courseAlumni(c.dave)).body)).toEqual(['Bob Bakker']);
    expect(names((await search(c.dave, 'q=alice').expect(200)).body)).toEqual([]);
    expect(names((await search(c.dave, '').expect(200)).body)).toEqual(['Bob Bakker']);
    await c.t.http.get(`/api/alumni/${c.alice.id}`).set(c.dave.auth).expect(404);
    expect((await message(c.dave, c.alice.id, { text: 'Nog een vraag' }).expect(404)).body.code).toBe(
      'ALUMNUS_NOT_FOUND',
    );
    // The job title was kept (left out of the PUT), and shows again when she opts in again.
    expect((await c.t.http.get('/api/me/alumni-consent').set(c.alice.auth).expect(200)).body.jobTitle).toBe(
      'Beleidsadviseur',
    );
  });

  it('refuses bad input with 400 field errors and stores nothing', async () => {
    const before = await messageCount();
    const bad: [object, string][] = [
      [{}, 'text'],
      [{ text: '' }, 'text'],
      [{ text: '   ' }, 'text'],
      [{ text: null }, 'text'],
      [{ text: 42 }, 'text'],
      [{ text: 'x'.repeat(4001) }, 'text'],
      [{ text: 'Hoi', subject: 's'.repeat(151) }, 'subject'],
      [{ text: 'Hoi', courseId: 'niet-een-id' }, 'courseId'],
      [{ text: 'Hoi', to: 'iemand@example.nl' }, 'to'],
    ];
    for (const [body, field] of bad) {
      const res = await message(c.dave, c.bob.id, body).expect(400);
      expect(res.type).toBe('application/problem+json');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect(await messageCount()).toBe(before);
    for (const [body, field] of [
      [{ findable: 'ja', showEmail: false }, 'findable'],
      [{ findable: true }, 'showEmail'],
      [{ findable: true, showEmail: true, jobTitle: 'j'.repeat(121) }, 'jobTitle'],
    ] as [object, string][]) {
      const res = await consent(c.carol, body).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect((await c.t.http.get('/api/me/alumni-consent').set(c.carol.auth).expect(200)).body.findable).toBe(false);
    for (const q of ['pageSize=0', 'page=x', 'courseId=abc', 'organisationId=1', `q=${'q'.repeat(201)}`, 'topic=']) {
      const res = await search(c.dave, q).expect(400);
      expect(res.type).toBe('application/problem+json');
    }
    await c.t.http.get('/api/alumni/not-a-uuid').set(c.dave.auth).expect(400);
  });

  it('limits messages per sender in 24 hours (429 problem+json with Retry-After)', async () => {
    const sentBefore = await c.t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM alumni_messages WHERE sender_id = $1`,
      [c.dave.id],
    );
    for (let i = sentBefore[0].n; i < ALUMNI_MESSAGES_PER_DAY; i++) {
      await message(c.dave, c.bob.id, { text: `Bericht ${i}` }).expect(201);
    }
    const res = await message(c.dave, c.bob.id, { text: 'Eén te veel' }).expect(429);
    expect(res.type).toBe('application/problem+json');
    expect(res.body.code).toBe('ALUMNI_MESSAGES_RATE_LIMITED');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    // Another sender is not affected.
    await message(c.carol, c.bob.id, { text: 'Hoi Bob' }).expect(201);
  });

  it('counts a programme cohort as a session of the programme, hides another organisation’s private session, and does not deliver after withdrawal', async () => {
    const erin = await actor(c.t, c.orgA.id, { name: 'Erin Evers' });
    await consent(erin, { findable: true, showEmail: false }).expect(200);
    const ld = await actor(c.t, c.orgA.id, { roles: ['ld'] });
    const { programme, cohort } = await programmeWithCohort(c.t, ld, { programme: { title: 'Werkatelier Alumni' } });
    const inCohort = await enrolInCohort(c.t, erin, cohort.id);
    await c.t.dataSource.query(`UPDATE enrolments SET status = 'attended' WHERE id = $1`, [inCohort.id]);
    const ofProgramme = (await c.t.http.get(`/api/courses/${programme.id}/alumni`).set(c.dave.auth).expect(200))
      .body as { items: Item[] };
    expect(ofProgramme.items.map((i) => [i.name, i.courses[0].kind])).toEqual([['Erin Evers', 'programme']]);

    // An in-company session only for organisation A: its participants are not alumni to B's people.
    const own = await bookableSession(c.t, c.orgA.id, {}, { title: 'Intern traject A' });
    const res = await c.t.http.post(`/api/sessions/${own.sessionId}/enrolments`).set(erin.auth).send({}).expect(201);
    await c.t.dataSource.query(`UPDATE enrolments SET status = 'attended' WHERE id = $1`, [res.body.id]);
    await c.t.dataSource.query(`UPDATE course_sessions SET visible_to_organisation_id = $2 WHERE id = $1`, [
      own.sessionId,
      c.orgA.id,
    ]);
    expect((await c.t.http.get(`/api/courses/${own.courseId}/alumni`).set(c.dave.auth).expect(200)).body.total).toBe(0);
    expect(
      names((await c.t.http.get(`/api/courses/${own.courseId}/alumni`).set(c.alice.auth).expect(200)).body),
    ).toEqual(['Erin Evers']);

    // A message accepted while Erin was findable is not delivered once she withdraws.
    const sent = await message(c.carol, erin.id, { text: 'Vraag over het werkatelier' }).expect(201);
    await consent(erin, { findable: false, showEmail: false }).expect(200);
    await c.t.app.get(JobQueue).runNow(ALUMNI_MESSAGE_JOB, { messageId: sent.body.id });
    expect((await mailsTo(c.t, erin.email)).some((m) => m.includes('Vraag over het werkatelier'))).toBe(false);
  });

  it('exports consent and sent messages (AVG) and erases them', async () => {
    const dave = (await c.t.http.get('/api/me/personal-data').set(c.dave.auth).expect(200)).body;
    expect(dave.alumni.consent).toBeNull();
    expect(dave.alumni.sentMessages).toHaveLength(ALUMNI_MESSAGES_PER_DAY);
    expect(dave.alumni.sentMessages[0]).toMatchObject({ recipientName: 'Alice Aalders' });
    const bob = (await c.t.http.get('/api/me/personal-data').set(c.bob.auth).expect(200)).body;
    expect(bob.alumni.consent).toMatchObject({ findable: true, showEmail: true });

    await c.t.http.post('/api/me/erasure').set(c.bob.auth).send({ confirmEmail: c.bob.email }).expect(204);
    const rows = await c.t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM alumni_consents WHERE user_id = $1) AS consents,
              (SELECT count(*)::int FROM alumni_messages WHERE recipient_id = $1 OR sender_id = $1) AS messages`,
      [c.bob.id],
    );
    expect(rows[0]).toEqual({ consents: 0, messages: 0 });
    expect(names((await courseAlumni(c.dave)).body)).toEqual([]);
  });
});

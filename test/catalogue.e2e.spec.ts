import { createTestApp, type TestApp } from './support/app.js';
import {
  actor,
  COURSE,
  daysFromNow,
  sessionBody,
  TEACHER_PROFILE,
  type OrgRow,
  createOrganisation,
} from './support/factories.js';
import { verificationToken } from './support/mail.js';

describe('Offering a course and finding it in the catalogue', () => {
  let t: TestApp;
  let zwolle: OrgRow;
  let utrecht: OrgRow;

  beforeAll(async () => {
    t = await createTestApp();
    zwolle = await createOrganisation(t.dataSource, {
      slug: 'gemeente-zwolle',
      name: 'Gemeente Zwolle',
      region: 'Overijssel',
      emailDomains: ['zwolle.nl'],
    });
    utrecht = await createOrganisation(t.dataSource, {
      slug: 'gemeente-utrecht',
      name: 'Gemeente Utrecht',
      region: 'Utrecht',
      emailDomains: ['utrecht.nl'],
    });
  });
  afterAll(() => t.close());

  it('register → log in → teacher profile → course → session → publish → found with the right filters', async () => {
    await t.http
      .post('/api/auth/register')
      .send({ name: 'Marieke van den Berg', email: 'marieke@zwolle.nl', password: 'vergunningen-2026' })
      .expect(202);
    await t.http
      .post('/api/auth/verify-email')
      .send({ token: await verificationToken(t, 'marieke@zwolle.nl'), password: 'vergunningen-2026' })
      .expect(200);
    const login = await t.http
      .post('/api/auth/login')
      .send({ email: 'marieke@zwolle.nl', password: 'vergunningen-2026' })
      .expect(200);
    const auth = { Authorization: `Bearer ${login.body.accessToken}` };

    // Without a teacher profile nobody can offer a course.
    const noProfile = await t.http.post('/api/courses').set(auth).send(COURSE).expect(403);
    expect(noProfile.body.code).toBe('TEACHER_PROFILE_REQUIRED');

    const profile = await t.http.put('/api/me/teacher-profile').set(auth).send(TEACHER_PROFILE).expect(201);
    expect(profile.body).toMatchObject({
      name: 'Marieke van den Berg',
      organisation: { id: zwolle.id },
      inCompany: true,
    });
    await t.http
      .put('/api/me/teacher-profile')
      .set(auth)
      .send({ ...TEACHER_PROFILE, inCompany: false })
      .expect(200);

    const course = await t.http.post('/api/courses').set(auth).send(COURSE).expect(201);
    expect(course.body).toMatchObject({
      status: 'draft',
      organisation: { id: zwolle.id },
      canEdit: true,
      teachers: [{ id: profile.body.id }],
    });

    // A draft is not in the catalogue, not even by id.
    await t.http.get(`/api/catalogue/courses/${course.body.id}`).expect(404);
    expect((await t.http.get('/api/catalogue/courses').expect(200)).body.total).toBe(0);

    const session = await t.http
      .post(`/api/courses/${course.body.id}/sessions`)
      .set(auth)
      .send(sessionBody(20))
      .expect(201);
    expect(session.body).toMatchObject({ capacity: 12, seatsLeft: 12, status: 'scheduled', city: 'Zwolle' });
    // Default cancellation deadline: two working days before the start.
    const start = new Date(session.body.startsAt);
    const deadline = new Date(session.body.cancellationDeadline);
    expect(deadline < start).toBe(true);
    expect([2, 4]).toContain(Math.round((start.getTime() - deadline.getTime()) / 86_400_000));

    await t.http.post(`/api/courses/${course.body.id}/publish`).set(auth).expect(200);
    const again = await t.http.post(`/api/courses/${course.body.id}/publish`).set(auth).expect(409);
    expect(again.body.code).toBe('ILLEGAL_COURSE_TRANSITION');

    const query = async (q: string) => (await t.http.get(`/api/catalogue/courses?${q}`).expect(200)).body;
    const found = await query(
      'topic=omgevingsvergunning&format=klassikaal&level=basis&region=Overijssel&freeSeats=true',
    );
    expect(found.total).toBe(1);
    expect(found.items[0]).toMatchObject({
      id: course.body.id,
      organisation: { name: 'Gemeente Zwolle' },
      teachers: [{ name: 'Marieke van den Berg' }],
      nextSession: { id: session.body.id, seatsLeft: 12, city: 'Zwolle', online: false },
    });
    expect(found.items[0].nextSession).not.toHaveProperty('onlineUrl');
    for (const miss of [
      'topic=privacy',
      'format=online',
      'level=expert',
      'region=Utrecht',
      `organisationId=${utrecht.id}`,
      'language=en',
      `from=${daysFromNow(40).slice(0, 10)}`,
      `to=${daysFromNow(3).slice(0, 10)}`,
    ]) {
      expect({ miss, total: (await query(miss)).total }).toEqual({ miss, total: 0 });
    }
    expect(
      (
        await query(
          `organisationId=${zwolle.id}&from=${daysFromNow(10).slice(0, 10)}&to=${daysFromNow(30).slice(0, 10)}`,
        )
      ).total,
    ).toBe(1);

    const detail = await t.http.get(`/api/catalogue/courses/${course.body.id}`).expect(200);
    expect(detail.body).toMatchObject({
      canEdit: false,
      learningGoals: COURSE.learningGoals,
      sessions: [{ id: session.body.id, seatsLeft: 12 }],
    });
  });

  it('lets only the teachers, L&D of the owning organisation and admins edit a course (403 for strangers)', async () => {
    const teacher = await actor(t, zwolle.id);
    await t.http.put('/api/me/teacher-profile').set(teacher.auth).send(TEACHER_PROFILE).expect(201);
    const course = (await t.http.post('/api/courses').set(teacher.auth).send(COURSE).expect(201)).body;

    const stranger = await actor(t, utrecht.id);
    const ldElsewhere = await actor(t, utrecht.id, { roles: ['ld'] });
    const ldHere = await actor(t, zwolle.id, { roles: ['ld'] });
    const admin = await actor(t, utrecht.id, { roles: ['admin'] });

    for (const who of [stranger, ldElsewhere]) {
      const res = await t.http.patch(`/api/courses/${course.id}`).set(who.auth).send({ title: 'Gekaapt' }).expect(403);
      expect(res.body.code).toBe('NOT_COURSE_EDITOR');
      await t.http.post(`/api/courses/${course.id}/sessions`).set(who.auth).send(sessionBody()).expect(403);
      await t.http.post(`/api/courses/${course.id}/publish`).set(who.auth).expect(403);
    }
    await t.http.patch(`/api/courses/${course.id}`).set(ldHere.auth).send({ title: 'Door L&D aangepast' }).expect(200);
    const byAdmin = await t.http
      .patch(`/api/courses/${course.id}`)
      .set(admin.auth)
      .send({ topics: ['Vergunningen'] })
      .expect(200);
    expect(byAdmin.body).toMatchObject({ title: 'Door L&D aangepast', topics: ['Vergunningen'] });
    const [row] = await t.dataSource.query(`SELECT title FROM courses WHERE id = $1`, [course.id]);
    expect(row.title).toBe('Door L&D aangepast');
  });

  it('refuses bad course and session bodies with 400 and a list of field errors, changing nothing', async () => {
    const teacher = await actor(t, zwolle.id);
    await t.http.put('/api/me/teacher-profile').set(teacher.auth).send(TEACHER_PROFILE).expect(201);
    const bad = await t.http
      .post('/api/courses')
      .set(teacher.auth)
      .send({ ...COURSE, title: 'x', level: 'gevorderd', durationHours: -1, topics: [], price: 100 })
      .expect(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'durationHours',
      'level',
      'price',
      'title',
      'topics',
    ]);
    expect(JSON.stringify(bad.body)).not.toMatch(/at \w+ \(|SELECT|node_modules/);

    const course = (await t.http.post('/api/courses').set(teacher.auth).send(COURSE).expect(201)).body;
    const past = await t.http
      .post(`/api/courses/${course.id}/sessions`)
      .set(teacher.auth)
      .send(sessionBody(-2))
      .expect(400);
    expect(past.body.errors.map((e: { field: string }) => e.field)).toContain('startsAt');
    const backwards = await t.http
      .post(`/api/courses/${course.id}/sessions`)
      .set(teacher.auth)
      .send(sessionBody(10, { endsAt: daysFromNow(10, 8) }))
      .expect(400);
    expect(backwards.body.errors).toEqual([{ field: 'endsAt', messages: ['endsAt must be after startsAt'] }]);
    const noPlace = await t.http
      .post(`/api/courses/${course.id}/sessions`)
      .set(teacher.auth)
      .send(sessionBody(10, { venueName: undefined, city: undefined, capacity: 0, startsAt: 'morgen' }))
      .expect(400);
    expect(noPlace.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['capacity', 'startsAt']);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM course_sessions WHERE course_id = $1`, [
      course.id,
    ]);
    expect(n).toBe(0);

    const malformed = await t.http
      .post('/api/courses')
      .set(teacher.auth)
      .set('Content-Type', 'application/json')
      .send('{"title":')
      .expect(400);
    expect(malformed.body.code).toBe('MALFORMED_JSON');
    await t.http.get('/api/catalogue/courses?sort=price').expect(400);
    await t.http.get('/api/catalogue/courses?pageSize=1000').expect(400);
    await t.http.get('/api/catalogue/courses/not-a-uuid').expect(400);
    await t.http.get('/api/catalogue/courses/00000000-0000-4000-8000-000000000000').expect(404);
  });

  it('refuses changes to cancelled sessions (409)', async () => {
    const teacher = await actor(t, zwolle.id);
    await t.http.put('/api/me/teacher-profile').set(teacher.auth).send(TEACHER_PROFILE).expect(201);
    const course = (await t.http.post('/api/courses').set(teacher.auth).send(COURSE).expect(201)).body;
    const session = (
      await t.http.post(`/api/courses/${course.id}/sessions`).set(teacher.auth).send(sessionBody(12)).expect(201)
    ).body;
    const ok = await t.http
      .patch(`/api/sessions/${session.id}`)
      .set(teacher.auth)
      .send({ capacity: 5, city: 'Deventer' })
      .expect(200);
    expect(ok.body).toMatchObject({
      capacity: 5,
      seatsLeft: 5,
      city: 'Deventer',
      venueName: 'Stadskantoor, zaal 2.14',
    });
    await t.http.post(`/api/sessions/${session.id}/cancel`).set(teacher.auth).expect(200);
    const again = await t.http.patch(`/api/sessions/${session.id}`).set(teacher.auth).send({ capacity: 8 }).expect(409);
    expect(again.body.code).toBe('SESSION_NOT_EDITABLE');
    await t.http.post(`/api/sessions/${session.id}/cancel`).set(teacher.auth).expect(409);
  });

  it('lists the courses a teacher teaches, drafts included', async () => {
    const teacher = await actor(t, zwolle.id);
    await t.http.put('/api/me/teacher-profile').set(teacher.auth).send(TEACHER_PROFILE).expect(201);
    await t.http
      .post('/api/courses')
      .set(teacher.auth)
      .send({ ...COURSE, title: 'Eerste module' })
      .expect(201);
    await t.http
      .post('/api/courses')
      .set(teacher.auth)
      .send({ ...COURSE, title: 'Tweede module', format: 'online' })
      .expect(201);
    const mine = await t.http.get('/api/me/courses').set(teacher.auth).expect(200);
    expect(mine.body.map((c: { title: string }) => c.title).sort()).toEqual(['Eerste module', 'Tweede module']);
  });

  it('finds teachers by part of their name for a co-teacher, signed in only, wildcards taken literally, disabled ones left out', async () => {
    const teacher = await actor(t, zwolle.id, { name: 'Zoë Zoekdocent' });
    const gone = await actor(t, utrecht.id, { name: 'Zoë Vertrokken' });
    const percent = await actor(t, utrecht.id, { name: 'Honderd%Procent' });
    for (const a of [teacher, gone, percent])
      await t.http.put('/api/me/teacher-profile').set(a.auth).send(TEACHER_PROFILE).expect(201);
    await t.dataSource.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [gone.id]);
    await t.http.get('/api/teachers?q=zoek').expect(401);
    const found = await t.http.get('/api/teachers?q=zoekdocent').set(percent.auth).expect(200);
    expect(found.body).toEqual([
      expect.objectContaining({
        name: 'Zoë Zoekdocent',
        organisation: expect.objectContaining({ name: 'Gemeente Zwolle' }),
      }),
    ]);
    expect(
      (await t.http.get('/api/teachers?q=Zo%C3%AB').set(percent.auth).expect(200)).body.map(
        (x: { name: string }) => x.name,
      ),
    ).toEqual(['Zoë Zoekdocent']);
    expect(
      (
        await t.http
          .get(`/api/teachers?q=${encodeURIComponent('d%P')}`)
          .set(teacher.auth)
          .expect(200)
      ).body.map((x: { name: string }) => x.name),
    ).toEqual(['Honderd%Procent']);
    expect(
      (
        await t.http
          .get(`/api/teachers?q=${encodeURIComponent('%%')}`)
          .set(teacher.auth)
          .expect(200)
      ).body,
    ).toEqual([]);
    await t.http.get('/api/teachers?q=a').set(teacher.auth).expect(400);
  });
});

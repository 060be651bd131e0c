import { DEMO_LOGINS, DemoDataService, SAMEN_IN_BELEID_TITLE, WERKATELIER_TITLE } from '#libs/demo-data';
import { createTestApp, type TestApp } from './support/app.js';

describe('Demo catalogue seeded on an empty database', () => {
  let t: TestApp;
  let summary: Awaited<ReturnType<DemoDataService['seedIfEmpty']>>;

  beforeAll(async () => {
    t = await createTestApp();
    summary = await t.app.get(DemoDataService).seedIfEmpty();
  });
  afterAll(() => t.close());

  it('holds at least 20 organisations, 40 teachers and 80 published courses', async () => {
    expect(summary).not.toBeNull();
    expect(summary!.organisations).toBeGreaterThanOrEqual(20);
    expect(summary!.teachers).toBeGreaterThanOrEqual(40);
    expect(summary!.courses).toBeGreaterThanOrEqual(80);
    const kinds = await t.dataSource.query(`SELECT DISTINCT kind::text AS kind FROM organisations ORDER BY 1`);
    expect(kinds.map((k: { kind: string }) => k.kind)).toEqual([
      'gemeente',
      'ministerie',
      'overig',
      'provincie',
      'uitvoeringsorganisatie',
      'waterschap',
    ]);
    const noDomain = await t.dataSource.query(`SELECT slug FROM organisations WHERE cardinality(email_domains) = 0`);
    expect(noDomain).toEqual([]);
    const catalogue = await t.http.get('/api/catalogue/courses?pageSize=1').expect(200);
    expect(catalogue.body.total).toBe(summary!.courses);
  });

  it('schedules every course in the coming three months, on working days, in rooms or online by format', async () => {
    const [stats] = await t.dataSource.query(`
      SELECT count(*)::int AS sessions,
             count(*) FILTER (WHERE s.starts_at > now() + interval '92 days' OR s.starts_at < now() - interval '366 days')::int AS outside,
             count(*) FILTER (WHERE s.starts_at > now() + interval '1 day')::int AS upcoming,
             count(*) FILTER (WHERE extract(isodow FROM s.starts_at AT TIME ZONE 'Europe/Amsterdam') > 5
                                AND s.starts_at NOT BETWEEN now() AND now() + interval '1 hour')::int AS weekend,
             count(*) FILTER (WHERE c.format <> 'online' AND (s.venue_name IS NULL OR s.city IS NULL))::int AS no_room,
             count(*) FILTER (WHERE c.format <> 'klassikaal' AND s.online_url IS NULL)::int AS no_link,
             (SELECT count(*) FROM courses c2 WHERE NOT EXISTS (SELECT 1 FROM course_sessions s2 WHERE s2.course_id = c2.id))::int AS unscheduled
        FROM course_sessions s JOIN courses c ON c.id = s.course_id`);
    expect(stats).toMatchObject({
      sessions: summary!.sessions,
      outside: 0,
      weekend: 0,
      no_room: 0,
      no_link: 0,
      unscheduled: 0,
    });
    expect(stats.upcoming).toBeGreaterThan(summary!.sessions / 2);
  });

  it('has a past: sessions of the last months with attendance, and one starting within the hour for the demo teacher', async () => {
    expect(summary!.pastSessions).toBeGreaterThanOrEqual(10);
    const [past] = await t.dataSource.query(`
      SELECT count(DISTINCT s.id) FILTER (WHERE e.status = 'attended')::int AS with_attended,
             count(DISTINCT s.id) FILTER (WHERE e.status = 'no_show')::int AS with_no_show,
             count(DISTINCT s.id) FILTER (WHERE s.starts_at < now() - interval '30 days')::int AS months_ago
        FROM course_sessions s JOIN enrolments e ON e.session_id = s.id WHERE s.ends_at < now()`);
    expect(past.with_attended).toBeGreaterThanOrEqual(10);
    expect(past.with_no_show).toBeGreaterThan(0);
    expect(past.months_ago).toBeGreaterThan(0);
    const teacher = DEMO_LOGINS.accounts.find((a) => a.role === 'teacher')!;
    const soon = await t.dataSource.query(
      `SELECT s.id, count(e.*) FILTER (WHERE e.status = 'confirmed')::int AS confirmed
         FROM course_sessions s
         JOIN course_teachers ct ON ct.course_id = s.course_id JOIN teacher_profiles tp ON tp.id = ct.teacher_profile_id
         JOIN users u ON u.id = tp.user_id LEFT JOIN enrolments e ON e.session_id = s.id
        WHERE u.email = $1 AND s.starts_at BETWEEN now() AND now() + interval '60 minutes' GROUP BY s.id`,
      [teacher.email],
    );
    expect(soon).toEqual([expect.objectContaining({ confirmed: expect.any(Number) })]);
    expect(soon[0].confirmed).toBeGreaterThan(0);
  });

  it('has knowledge questions from several organisations, and in-company requests in every state with invitations', async () => {
    expect(summary!.questions).toBeGreaterThanOrEqual(5);
    const [q] = await t.dataSource.query(
      `SELECT count(*)::int AS n, count(DISTINCT organisation_id)::int AS orgs FROM knowledge_questions`,
    );
    expect(q.n).toBe(summary!.questions);
    expect(q.orgs).toBeGreaterThanOrEqual(2);
    const states = await t.dataSource.query(
      `SELECT DISTINCT status::text AS status FROM incompany_requests ORDER BY 1`,
    );
    expect(states.map((s: { status: string }) => s.status)).toEqual([
      'accepted',
      'awaiting_release',
      'cancelled',
      'delivered',
      'evaluated',
      'inviting',
      'open',
      'scheduled',
    ]);
    const teacher = DEMO_LOGINS.accounts.find((a) => a.role === 'teacher')!;
    const res = await t.http
      .post('/api/auth/login')
      .send({ email: teacher.email, password: DEMO_LOGINS.password })
      .expect(200);
    const mine = (
      await t.http.get('/api/incompany-requests').set('Authorization', `Bearer ${res.body.accessToken}`).expect(200)
    ).body;
    expect(mine.length).toBeGreaterThanOrEqual(2);
    expect(mine.some((r: { status: string }) => r.status === 'inviting')).toBe(true);
  });

  it('books the sessions: some full (with a waitlist), never over capacity, the seat cache exact', async () => {
    expect(summary!.fullSessions).toBeGreaterThan(summary!.sessions / 10);
    const [stats] = await t.dataSource.query(`
      SELECT count(*) FILTER (WHERE held = capacity)::int AS full,
             count(*) FILTER (WHERE held > capacity)::int AS over,
             count(*) FILTER (WHERE held <> seats_taken)::int AS cache_off,
             count(*) FILTER (WHERE waiting > 0)::int AS with_waitlist
        FROM (SELECT s.capacity, a.seats_taken,
                     count(e.*) FILTER (WHERE e.status IN ('confirmed', 'pending_approval'))::int AS held,
                     count(e.*) FILTER (WHERE e.status = 'waitlisted')::int AS waiting
                FROM course_sessions s JOIN session_availability a ON a.session_id = s.id
                LEFT JOIN enrolments e ON e.session_id = s.id GROUP BY s.id, a.seats_taken) x`);
    expect(stats.full).toBeGreaterThanOrEqual(summary!.fullSessions);
    expect(stats).toMatchObject({ over: 0, cache_off: 0 });
    expect(stats.with_waitlist).toBeGreaterThan(0);
    const full = await t.http.get('/api/catalogue/courses?freeSeats=true&pageSize=1').expect(200);
    expect(full.body.total).toBeLessThan(summary!.courses);
  });

  it('shows the demo learner something in every part of "Mijn leren", and the manager an approval', async () => {
    const login = async (role: string) => {
      const account = DEMO_LOGINS.accounts.find((a) => a.role === role)!;
      const res = await t.http
        .post('/api/auth/login')
        .send({ email: account.email, password: DEMO_LOGINS.password })
        .expect(200);
      return { Authorization: `Bearer ${res.body.accessToken}` };
    };
    const mine = (
      await t.http
        .get('/api/me/enrolments')
        .set(await login('learner'))
        .expect(200)
    ).body;
    // Two courses; the demo learner's two programme cohorts (issue #11) are booked sessions too.
    const programmeTitles = [WERKATELIER_TITLE, SAMEN_IN_BELEID_TITLE];
    const courses = mine.upcoming.filter(
      (e: { session: { courseTitle: string } }) => !programmeTitles.includes(e.session.courseTitle),
    );
    expect(courses).toHaveLength(2);
    expect(mine.waitlist).toEqual([expect.objectContaining({ position: expect.any(Number) })]);
    expect(mine.pending).toHaveLength(1);
    const approvals = (
      await t.http
        .get('/api/me/approvals')
        .set(await login('manager'))
        .expect(200)
    ).body;
    expect(approvals).toEqual([expect.objectContaining({ name: 'Sanne de Vries', status: 'pending_approval' })]);
  });

  it('gives every printed demo log-in a working account with its role', async () => {
    for (const account of DEMO_LOGINS.accounts) {
      const res = await t.http.post('/api/auth/login').send({ email: account.email, password: DEMO_LOGINS.password });
      expect({ email: account.email, status: res.status }).toEqual({ email: account.email, status: 200 });
      expect(res.body.user.roles).toEqual(account.roles);
      if (account.role === 'teacher') {
        await t.http.get('/api/me/teacher-profile').set('Authorization', `Bearer ${res.body.accessToken}`).expect(200);
      }
    }
  });

  it('spreads the demo learners over the four work domains (issue #11), so groups can be mixed', async () => {
    const rows: { work_domain: string | null; n: number }[] = await t.dataSource.query(
      `SELECT u.work_domain, count(*)::int AS n FROM users u
        WHERE NOT EXISTS (SELECT 1 FROM teacher_profiles tp WHERE tp.user_id = u.id)
        GROUP BY u.work_domain ORDER BY 1`,
    );
    expect(rows.map((r) => r.work_domain)).toEqual(['bedrijfsvoering', 'beleid', 'toezicht', 'uitvoering']);
    const sizes = rows.map((r) => r.n);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(2);
  });

  it('does nothing when the database already has data', async () => {
    expect(await t.app.get(DemoDataService).seedIfEmpty()).toBeNull();
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM organisations`);
    expect(n).toBe(summary!.organisations);
  });

  // --- Programmes (issue #11 item 9) ---------------------------------------------------------

  const loginAs = async (role: string) => {
    const account = DEMO_LOGINS.accounts.find((a) => a.role === role)!;
    const res = await t.http
      .post('/api/auth/login')
      .send({ email: account.email, password: DEMO_LOGINS.password })
      .expect(200);
    return { Authorization: `Bearer ${res.body.accessToken}` };
  };
  interface Cohort {
    id: string;
    name: string;
    startsAt: string;
    endsAt: string;
    capacity: number;
    seatsLeft: number;
    parts: { id: string; partId: string; title: string; kind: string; startsAt: string; endsAt: string }[];
    staff: { userId: string; role: string }[];
  }
  interface Programme {
    id: string;
    title: string;
    status: string;
    coOwners: { id: string; name: string }[];
    organisation: { id: string; name: string };
    parts: { id: string; title: string; kind: string; allowsGuests: boolean }[];
    cohorts: Cohort[];
  }
  const programmeTitled = async (title: string, auth: Record<string, string>): Promise<Programme> => {
    const list = (await t.http.get('/api/programmes?managed=true').set(auth).expect(200)).body as {
      id: string;
      title: string;
    }[];
    const id = list.find((p) => p.title === title)!.id;
    return (await t.http.get(`/api/programmes/${id}`).set(auth).expect(200)).body as Programme;
  };
  const statuses = async (cohortId: string, auth: Record<string, string>) =>
    ((await t.http.get(`/api/cohorts/${cohortId}/enrolments`).set(auth).expect(200)).body as { status: string }[]).map(
      (e) => e.status,
    );

  it('has a werkatelier with two ateliers of 12–15 and a five-tranche programme, both owned by the demo L&D', async () => {
    expect(summary!.programmes).toBe(2);
    expect(summary!.cohorts).toBe(7);
    const ld = await loginAs('ld');
    const now = Date.now();

    const w = await programmeTitled(WERKATELIER_TITLE, ld);
    expect(w.status).toBe('published');
    expect(w.organisation.name).toMatch(/UWV/);
    expect(w.parts.map((p) => p.kind)).toEqual(['plenary', 'group_meeting', 'elective']);
    expect(w.parts[1].allowsGuests).toBe(true);
    expect(w.cohorts.map((c) => c.name)).toEqual(['Atelier A', 'Atelier B']);
    const [a, b] = w.cohorts;
    for (const c of w.cohorts) {
      const days = c.parts.map((p) => new Date(p.startsAt).getTime());
      // Three days over five weeks (a week or so more when the Christmas break falls in between).
      expect((days[2] - days[0]) / 86_400_000).toBeGreaterThanOrEqual(27);
      expect((days[2] - days[0]) / 86_400_000).toBeLessThanOrEqual(42);
      const confirmed = (await statuses(c.id, ld)).filter((s) => s === 'confirmed').length;
      expect(confirmed).toBeGreaterThanOrEqual(11);
      expect(confirmed).toBeLessThanOrEqual(15);
    }
    expect((await statuses(a.id, ld)).filter((s) => s === 'confirmed')).toHaveLength(14);
    // Atelier B is open with a few places left.
    expect(b.seatsLeft).toBeGreaterThan(0);
    expect(b.seatsLeft).toBeLessThanOrEqual(4);

    const s = await programmeTitled(SAMEN_IN_BELEID_TITLE, ld);
    expect(s.coOwners.map((o) => o.name)).toEqual([expect.stringMatching(/Economische Zaken/)]);
    expect(s.parts.map((p) => p.title)).toEqual([
      'Verkenning',
      'Vervolgbijeenkomst 1',
      'Intervisie 1',
      'Vervolgbijeenkomst 2',
      'Intervisie 2',
      'Vervolgbijeenkomst 3',
    ]);
    expect(s.cohorts.map((c) => c.name)).toEqual(['Tranche 1', 'Tranche 2', 'Tranche 3', 'Tranche 4', 'Tranche 5']);
    const [t1, t2, t3, t4, t5] = s.cohorts;
    for (const past of [t1, t2]) {
      expect(new Date(past.endsAt).getTime()).toBeLessThan(now);
      expect((await statuses(past.id, ld)).every((st) => st === 'attended' || st === 'no_show')).toBe(true);
      expect((await statuses(past.id, ld)).filter((st) => st === 'attended').length).toBeGreaterThan(10);
    }
    // Tranche 3 runs now: some parts held, some to come.
    expect(t3.parts.some((p) => new Date(p.endsAt).getTime() < now)).toBe(true);
    expect(t3.parts.some((p) => new Date(p.startsAt).getTime() > now)).toBe(true);
    expect(new Date(t3.startsAt).getTime()).toBeLessThan(now);
    // Tranche 4 full with one colleague waiting, tranche 5 open.
    expect(t4.seatsLeft).toBe(0);
    expect((await statuses(t4.id, ld)).filter((st) => st === 'waitlisted')).toHaveLength(1);
    expect(t5.seatsLeft).toBeGreaterThan(0);
    for (const c of [t2, t3, t4, t5]) expect(c.staff.some((m) => m.role === 'versneller')).toBe(true);
  });

  it('has ten modules in atelier A with everyone’s choices allocated and published, its group, and tranche 3’s intervision groups', async () => {
    const ld = await loginAs('ld');
    const w = await programmeTitled(WERKATELIER_TITLE, ld);
    const a = w.cohorts[0];
    const elective = a.parts.find((p) => p.kind === 'elective')!;
    const modules = (await t.http.get(`/api/cohorts/${a.id}/parts/${elective.id}/modules`).set(ld).expect(200)).body;
    expect(modules.modules).toHaveLength(10);
    expect(new Set(modules.modules.map((m: { title: string }) => m.title)).size).toBe(10);
    for (const m of modules.modules) {
      expect(m.teacher).toEqual(expect.objectContaining({ name: expect.any(String) }));
      expect(m.venueName).toEqual(expect.any(String));
      expect(m.allocated).toBeLessThanOrEqual(m.cap);
    }
    const allocation = (await t.http.get(`/api/cohorts/${a.id}/parts/${elective.id}/allocation`).set(ld).expect(200))
      .body;
    expect(allocation.published).toBe(true);
    expect(allocation.figures).toMatchObject({ participants: 14, unassigned: 0 });
    expect(allocation.figures.firstChoices).toBeGreaterThan(0);
    const groups = (await t.http.get(`/api/cohorts/${a.id}/groups`).set(ld).expect(200)).body;
    const ateliers = groups.groupings.find((g: { kind: string }) => g.kind === 'werkatelier');
    const sizes = ateliers.groups.map((g: { members: unknown[] }) => g.members.length);
    expect(sizes.reduce((x: number, y: number) => x + y, 0)).toBe(14);
    for (const n of sizes) expect(n).toBeGreaterThanOrEqual(10);

    const s = await programmeTitled(SAMEN_IN_BELEID_TITLE, ld);
    const t3 = s.cohorts[2];
    const intervision = (await t.http.get(`/api/cohorts/${t3.id}/groups`).set(ld).expect(200)).body.groupings.find(
      (g: { kind: string }) => g.kind === 'intervision',
    );
    expect(intervision.groups.length).toBeGreaterThanOrEqual(3);
    for (const g of intervision.groups) {
      expect(g.members.length).toBeGreaterThanOrEqual(4);
      expect(g.members.length).toBeLessThanOrEqual(6);
    }
  });

  it('shows the demo learner both programmes in "Mijn leren" with her module, group and assignment; the manager has assignments to review', async () => {
    const learner = await loginAs('learner');
    const mine = (await t.http.get('/api/me/programmes').set(learner).expect(200)).body as {
      cohort: { id: string; programmeTitle: string; name: string; myEnrolment: { status: string } };
    }[];
    expect(mine.map((m) => `${m.cohort.programmeTitle} · ${m.cohort.name}`).sort()).toEqual([
      `${SAMEN_IN_BELEID_TITLE} · Tranche 3`,
      `${WERKATELIER_TITLE} · Atelier A`,
    ]);
    for (const m of mine) expect(m.cohort.myEnrolment.status).toBe('confirmed');
    const atelier = mine.find((m) => m.cohort.programmeTitle === WERKATELIER_TITLE)!.cohort;
    const tranche = mine.find((m) => m.cohort.programmeTitle === SAMEN_IN_BELEID_TITLE)!.cohort;

    const modules = (await t.http.get('/api/me/modules').set(learner).expect(200)).body;
    expect(modules).toEqual([expect.objectContaining({ cohortId: atelier.id, module: expect.any(Object) })]);
    const group = (await t.http.get(`/api/cohorts/${atelier.id}/groups`).set(learner).expect(200)).body;
    expect(group.view).toBe('participant');
    expect(group.groupings[0].groups).toHaveLength(1);
    const intervision = (await t.http.get(`/api/cohorts/${tranche.id}/groups`).set(learner).expect(200)).body;
    expect(intervision.groupings[0].groups[0].members.length).toBeGreaterThanOrEqual(4);

    const assignment = (await t.http.get(`/api/cohorts/${tranche.id}/assignment`).set(learner).expect(200)).body;
    expect(assignment.manager).toEqual(expect.objectContaining({ name: 'Peter Jansen' }));
    expect(assignment.comments.length).toBeGreaterThanOrEqual(2);
    expect(assignment.progress).toHaveLength(1);

    const review = (
      await t.http
        .get('/api/me/assignments-to-review')
        .set(await loginAs('manager'))
        .expect(200)
    ).body as { participant: { name: string }; commentCount: number }[];
    expect(review.map((r) => r.participant.name)).toContain('Sanne de Vries');
    expect(review.length).toBeGreaterThanOrEqual(3);
    for (const r of review) expect(r.commentCount).toBeGreaterThan(0);
  });

  it('puts every part of the demo learner’s two cohorts in her calendar feed', async () => {
    const learner = await loginAs('learner');
    const mine = (await t.http.get('/api/me/programmes').set(learner).expect(200)).body as {
      cohort: { parts: { id: string }[]; myEnrolment: { id: string } };
    }[];
    const feed = (await t.http.post('/api/me/calendar-feed').set(learner).expect(201)).body as { url: string };
    const ics = (await t.http.get(new URL(feed.url).pathname).expect(200)).text.replace(/\r\n[ \t]/g, '');
    const parts = mine.flatMap((m) => m.cohort.parts.map((p) => `UID:${m.cohort.myEnrolment.id}-${p.id}@collegiaal`));
    expect(parts).toHaveLength(9);
    for (const uid of parts) expect(ics).toContain(uid);
  });

  // --- Knowledge capital (issue #12 items 6 and 8) -------------------------------------------

  it('gives the knowledge-capital dashboard a year of figures: months of sessions, flows, evaluation averages', async () => {
    const [months] = await t.dataSource.query(`
      SELECT count(DISTINCT date_trunc('month', s.starts_at))::int AS n FROM course_sessions s
        WHERE s.starts_at < now() AND EXISTS (SELECT 1 FROM enrolments e WHERE e.session_id = s.id AND e.status = 'attended')`);
    expect(months.n).toBeGreaterThanOrEqual(11);
    const all = (
      await t.http
        .get('/api/insights/knowledge-capital')
        .set(await loginAs('admin'))
        .expect(200)
    ).body;
    expect(all.totals.sessions).toBeGreaterThanOrEqual(50);
    expect(
      new Set(all.flows.map((f: { fromOrganisationId: string }) => f.fromOrganisationId)).size,
    ).toBeGreaterThanOrEqual(5);
    expect(all.evaluations.all.shown).toBe(true);
    expect(all.evaluations.courses.filter((c: { shown: boolean }) => c.shown).length).toBeGreaterThanOrEqual(10);
    const mine = (
      await t.http
        .get('/api/insights/knowledge-capital')
        .set(await loginAs('ld'))
        .expect(200)
    ).body;
    expect(mine.totals.learnerHoursReceived).toBeGreaterThan(0);
    expect(mine.costAvoided.amountEur).toBeGreaterThan(0);
  });
});

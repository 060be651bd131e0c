import { JobQueue } from '#libs/jobs';
import { ElectivesService } from '#libs/programmes';
import { PLACE_LATE_JOB } from '../libs/programmes/src/electives/electives.service.js';
import { createTestApp, type TestApp } from './support/app.js';
import {
  type Actor,
  actor,
  createCourse,
  createOrganisation,
  createSession,
  days,
  type OrgRow,
} from './support/factories.js';

interface Module {
  id: string;
  title: string;
  cap: number;
  allocated: number;
  teacher: { id: string; name: string } | null;
}
interface Person {
  userId: string;
  name: string;
  rankObtained: number | null;
  source: string;
}
interface Allocation {
  cohortPartId: string;
  published: boolean;
  seed: string | null;
  mine: { module: Module | null; rankObtained: number | null } | null;
  modules: { moduleId: string; title: string; cap: number; participants: Person[] }[];
  unassigned: Person[];
  figures: {
    participants: number;
    places: number;
    firstChoices: number;
    perRank: number[];
    unrankedPlacements: number;
    unassigned: number;
    moved: number;
  } | null;
  explanation: { code: string; nl: string; en: string }[];
}

/**
 * Issue #11 item 3, electives: an organiser adds modules with caps, participants rank them before
 * the choice deadline, the allocation runs (deterministic for a seed), is published (everyone is
 * notified), late enrolments get a remaining place, the organiser moves someone (audited), and a
 * module's teacher sees their list. The cohort itself is written by factories; everything about
 * electives goes through HTTP.
 */
describe('Electives: modules, ranked choices and their allocation', () => {
  let t: TestApp;
  let org: OrgRow;
  let cohortId: string;
  let elective: string;
  let closed: string;
  let plenary: string;
  let organiser: Actor;
  let trainer: Actor;
  let teacher: Actor;
  let outsider: Actor;
  let ann: Actor;
  let bob: Actor;
  let cas: Actor;
  let dan: Actor;
  let eva: Actor;
  let late: Actor;
  const modules: Record<'a' | 'b' | 'c', Module> = {} as Record<'a' | 'b' | 'c', Module>;

  const url = (part: string, tail: string) => `/api/cohorts/${cohortId}/parts/${part}/${tail}`;
  const confirm = (a: { id: string }) =>
    t.dataSource.query(`INSERT INTO enrolments (session_id, user_id, status) VALUES ($1, $2, 'confirmed')`, [
      cohortId,
      a.id,
    ]);
  const choicesOf = async (a: Actor, part = elective) =>
    (
      await t.dataSource.query<{ module_id: string }[]>(
        `SELECT module_id FROM module_choices WHERE cohort_part_id = $1 AND user_id = $2 ORDER BY rank`,
        [part, a.id],
      )
    ).map((r) => r.module_id);
  const allocationRows = () =>
    t.dataSource.query<{ user_id: string; module_id: string | null; published: boolean }[]>(
      `SELECT user_id, module_id, published FROM module_allocations WHERE cohort_part_id = $1 ORDER BY user_id`,
      [elective],
    );
  const notices = (a: Actor, code: string) =>
    t.dataSource.query<{ params: Record<string, unknown>; title: string }[]>(
      `SELECT params, title FROM notifications WHERE user_id = $1 AND code = $2 ORDER BY created_at`,
      [a.id, code],
    );
  const moduleOf = (alloc: Allocation, userId: string) =>
    alloc.modules.find((m) => m.participants.some((p) => p.userId === userId))?.moduleId ?? null;
  const expectProblem = (
    res: { status: number; headers: Record<string, string>; body: { code?: string } },
    status: number,
    code: string,
  ) => {
    expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  };

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrganisation(t.dataSource);
    [organiser, trainer, teacher, outsider, ann, bob, cas, dan, eva, late] = await Promise.all(
      [
        'Olga Organisator',
        'Tim Trainer',
        'Mo Moduledocent',
        'Sam Vreemde',
        'Ann',
        'Bob',
        'Cas',
        'Dan',
        'Eva',
        'Lot Laat',
      ].map((name) => actor(t, org.id, { name })),
    );
    // A published werkatelier with one cohort: day 1 plenary, day 3 an elective part, and a second
    // elective part whose choice deadline has passed.
    const course = await createCourse(t.dataSource, org.id, [], { title: 'Werkatelier Vakmanschap' });
    await t.dataSource.query(`UPDATE courses SET kind = 'programme' WHERE id = $1`, [course.id]);
    await t.dataSource.query(`INSERT INTO programmes (course_id) VALUES ($1)`, [course.id]);
    const session = await createSession(t.dataSource, course.id, {
      startsAt: days(10),
      endsAt: days(46),
      capacity: 30,
    });
    cohortId = session.id;
    await t.dataSource.query(`INSERT INTO cohorts (session_id, programme_id, name) VALUES ($1, $2, 'Tranche 1')`, [
      cohortId,
      course.id,
    ]);
    const part = async (position: number, title: string, kind: string, day: number, deadline: Date | null) => {
      const [pp] = await t.dataSource.query<{ id: string }[]>(
        `INSERT INTO programme_parts (programme_id, position, title, kind, duration_hours, format)
         VALUES ($1, $2, $3, $4, 6, 'klassikaal') RETURNING id`,
        [course.id, position, title, kind],
      );
      const [cp] = await t.dataSource.query<{ id: string }[]>(
        `INSERT INTO cohort_parts (cohort_id, part_id, starts_at, ends_at, venue_name, city, choice_deadline)
         VALUES ($1, $2, $3, $4, 'Rijkskantoor De Knoop', 'Utrecht', $5) RETURNING id`,
        [cohortId, pp.id, days(day), new Date(days(day).getTime() + 6 * 3600_000), deadline],
      );
      return cp.id;
    };
    plenary = await part(1, 'Dag 1: Verkenning', 'plenary', 10, null);
    elective = await part(2, 'Dag 3: Keuzemodule', 'elective', 45, days(40));
    closed = await part(3, 'Extra keuzemodule', 'elective', 46, days(-1));
    await t.dataSource.query(`INSERT INTO cohort_staff (cohort_id, user_id, role) VALUES ($1, $2, 'organiser')`, [
      cohortId,
      organiser.id,
    ]);
    await t.dataSource.query(`INSERT INTO cohort_staff (cohort_id, user_id, role) VALUES ($1, $2, 'trainer')`, [
      cohortId,
      trainer.id,
    ]);
    for (const p of [ann, bob, cas, dan, eva]) await confirm(p);
  });
  afterAll(() => t.close());

  it('the organiser adds modules with a teacher, a place and a cap; participants see them, others may not add', async () => {
    const add = (body: Record<string, unknown>) =>
      t.http.post(url(elective, 'modules')).set(organiser.auth).send(body).expect(201);
    modules.a = (
      await add({
        title: 'Schrijven voor de burger',
        cap: 2,
        teacherUserId: teacher.id,
        venueName: 'Zaal 1',
        city: 'Utrecht',
      })
    ).body as Module;
    modules.b = (await add({ title: 'Wetgevingskwaliteit', cap: 1, onlineUrl: 'https://meet.example.nl/wet' }))
      .body as Module;
    modules.c = (await add({ title: 'Data in beleid', cap: 2, venueName: 'Zaal 2' })).body as Module;
    expect(modules.a).toMatchObject({ cap: 2, allocated: 0, teacher: { id: teacher.id, name: 'Mo Moduledocent' } });

    const list = await t.http.get(url(elective, 'modules')).set(ann.auth).expect(200);
    expect(list.body).toMatchObject({ cohortPartId: elective, minimumChoices: 3 });
    expect((list.body as { modules: Module[] }).modules.map((m) => m.title).sort()).toEqual([
      'Data in beleid',
      'Schrijven voor de burger',
      'Wetgevingskwaliteit',
    ]);

    expectProblem(
      await t.http.post(url(elective, 'modules')).set(ann.auth).send({ title: 'Eigen module', cap: 5 }),
      403,
      'PROGRAMME_NOT_ALLOWED',
    );
    // The programme is published: someone outside the cohort learns it exists, nothing more.
    expectProblem(await t.http.get(url(elective, 'modules')).set(outsider.auth), 403, 'PROGRAMME_NOT_ALLOWED');
  });

  it('refuses bad modules: a cap of 0, an unknown teacher, a part that is not elective — and adds nothing', async () => {
    const before = (await t.dataSource.query(`SELECT count(*)::int AS n FROM cohort_modules`))[0].n as number;
    const zero = await t.http.post(url(elective, 'modules')).set(organiser.auth).send({ title: 'Leeg', cap: 0 });
    expectProblem(zero, 400, 'VALIDATION_FAILED');
    expect((zero.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain('cap');
    const ghost = await t.http
      .post(url(elective, 'modules'))
      .set(organiser.auth)
      .send({ title: 'Spookdocent', cap: 3, teacherUserId: '00000000-0000-4000-8000-000000000000' });
    expectProblem(ghost, 400, 'INVALID_MODULE');
    expectProblem(
      await t.http.post(url(plenary, 'modules')).set(organiser.auth).send({ title: 'Verkeerd deel', cap: 3 }),
      409,
      'PART_NOT_ELECTIVE',
    );
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM cohort_modules`))[0].n).toBe(before);
  });

  it('participants rank at least three modules, without repeats, only modules of the part, before the deadline', async () => {
    const put = (a: Actor, moduleIds: string[], part = elective) =>
      t.http.put(url(part, 'choices')).set(a.auth).send({ moduleIds });
    const { a, b, c } = modules;
    // Everyone wants A first: 4 × A, one (Eva) ranks C first.
    for (const p of [ann, bob, cas]) expect((await put(p, [a.id, b.id, c.id])).status).toBe(200);
    expect((await put(dan, [a.id, c.id, b.id])).status).toBe(200);
    const mine = await put(eva, [c.id, a.id, b.id]);
    expect(mine.body).toMatchObject({ moduleIds: [c.id, a.id, b.id], minimumChoices: 3, open: true });
    expect((await t.http.get(url(elective, 'choices')).set(eva.auth).expect(200)).body).toMatchObject({
      moduleIds: [c.id, a.id, b.id],
    });

    // Duplicate ranks, an unknown module, too few: 400 with field errors, Ann's ranking unchanged.
    const dup = await put(ann, [b.id, b.id, c.id]);
    expectProblem(dup, 400, 'INVALID_CHOICES');
    expect((dup.body as { errors: { field: string }[] }).errors).toEqual([
      { field: 'moduleIds.1', messages: ['each module may be ranked only once'] },
    ]);
    expectProblem(await put(ann, [c.id, b.id, '00000000-0000-4000-8000-000000000000']), 400, 'INVALID_CHOICES');
    expectProblem(await put(ann, [c.id, b.id]), 400, 'INVALID_CHOICES');
    expectProblem(await put(ann, [c.id, 'not-a-uuid', b.id]), 400, 'VALIDATION_FAILED');
    expect(await choicesOf(ann)).toEqual([a.id, b.id, c.id]);

    // After the part's choice deadline: 409, nothing stored.
    const lateModule = (
      await t.http.post(url(closed, 'modules')).set(organiser.auth).send({ title: 'Laat', cap: 5 }).expect(201)
    ).body as Module;
    expectProblem(await put(ann, [lateModule.id], closed), 409, 'CHOICE_DEADLINE_PASSED');
    expect(await choicesOf(ann, closed)).toEqual([]);

    // Only confirmed participants rank.
    expectProblem(await put(trainer, [a.id, b.id, c.id]), 403, 'PROGRAMME_NOT_ALLOWED');
    expectProblem(await put(outsider, [a.id, b.id, c.id]), 403, 'PROGRAMME_NOT_ALLOWED');
  });

  let draft: Allocation;
  it('the organiser runs the allocation: caps hold, first choices are maximal, the same seed gives the same result', async () => {
    expectProblem(await t.http.post(url(elective, 'allocation')).set(ann.auth).send({}), 403, 'PROGRAMME_NOT_ALLOWED');
    const res = await t.http
      .post(url(elective, 'allocation'))
      .set(organiser.auth)
      .send({ seed: 'tranche-1' })
      .expect(200);
    draft = res.body as Allocation;
    expect(draft.published).toBe(false);
    expect(draft.seed).toBe('tranche-1');
    // 5 places for 5 people: A (2) goes to two of the four who ranked it first, Eva gets C. Rank-maximal:
    // Dan (C second) is the one of them left out of A, so both who miss A get their second choice.
    expect(draft.figures).toEqual({
      participants: 5,
      places: 5,
      firstChoices: 3,
      perRank: [3, 2, 0],
      unrankedPlacements: 0,
      unassigned: 0,
      moved: 0,
    });
    for (const m of draft.modules) expect(m.participants.length).toBeLessThanOrEqual(m.cap);
    expect(moduleOf(draft, eva.id)).toBe(modules.c.id);
    expect(moduleOf(draft, dan.id)).toBe(modules.c.id);
    expect(draft.explanation.map((l) => l.code)).toEqual([
      'ALGORITHM',
      'COUNTS',
      'RANK',
      'RANK',
      'OVERSUBSCRIBED',
      'ALL_PLACED',
    ]);
    expect(draft.explanation.find((l) => l.code === 'OVERSUBSCRIBED')?.nl).toBe(
      'Schrijven voor de burger: 4 eerste keuzes voor 2 plaatsen.',
    );

    const again = (
      await t.http.post(url(elective, 'allocation')).set(organiser.auth).send({ seed: 'tranche-1' }).expect(200)
    ).body as Allocation;
    expect(again.modules).toEqual(draft.modules);

    // The trainer sees the draft; a participant sees nothing before it is published.
    expect((await t.http.get(url(elective, 'allocation')).set(trainer.auth).expect(200)).body).toMatchObject({
      published: false,
      figures: { firstChoices: 3 },
    });
    expect((await t.http.get(url(elective, 'allocation')).set(ann.auth).expect(200)).body).toMatchObject({
      published: false,
      mine: null,
      modules: [],
      figures: null,
    });
  });

  it('refuses a cap below the allocated count and deleting a module with participants (409), changing nothing', async () => {
    const res = await t.http
      .patch(`/api/cohorts/${cohortId}/modules/${modules.a.id}`)
      .set(organiser.auth)
      .send({ cap: 1 });
    expectProblem(res, 409, 'MODULE_CAP_BELOW_ALLOCATED');
    expectProblem(
      await t.http.delete(`/api/cohorts/${cohortId}/modules/${modules.a.id}`).set(organiser.auth),
      409,
      'MODULE_HAS_ALLOCATIONS',
    );
    const [row] = await t.dataSource.query<{ cap: number }[]>(`SELECT cap FROM cohort_modules WHERE id = $1`, [
      modules.a.id,
    ]);
    expect(row.cap).toBe(2);
    // Raising it is fine.
    const raised = await t.http
      .patch(`/api/cohorts/${cohortId}/modules/${modules.c.id}`)
      .set(organiser.auth)
      .send({ cap: 3 })
      .expect(200);
    expect(raised.body).toMatchObject({ cap: 3, allocated: 2 });
  });

  it('publishing tells every participant their module (Dutch and English), and a participant sees their own', async () => {
    const published = (await t.http.post(url(elective, 'allocation/publish')).set(organiser.auth).expect(200))
      .body as Allocation;
    expect(published.published).toBe(true);
    expect((await allocationRows()).every((r) => r.published)).toBe(true);
    for (const p of [ann, bob, cas, dan, eva]) {
      const [n] = await notices(p, 'elective.allocated');
      expect(n.title).toMatch(/^Je keuzemodule: /);
      expect(n.params).toMatchObject({ partTitle: 'Dag 3: Keuzemodule', cohortName: 'Tranche 1' });
    }
    const eve = (await t.http.get(url(elective, 'allocation')).set(eva.auth).expect(200)).body as Allocation;
    expect(eve.mine).toMatchObject({ module: { id: modules.c.id, title: 'Data in beleid' }, rankObtained: 1 });
    // English readers get the English text of the same notification.
    await t.http.put('/api/me/preferences').set(eva.auth).send({ language: 'en' });
    const feed = await t.http.get('/api/me/notifications').set(eva.auth).expect(200);
    expect(JSON.stringify(feed.body)).toContain('Your elective module: Data in beleid');

    const mine = await t.http.get('/api/me/modules').set(eva.auth).expect(200);
    expect(mine.body).toEqual([
      expect.objectContaining({ cohortId, cohortPartId: elective, partTitle: 'Dag 3: Keuzemodule', rankObtained: 1 }),
    ]);

    // Published: no second run, no more choices.
    expectProblem(
      await t.http.post(url(elective, 'allocation')).set(organiser.auth).send({}),
      409,
      'ALLOCATION_PUBLISHED',
    );
    expectProblem(
      await t.http
        .put(url(elective, 'choices'))
        .set(ann.auth)
        .send({ moduleIds: [modules.c.id, modules.a.id, modules.b.id] }),
      409,
      'CHOICES_CLOSED',
    );
  });

  it('the organiser moves someone within the cap; the move is audited with the organiser as actor and the person told', async () => {
    const current = (await t.http.get(url(elective, 'allocation')).set(organiser.auth).expect(200)).body as Allocation;
    const inA = current.modules.find((m) => m.moduleId === modules.a.id)!.participants[0].userId;
    const mover = [ann, bob, cas, dan].find((p) => p.id === inA)!;
    // B (cap 1) is full: 409, nothing changes.
    expectProblem(
      await t.http
        .put(url(elective, `allocation/${mover.id}`))
        .set(organiser.auth)
        .send({ moduleId: modules.b.id }),
      409,
      'MODULE_FULL',
    );
    expect((await allocationRows()).find((r) => r.user_id === mover.id)?.module_id).toBe(modules.a.id);
    // What the cohort's calendar event of the part takes over: the module's title and place, and a version.
    const overlay = async () =>
      (await t.app.get(ElectivesService).calendarOverlays(mover.id, [cohortId])).get(elective);
    const before = await overlay();
    expect(before).toMatchObject({ title: 'Schrijven voor de burger', location: 'Zaal 1, Utrecht' });
    // C has room (cap 3 now).
    const moved = (
      await t.http
        .put(url(elective, `allocation/${mover.id}`))
        .set(organiser.auth)
        .send({ moduleId: modules.c.id })
        .expect(200)
    ).body as Allocation;
    expect(moduleOf(moved, mover.id)).toBe(modules.c.id);
    expect(moved.figures?.moved).toBe(1);
    const audit = await t.dataSource.query<{ actor_id: string; action: string; changed_columns: string[] }[]>(
      `SELECT actor_id, action, changed_columns FROM audit_events
        WHERE table_name = 'module_allocations' AND record_id = $1 ORDER BY id DESC LIMIT 1`,
      [`${elective},${mover.id}`],
    );
    expect(audit[0]).toMatchObject({ actor_id: organiser.id, action: 'update' });
    expect(audit[0].changed_columns).toContain('module_id');
    expect((await notices(mover, 'elective.moved')).length).toBe(1);
    const after = await overlay();
    expect(after).toMatchObject({ title: 'Data in beleid', location: 'Zaal 2' });
    expect(after!.version).toBeGreaterThan(before!.version);

    // Not a participant, or a module of another part: 404.
    expectProblem(
      await t.http
        .put(url(elective, `allocation/${outsider.id}`))
        .set(organiser.auth)
        .send({ moduleId: modules.c.id }),
      404,
      'NOT_A_COHORT_PARTICIPANT',
    );
    expectProblem(
      await t.http
        .put(url(elective, `allocation/${ann.id}`))
        .set(trainer.auth)
        .send({ moduleId: modules.c.id }),
      403,
      'PROGRAMME_NOT_ALLOWED',
    );
  });

  it('a late enrolment gets a remaining place after publishing, and is told', async () => {
    await confirm(late);
    const own = (await t.http.get(url(elective, 'allocation')).set(late.auth).expect(200)).body as Allocation;
    expect(own.published).toBe(true);
    expect(own.mine?.module).not.toBeNull();
    expect(own.mine?.rankObtained).toBeNull();
    const [n] = await notices(late, 'elective.allocated');
    expect(n.title).toMatch(/^Je keuzemodule: /);
    const all = (await t.http.get(url(elective, 'allocation')).set(organiser.auth).expect(200)).body as Allocation;
    expect(all.figures).toMatchObject({ participants: 6, unassigned: 0 });
    for (const m of all.modules) expect(m.participants.length).toBeLessThanOrEqual(m.cap);
    expect(all.explanation.map((l) => l.code)).toContain('LATE');

    // Without anyone reading, the sweep handles the next late enrolment: all 6 places are taken now,
    // so they are told there is no place; when the organiser adds one, the sweep gives it to them.
    const later = await actor(t, org.id, { name: 'Nog Later' });
    await confirm(later);
    await t.app.get(JobQueue).runNow(PLACE_LATE_JOB, {});
    expect((await allocationRows()).find((r) => r.user_id === later.id)).toMatchObject({
      module_id: null,
      published: true,
    });
    expect(await notices(later, 'elective.no_place')).toHaveLength(1);
    // A second sweep tells them nothing new.
    await t.app.get(JobQueue).runNow(PLACE_LATE_JOB, {});
    expect(await notices(later, 'elective.no_place')).toHaveLength(1);
    await t.http
      .patch(`/api/cohorts/${cohortId}/modules/${modules.a.id}`)
      .set(organiser.auth)
      .send({ cap: 3 })
      .expect(200);
    await t.app.get(JobQueue).runNow(PLACE_LATE_JOB, {});
    const theirs = (await t.http.get('/api/me/modules').set(later.auth).expect(200)).body as { module: Module }[];
    expect(theirs.map((m) => m.module.id)).toEqual([modules.a.id]);
    expect(await notices(later, 'elective.allocated')).toHaveLength(1);
  });

  it("a module's teacher sees their list; others outside the cohort do not", async () => {
    const list = await t.http
      .get(`/api/cohorts/${cohortId}/modules/${modules.a.id}/participants`)
      .set(teacher.auth)
      .expect(200);
    const body = list.body as { published: boolean; participants: { userId: string; name: string }[] };
    expect(body.published).toBe(true);
    const rows = await allocationRows();
    expect(body.participants.map((p) => p.userId).sort()).toEqual(
      rows
        .filter((r) => r.module_id === modules.a.id)
        .map((r) => r.user_id)
        .sort(),
    );
    expectProblem(
      await t.http.get(`/api/cohorts/${cohortId}/modules/${modules.a.id}/participants`).set(outsider.auth),
      403,
      'PROGRAMME_NOT_ALLOWED',
    );
    expect(
      (await t.http.get(`/api/cohorts/${cohortId}/modules/${modules.a.id}/participants`).set(trainer.auth)).status,
    ).toBe(200);
  });
  it('two organisers moving two people into the last place at once: one wins, the cap holds', async () => {
    await t.http
      .patch(`/api/cohorts/${cohortId}/modules/${modules.b.id}`)
      .set(organiser.auth)
      .send({ cap: 2 })
      .expect(200);
    const rows = await allocationRows();
    const [x, y] = [ann, bob, cas, dan, eva].filter(
      (p) => rows.find((r) => r.user_id === p.id)?.module_id !== modules.b.id,
    );
    const statuses = (
      await Promise.all(
        [x, y].map((p) =>
          t.http
            .put(url(elective, `allocation/${p.id}`))
            .set(organiser.auth)
            .send({ moduleId: modules.b.id }),
        ),
      )
    )
      .map((r) => r.status)
      .sort();
    expect(statuses).toEqual([200, 409]);
    expect((await allocationRows()).filter((r) => r.module_id === modules.b.id)).toHaveLength(2);
  });
});

import { AssignmentsPersonalData } from '#libs/programmes';
import { createTestApp, type TestApp } from './support/app.js';
import { type Actor, actor, createOrganisation, type OrgRow } from './support/factories.js';
import { confirm, people, programmeWithCohort, type ProgrammeFixture, staff } from './support/programme-fixture.js';

interface Assignment {
  id: string;
  cohort: { id: string; name: string; programmeId: string; programmeTitle: string };
  participant: { id: string; name: string; organisationName: string | null };
  changeGoal: string;
  successSigns: string;
  manager: { id: string; name: string } | null;
  sharedWithGroup: boolean;
  progress: { cohortPartId: string; partTitle: string; note: string }[];
  comments: { id: string; author: { id: string; name: string } | null; authorRole: string; body: string }[];
  viewerRole: string;
  canComment: boolean;
  suggestedManager?: { id: string; name: string } | null;
}

const GOAL = {
  changeGoal: 'Ik wil bij elk beleidsvoorstel vooraf met de uitvoering toetsen of het werkbaar is.',
  successSigns: 'Mijn volgende twee voorstellen hebben een uitvoeringstoets van de betrokken dienst.',
};

/** Issue #11 item 5: the learning-work assignment, its manager, comments, progress notes and who may see it. */
describe('Learning-work assignments of cohort participants', () => {
  let t: TestApp;
  let org: OrgRow;
  let other: OrgRow;
  let ld: Actor;
  let fx: ProgrammeFixture;
  let ann: Actor;
  let bob: Actor;
  let cas: Actor;
  let manager: Actor;
  let trainer: Actor;
  let organiser: Actor;
  let versneller: Actor;
  let stranger: Actor;

  const url = (cohortId = fx.cohortId) => `/api/cohorts/${cohortId}/assignment`;
  const notices = async (a: Actor, kind: string) =>
    (
      (await t.http.get('/api/me/notifications').set(a.auth).expect(200)).body.items as {
        kind: string;
        title: string;
        body: string;
        link: string;
      }[]
    ).filter((n) => n.kind === kind);
  const rows = async (table: string) =>
    (await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrganisation(t.dataSource, { name: 'Ministerie van Infrastructuur' });
    other = await createOrganisation(t.dataSource, { name: 'Inspectie Leefomgeving' });
    ld = await actor(t, org.id, { roles: ['ld'], name: 'Lotte L&D' });
    fx = await programmeWithCohort(t, org.id, [
      { title: 'Verkenning', kind: 'plenary', startsInDays: 20 },
      { title: 'Vervolgbijeenkomst 1', kind: 'plenary', startsInDays: 30 },
      { title: 'Intervisie', kind: 'intervision', startsInDays: 35 },
    ]);
    [ann, bob, manager, trainer, organiser, versneller, stranger] = await people(t, org.id, [
      'Ann Deelnemer',
      'Bob Deelnemer',
      'Mira Manager',
      'Tim Trainer',
      'Olga Organisator',
      'Vera Versneller',
      'Sam Vreemde',
    ]);
    cas = await actor(t, other.id, { name: 'Cas Inspecteur' });
    await confirm(t, fx.cohortId, [ann, bob, cas]);
    await staff(t, fx.cohortId, trainer, 'trainer');
    await staff(t, fx.cohortId, organiser, 'organiser');
    await staff(t, fx.cohortId, versneller, 'versneller');
    // L&D linked Ann's manager: the suggestion, and the default when she names none.
    await t.http.put(`/api/ld/manager-links/${ann.id}`).set(ld.auth).send({ managerEmail: manager.email }).expect(200);
  });
  afterAll(() => t.close());

  it('a participant writes and rewrites their own assignment, and reads it back with the suggested manager', async () => {
    await t.http.get(url()).set(ann.auth).expect(404);
    const written = (await t.http.put(url()).set(ann.auth).send(GOAL).expect(200)).body as Assignment;
    expect(written).toMatchObject({
      ...GOAL,
      cohort: { id: fx.cohortId, name: 'Tranche 1', programmeTitle: 'Samen in Beleid' },
      participant: { id: ann.id, name: 'Ann Deelnemer', organisationName: 'Ministerie van Infrastructuur' },
      manager: null,
      sharedWithGroup: false,
      progress: [],
      comments: [],
      viewerRole: 'participant',
      suggestedManager: { id: manager.id, name: 'Mira Manager' },
    });
    const again = (
      await t.http
        .put(url())
        .set(ann.auth)
        .send({ ...GOAL, successSigns: '  Twee voorstellen met uitvoeringstoets.  ' })
        .expect(200)
    ).body as Assignment;
    expect(again.id).toBe(written.id);
    expect(again.successSigns).toBe('Twee voorstellen met uitvoeringstoets.');
    expect((await t.http.get(url()).set(ann.auth).expect(200)).body).toMatchObject({ id: written.id });
    // One per participant per cohort.
    expect(
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM learning_assignments WHERE user_id = $1`, [ann.id]))[0]
        .n,
    ).toBe(1);
  });

  it('only confirmed participants write one; others are refused and nothing is stored', async () => {
    const before = await rows('learning_assignments');
    for (const who of [stranger, manager, trainer]) {
      const res = await t.http.put(url()).set(who.auth).send(GOAL);
      expect([403, 404]).toContain(res.status);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    await t.http.put(url('00000000-0000-4000-8000-000000000000')).set(ann.auth).send(GOAL).expect(404);
    expect(await rows('learning_assignments')).toBe(before);
  });

  it('refuses bad input with 400 problem+json per field and changes nothing', async () => {
    const before = (await t.http.get(url()).set(ann.auth).expect(200)).body as Assignment;
    const bad: [Record<string, unknown>, string][] = [
      [{ ...GOAL, changeGoal: '' }, 'changeGoal'],
      [{ ...GOAL, changeGoal: '   ' }, 'changeGoal'],
      [{ ...GOAL, changeGoal: 'x'.repeat(4001) }, 'changeGoal'],
      [{ ...GOAL, successSigns: null }, 'successSigns'],
      [{ ...GOAL, successSigns: 42 }, 'successSigns'],
      [{ changeGoal: GOAL.changeGoal }, 'successSigns'],
      [{ ...GOAL, managerId: manager.id }, 'managerId'],
    ];
    for (const [body, field] of bad) {
      const res = await t.http.put(url()).set(ann.auth).send(body).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    for (const body of [{ sharedWithGroup: 'ja' }, {}, { sharedWithGroup: null }])
      await t.http.patch(url()).set(ann.auth).send(body).expect(400);
    await t.http.post(`${url()}/manager`).set(ann.auth).send({ managerId: 'mira' }).expect(400);
    await t.http
      .put(`${url()}/progress/${fx.partIds[1]}`)
      .set(ann.auth)
      .send({ note: 'x'.repeat(2001) })
      .expect(400);
    const after = (await t.http.get(url()).set(ann.auth).expect(200)).body as Assignment;
    expect(after).toEqual(before);
  });

  it('invites the linked manager by default, who is told, reads it and sees it in their review list', async () => {
    const res = (await t.http.post(`${url()}/manager`).set(ann.auth).send({}).expect(200)).body as Assignment;
    expect(res.manager).toEqual({ id: manager.id, name: 'Mira Manager' });
    const [n] = await notices(manager, 'assignment.manager_invited');
    expect(n.title).toBe('Ann Deelnemer nodigt je uit bij de leerwerkopdracht');
    expect(n.body).toContain('Samen in Beleid (Tranche 1)');
    expect(n.link).toBe(`/leeropdrachten/${res.id}`);
    // Inviting the same manager again tells them nothing new.
    await t.http.post(`${url()}/manager`).set(ann.auth).send({ managerId: manager.id }).expect(200);
    expect(await notices(manager, 'assignment.manager_invited')).toHaveLength(1);

    const read = (await t.http.get(`/api/assignments/${res.id}`).set(manager.auth).expect(200)).body as Assignment;
    expect(read).toMatchObject({ id: res.id, viewerRole: 'manager', canComment: true, changeGoal: GOAL.changeGoal });
    expect(read).not.toHaveProperty('suggestedManager');
  });

  it('refuses a manager who is no active colleague, oneself, or none at all (400), and keeps the invited one', async () => {
    // Bob has no linked manager and names none.
    await t.http.put(url()).set(bob.auth).send(GOAL).expect(200);
    const none = await t.http.post(`${url()}/manager`).set(bob.auth).send({}).expect(400);
    expect(none.body.errors[0].field).toBe('managerId');
    const disabled = await actor(t, org.id);
    await t.dataSource.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [disabled.id]);
    const elsewhere = await actor(t, other.id);
    for (const managerId of [bob.id, disabled.id, elsewhere.id, '00000000-0000-4000-8000-000000000000']) {
      const res = await t.http.post(`${url()}/manager`).set(bob.auth).send({ managerId }).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.errors[0].field).toBe('managerId');
    }
    expect(((await t.http.get(url()).set(bob.auth).expect(200)).body as Assignment).manager).toBeNull();
    // Before writing one, there is nothing to invite to (409).
    await t.http.post(`${url()}/manager`).set(cas.auth).send({}).expect(409);
  });

  it('keeps one progress note per meeting of the cohort, in the order of the parts', async () => {
    await t.http
      .put(`${url()}/progress/${fx.partIds[1]}`)
      .set(ann.auth)
      .send({ note: 'Eerste voorstel getoetst.' })
      .expect(200);
    await t.http.put(`${url()}/progress/${fx.partIds[0]}`).set(ann.auth).send({ note: 'Doel gekozen.' }).expect(200);
    const res = (
      await t.http
        .put(`${url()}/progress/${fx.partIds[1]}`)
        .set(ann.auth)
        .send({ note: 'Twee voorstellen getoetst.' })
        .expect(200)
    ).body as Assignment;
    expect(res.progress.map((p) => [p.partTitle, p.note])).toEqual([
      ['Verkenning', 'Doel gekozen.'],
      ['Vervolgbijeenkomst 1', 'Twee voorstellen getoetst.'],
    ]);
    // A part of another cohort, or none: 404; a participant without an assignment: 409.
    const elsewhere = await programmeWithCohort(t, org.id, [{ title: 'Elders', kind: 'plenary', startsInDays: 25 }]);
    await t.http.put(`${url()}/progress/${elsewhere.partIds[0]}`).set(ann.auth).send({ note: 'Mis.' }).expect(404);
    await t.http.put(`${url()}/progress/${fx.partIds[0]}`).set(cas.auth).send({ note: 'Nog niets.' }).expect(409);
    // Not a participant of this (published, so known) cohort: 403.
    await t.http.put(`${url()}/progress/${fx.partIds[0]}`).set(stranger.auth).send({ note: 'Ik?' }).expect(403);
  });

  it('is visible to the participant, their manager, owners, organisers and trainers; 404 to everyone else', async () => {
    const { id } = (await t.http.get(url()).set(ann.auth).expect(200)).body as Assignment;
    const admin = await actor(t, other.id, { roles: ['admin'] });
    const otherLd = await actor(t, other.id, { roles: ['ld'] });
    const seen: [Actor, string][] = [
      [ann, 'participant'],
      [manager, 'manager'],
      [trainer, 'staff'],
      [organiser, 'staff'],
      [ld, 'staff'],
      [admin, 'staff'],
    ];
    for (const [who, role] of seen) {
      const res = (await t.http.get(`/api/assignments/${id}`).set(who.auth).expect(200)).body as Assignment;
      expect(res.viewerRole).toBe(role);
    }
    // Versnellers are colleagues who co-facilitate: not shown participants' assignments. Nor fellow participants (not shared).
    for (const who of [versneller, bob, cas, stranger, otherLd]) {
      const res = await t.http.get(`/api/assignments/${id}`).set(who.auth).expect(404);
      expect(res.body.code).toBe('ASSIGNMENT_NOT_FOUND');
    }
    const unknown = await t.http.get('/api/assignments/00000000-0000-4000-8000-000000000000').set(ann.auth).expect(404);
    expect(unknown.body.code).toBe('ASSIGNMENT_NOT_FOUND');
  });

  it('the manager and trainers comment and the participant is told; others cannot; the review list counts them', async () => {
    const { id } = (await t.http.get(url()).set(ann.auth).expect(200)).body as Assignment;
    const c1 = await t.http
      .post(`/api/assignments/${id}/comments`)
      .set(manager.auth)
      .send({ body: 'Mooi doel. Zullen we na bijeenkomst 2 even bellen?' })
      .expect(201);
    expect(c1.body).toMatchObject({ author: { id: manager.id, name: 'Mira Manager' }, authorRole: 'manager' });
    await t.http
      .post(`/api/assignments/${id}/comments`)
      .set(trainer.auth)
      .send({ body: 'Maak het concreet.' })
      .expect(201);
    await t.http.post(`/api/assignments/${id}/comments`).set(ann.auth).send({ body: 'Goed idee!' }).expect(201);
    const told = await notices(ann, 'assignment.commented');
    expect(told.map((n) => n.title).sort()).toEqual([
      'Mira Manager reageerde op je leerwerkopdracht',
      'Tim Trainer reageerde op je leerwerkopdracht',
    ]);
    expect(told.find((n) => n.title.startsWith('Mira'))?.body).toContain('Je leidinggevende Mira Manager');
    for (const who of [versneller, bob, stranger]) {
      const res = await t.http
        .post(`/api/assignments/${id}/comments`)
        .set(who.auth)
        .send({ body: 'Hallo' })
        .expect(404);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    for (const body of [{ body: '' }, { body: 'x'.repeat(4001) }, {}, { body: 'ok', extra: 1 }])
      await t.http.post(`/api/assignments/${id}/comments`).set(manager.auth).send(body).expect(400);

    const read = (await t.http.get(`/api/assignments/${id}`).set(ann.auth).expect(200)).body as Assignment;
    expect(read.comments.map((c) => [c.authorRole, c.body])).toEqual([
      ['manager', 'Mooi doel. Zullen we na bijeenkomst 2 even bellen?'],
      ['staff', 'Maak het concreet.'],
      ['participant', 'Goed idee!'],
    ]);

    const review = (await t.http.get('/api/me/assignments-to-review').set(manager.auth).expect(200)).body;
    expect(review).toEqual([
      expect.objectContaining({
        id,
        cohort: expect.objectContaining({ id: fx.cohortId, programmeTitle: 'Samen in Beleid', name: 'Tranche 1' }),
        participant: expect.objectContaining({ id: ann.id, name: 'Ann Deelnemer' }),
        changeGoal: GOAL.changeGoal,
        lastProgress: expect.objectContaining({
          partTitle: 'Vervolgbijeenkomst 1',
          note: 'Twee voorstellen getoetst.',
        }),
        commentCount: 3,
      }),
    ]);
    expect((await t.http.get('/api/me/assignments-to-review').set(trainer.auth).expect(200)).body).toEqual([]);
  });

  it('a new manager takes over: the earlier one no longer sees it', async () => {
    const { id } = (await t.http.get(url()).set(ann.auth).expect(200)).body as Assignment;
    const next = await actor(t, org.id, { name: 'Nina Nieuw' });
    const res = (await t.http.post(`${url()}/manager`).set(ann.auth).send({ managerId: next.id }).expect(200))
      .body as Assignment;
    expect(res.manager).toEqual({ id: next.id, name: 'Nina Nieuw' });
    expect(await notices(next, 'assignment.manager_invited')).toHaveLength(1);
    await t.http.get(`/api/assignments/${id}`).set(manager.auth).expect(404);
    expect((await t.http.get('/api/me/assignments-to-review').set(manager.auth).expect(200)).body).toEqual([]);
    expect((await t.http.get(`/api/assignments/${id}`).set(next.auth).expect(200)).body.viewerRole).toBe('manager');
    // The earlier manager's comment stays, as what they were when they wrote it.
    expect(res.comments[0]).toMatchObject({ authorRole: 'manager', author: { name: 'Mira Manager' } });
  });

  it('shared with the group: intervision group members read it (not comment); unshared, nobody in the group does', async () => {
    const { id } = (await t.http.get(url()).set(ann.auth).expect(200)).body as Assignment;
    const shared = (await t.http.patch(url()).set(ann.auth).send({ sharedWithGroup: true }).expect(200)).body;
    expect(shared.sharedWithGroup).toBe(true);
    const group = async (kind: 'intervision' | 'werkatelier', members: Actor[]) => {
      const [g] = await t.dataSource.query<{ id: string }[]>(
        `INSERT INTO cohort_groups (cohort_id, kind, position, name, min_size, max_size, seed)
         VALUES ($1, $2, 1, 'Groep 1', 4, 6, 1) RETURNING id`,
        [fx.cohortId, kind],
      );
      for (const who of members)
        await t.dataSource.query(
          `INSERT INTO cohort_group_members (group_id, user_id, cohort_id, kind, round) VALUES ($1, $2, $3, $4, 1)`,
          [g.id, who.id, fx.cohortId, kind],
        );
    };
    await group('intervision', [ann, cas]);
    await group('werkatelier', [ann, bob]);
    const read = (await t.http.get(`/api/assignments/${id}`).set(cas.auth).expect(200)).body as Assignment;
    expect(read).toMatchObject({ viewerRole: 'group', canComment: false });
    await t.http.post(`/api/assignments/${id}/comments`).set(cas.auth).send({ body: 'Herkenbaar.' }).expect(403);
    // Who leaves the cohort keeps no access through the old group.
    const setStatus = (status: string) =>
      t.dataSource.query(`UPDATE enrolments SET status = $3 WHERE session_id = $1 AND user_id = $2`, [
        fx.cohortId,
        cas.id,
        status,
      ]);
    await setStatus('cancelled');
    await t.http.get(`/api/assignments/${id}`).set(cas.auth).expect(404);
    await setStatus('confirmed');
    // Bob shares only a werkatelier group with Ann, not her intervision group.
    await t.http.get(`/api/assignments/${id}`).set(bob.auth).expect(404);
    await t.http.patch(url()).set(ann.auth).send({ sharedWithGroup: false }).expect(200);
    await t.http.get(`/api/assignments/${id}`).set(cas.auth).expect(404);
    // Someone without an assignment has nothing to share.
    await t.http.patch(url()).set(cas.auth).send({ sharedWithGroup: true }).expect(404);
  });

  it('is in the personal-data export, and erased with the person (their comments elsewhere too; as manager, unlinked)', async () => {
    const data = t.app.get(AssignmentsPersonalData);
    const exported = await data.export(ann.id);
    expect(exported.assignments).toEqual([
      expect.objectContaining({
        programmeTitle: 'Samen in Beleid',
        changeGoal: GOAL.changeGoal,
        managerName: 'Nina Nieuw',
        progress: expect.arrayContaining([expect.objectContaining({ note: 'Doel gekozen.' })]),
        comments: expect.arrayContaining([
          expect.objectContaining({ body: 'Maak het concreet.', authorRole: 'staff' }),
        ]),
      }),
    ]);
    expect((await data.export(trainer.id)).commentsOnOthers).toEqual([
      expect.objectContaining({ participantName: 'Ann Deelnemer', body: 'Maak het concreet.' }),
    ]);
    const { id } = (await t.http.get(url()).set(bob.auth).expect(200)).body as Assignment;
    await t.http.post(`/api/assignments/${id}/comments`).set(ann.auth).send({ body: 'Tip van Ann.' }).expect(404);
    await t.http.post(`/api/assignments/${id}/comments`).set(trainer.auth).send({ body: 'Voor Bob.' }).expect(201);
    await data.erase(trainer.id);
    const bobs = (await t.http.get(`/api/assignments/${id}`).set(bob.auth).expect(200)).body as Assignment;
    expect(bobs.comments).toEqual([]);
    await data.erase(ann.id);
    expect(
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM learning_assignments WHERE user_id = $1`, [ann.id]))[0]
        .n,
    ).toBe(0);
    expect(await data.export(ann.id)).toEqual({ assignments: [], commentsOnOthers: [] });
  });
});

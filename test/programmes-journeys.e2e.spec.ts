import { createTestApp, type TestApp } from './support/app.js';
import { type Actor, actor, createOrganisation, daysFromNow, type OrgRow } from './support/factories.js';
import {
  cohortBody,
  type CohortView,
  enrolInCohort,
  type ProgrammeView,
  WERKATELIER,
} from './support/programme-factories.js';

interface Problem {
  code: string;
  errors?: { field: string; messages: string[] }[];
}
type Res = { status: number; headers: Record<string, string>; body: unknown; text?: string };

const NIL = '00000000-0000-4000-8000-000000000000';

/**
 * Issue #11, end to end per role through HTTP only: the organiser (L&D) sets up a werkatelier,
 * learners of three organisations enrol and choose, the allocation and the groups are made, the
 * calendar holds every part, a participant and their manager work on the assignment; the trainer,
 * a versneller and a stranger see what their role allows. Then black-box probes: malformed ids,
 * odd bodies, ids of the wrong kind or of another cohort, races and closed states — never a 5xx.
 */
describe('Programmes journeys per role (issue #11)', () => {
  let t: TestApp;
  let orgs: OrgRow[];
  let ld: Actor;
  let trainer: Actor;
  let versneller: Actor;
  let manager: Actor;
  let stranger: Actor;
  let learners: Actor[];
  let programme: ProgrammeView;
  let cohort: CohortView;
  let other: { programme: ProgrammeView; cohort: CohortView };
  const modules: { id: string; title: string; cap: number }[] = [];
  let assignmentId: string;

  const count = async (table: string) =>
    (await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  const counts = async (...tables: string[]) => Promise.all(tables.map(count));
  const problem = (res: Res, status: number | number[], code?: string) => {
    const statuses = Array.isArray(status) ? status : [status];
    expect({ status: statuses.includes(res.status) ? statuses[0] : res.status, body: res.body }).toMatchObject({
      status: statuses[0],
      ...(code ? { body: { code } } : {}),
    });
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    return res.body as Problem;
  };
  const partOfKind = (c: CohortView, kind: string) => {
    const p = c.parts.find((x) => x.kind === kind);
    if (!p) throw new Error(`no ${kind} part`);
    return p;
  };
  const elective = () => partOfKind(cohort, 'elective');
  const dinner = () => partOfKind(cohort, 'group_meeting');

  async function newProgramme(who: Actor, extra: Record<string, unknown> = {}) {
    return (
      await t.http
        .post('/api/programmes')
        .set(who.auth)
        .send({ ...WERKATELIER, ...extra })
        .expect(201)
    ).body as ProgrammeView;
  }
  async function publish(p: ProgrammeView) {
    await t.http.post(`/api/programmes/${p.id}/status`).set(ld.auth).send({ status: 'published' }).expect(200);
  }
  function withDeadline(p: ProgrammeView, overrides: Parameters<typeof cohortBody>[1] = {}) {
    const body = cohortBody(p, overrides);
    const e = p.parts.findIndex((x) => x.kind === 'elective');
    return {
      ...body,
      parts: body.parts.map((x, i) => (i === e ? { ...x, choiceDeadline: daysFromNow(40, 12) } : x)),
    };
  }

  beforeAll(async () => {
    t = await createTestApp();
    orgs = await Promise.all(
      ['Ministerie van Voorbeeldzaken', 'Inspectie Voorbeeld', 'Dienst Uitvoering Voorbeeld'].map((name) =>
        createOrganisation(t.dataSource, { name }),
      ),
    );
    ld = await actor(t, orgs[0].id, { roles: ['ld'], name: 'Lotte L&D' });
    trainer = await actor(t, orgs[0].id, { name: 'Tim Trainer' });
    versneller = await actor(t, orgs[1].id, { name: 'Vera Versneller' });
    manager = await actor(t, orgs[0].id, { name: 'Mira Manager' });
    stranger = await actor(t, orgs[2].id, { name: 'Sam Vreemde' });
    learners = await Promise.all(
      ['Ann', 'Bob', 'Cas', 'Dan', 'Eva', 'Fem', 'Gijs'].map((name, i) =>
        actor(t, orgs[i % 3].id, { name: `${name} Deelnemer` }),
      ),
    );
  });
  afterAll(() => t.close());

  describe('journeys', () => {
    it('the organiser (L&D) creates a programme and a cohort with a trainer and a versneller, and publishes', async () => {
      programme = await newProgramme(ld);
      expect(programme.status).toBe('draft');
      await publish(programme);
      const res = await t.http
        .post(`/api/programmes/${programme.id}/cohorts`)
        .set(ld.auth)
        .send({
          ...withDeadline(programme, { capacity: 6, guestCapacity: 1 }),
          staff: [
            { userId: trainer.id, role: 'trainer' },
            { userId: versneller.id, role: 'versneller' },
          ],
        })
        .expect(201);
      cohort = res.body as CohortView;
      expect(cohort.parts).toHaveLength(4);
      expect(elective().choiceDeadline).not.toBeNull();
      for (const [title, cap] of [
        ['Schrijven voor de burger', 2],
        ['Wetgevingskwaliteit', 3],
        ['Data in beleid', 3],
      ] as const) {
        const m = await t.http
          .post(`/api/cohorts/${cohort.id}/parts/${elective().id}/modules`)
          .set(ld.auth)
          .send({ title, cap })
          .expect(201);
        modules.push(m.body as { id: string; title: string; cap: number });
      }
      const seen = (await t.http.get(`/api/programmes/${programme.id}`).expect(200)).body as ProgrammeView;
      expect(seen.status).toBe('published');
      expect(seen.cohorts.map((c) => c.id)).toContain(cohort.id);
      // A second programme and cohort for the cross-cohort probes.
      const p2 = await newProgramme(ld, { title: 'Samen in Beleid' });
      await publish(p2);
      const c2 = (await t.http.post(`/api/programmes/${p2.id}/cohorts`).set(ld.auth).send(withDeadline(p2)).expect(201))
        .body as CohortView;
      other = { programme: p2, cohort: c2 };
    });

    it('learners of three organisations enrol; the seventh is waitlisted', async () => {
      const results = [];
      for (const l of learners.slice(0, 6)) results.push(await enrolInCohort(t, l, cohort.id));
      expect(results.map((r) => r.status)).toEqual(Array(6).fill('confirmed'));
      const late = await enrolInCohort(t, learners[6], cohort.id);
      expect(late).toMatchObject({ status: 'waitlisted', position: 1 });
      const view = (await t.http.get(`/api/cohorts/${cohort.id}`).set(learners[6].auth).expect(200)).body as CohortView;
      expect(view.seatsLeft).toBe(0);
      expect(view.myEnrolment).toMatchObject({ status: 'waitlisted' });
      const staffList = (await t.http.get(`/api/cohorts/${cohort.id}/enrolments`).set(ld.auth).expect(200)).body as {
        userId?: string;
        status: string;
      }[];
      expect(staffList.filter((e) => e.status === 'confirmed')).toHaveLength(6);
    });

    it('participants rank the modules; the allocation runs within the caps and is published', async () => {
      const [a, b, c] = modules.map((m) => m.id);
      const rankings = [
        [a, b, c],
        [a, c, b],
        [a, b, c],
        [b, a, c],
        [c, a, b],
        [b, c, a],
      ];
      for (const [i, ids] of rankings.entries()) {
        await t.http
          .put(`/api/cohorts/${cohort.id}/parts/${elective().id}/choices`)
          .set(learners[i].auth)
          .send({ moduleIds: ids })
          .expect(200);
      }
      const run = await t.http
        .post(`/api/cohorts/${cohort.id}/parts/${elective().id}/allocation`)
        .set(ld.auth)
        .send({ seed: 'journey' })
        .expect(200);
      const alloc = run.body as {
        modules: { moduleId: string; cap: number; participants: unknown[] }[];
        unassigned: unknown[];
      };
      for (const m of alloc.modules) expect(m.participants.length).toBeLessThanOrEqual(m.cap);
      expect(alloc.unassigned).toEqual([]);
      await t.http.post(`/api/cohorts/${cohort.id}/parts/${elective().id}/allocation/publish`).set(ld.auth).expect(200);
      const mine = (
        await t.http
          .get(`/api/cohorts/${cohort.id}/parts/${elective().id}/allocation`)
          .set(learners[0].auth)
          .expect(200)
      ).body as { published: boolean; mine: { module: { id: string } | null } | null };
      expect(mine.published).toBe(true);
      expect(mine.mine?.module?.id).toBeDefined();
    });

    it('the organiser forms intervision groups; a member sees their group', async () => {
      const res = await t.http
        .post(`/api/cohorts/${cohort.id}/groups`)
        .set(ld.auth)
        .send({ kind: 'intervision', min: 3, max: 3, seed: 7 })
        .expect(200);
      const grouping = res.body as { groups: { members: { userId: string }[] }[] };
      expect(grouping.groups.flatMap((g) => g.members.map((m) => m.userId)).sort()).toEqual(
        learners
          .slice(0, 6)
          .map((l) => l.id)
          .sort(),
      );
      const own = (await t.http.get(`/api/cohorts/${cohort.id}/groups`).set(learners[0].auth).expect(200)).body as {
        groupings: { groups: { members: { userId: string }[] }[] }[];
      };
      const members = own.groupings.flatMap((g) => g.groups.flatMap((x) => x.members.map((m) => m.userId)));
      expect(members).toContain(learners[0].id);
      expect(members.length).toBeLessThan(6);
    });

    it("the calendar feed holds every part of the participant's cohort", async () => {
      const feed = (await t.http.post('/api/me/calendar-feed').set(learners[0].auth).expect(201)).body as {
        url: string;
      };
      const ics = (await t.http.get(new URL(feed.url).pathname).expect(200)).text.replace(/\r\n[ \t]/g, '');
      const enrolment = (
        (await t.http.get(`/api/cohorts/${cohort.id}`).set(learners[0].auth).expect(200)).body as CohortView
      ).myEnrolment;
      for (const p of cohort.parts) expect(ics).toContain(`UID:${enrolment?.id}-${p.id}@collegiaal`);
    });

    it('a participant writes an assignment and invites the manager, who comments', async () => {
      const ann = learners[0];
      const url = `/api/cohorts/${cohort.id}/assignment`;
      const written = await t.http
        .put(url)
        .set(ann.auth)
        .send({
          changeGoal: 'Ik wil bij elk beleidsvoorstel vooraf met de uitvoering toetsen of het werkbaar is.',
          successSigns: 'Mijn volgende twee voorstellen hebben een uitvoeringstoets van de betrokken dienst.',
        })
        .expect(200);
      assignmentId = (written.body as { id: string }).id;
      await t.http.post(`${url}/manager`).set(ann.auth).send({ managerId: manager.id }).expect(200);
      const read = await t.http.get(`/api/assignments/${assignmentId}`).set(manager.auth).expect(200);
      expect(read.body).toMatchObject({ viewerRole: 'manager', canComment: true });
      await t.http
        .post(`/api/assignments/${assignmentId}/comments`)
        .set(manager.auth)
        .send({ body: 'Mooi doel, laten we het na bijeenkomst 2 bespreken.' })
        .expect(201);
      const again = (await t.http.get(url).set(ann.auth).expect(200)).body as { comments: { body: string }[] };
      expect(again.comments.map((c) => c.body)).toContain('Mooi doel, laten we het na bijeenkomst 2 bespreken.');
    });

    it('the trainer sees participants and choices but cannot change the set-up (403)', async () => {
      const list = (await t.http.get(`/api/cohorts/${cohort.id}/enrolments`).set(trainer.auth).expect(200))
        .body as unknown[];
      expect(list.length).toBeGreaterThanOrEqual(6);
      // Choices: the (published) allocation with the rank each person obtained, and the groups.
      const alloc = (
        await t.http.get(`/api/cohorts/${cohort.id}/parts/${elective().id}/allocation`).set(trainer.auth).expect(200)
      ).body as { modules: { participants: { rankObtained: number | null }[] }[] };
      expect(alloc.modules.flatMap((m) => m.participants)).toHaveLength(6);
      const groups = (await t.http.get(`/api/cohorts/${cohort.id}/groups`).set(trainer.auth).expect(200)).body as {
        groupings: { groups: { members: unknown[] }[] }[];
      };
      expect(groups.groupings[0].groups.flatMap((g) => g.members)).toHaveLength(6);
      const before = await counts('cohort_modules', 'cohort_staff');
      problem(await t.http.patch(`/api/cohorts/${cohort.id}`).set(trainer.auth).send({ capacity: 50 }), 403);
      problem(
        await t.http
          .post(`/api/cohorts/${cohort.id}/parts/${elective().id}/modules`)
          .set(trainer.auth)
          .send({ title: 'Eigen module', cap: 4 }),
        403,
      );
      problem(
        await t.http.put(`/api/cohorts/${cohort.id}/staff/${stranger.id}`).set(trainer.auth).send({ role: 'trainer' }),
        403,
      );
      problem(await t.http.post(`/api/cohorts/${cohort.id}/cancel`).set(trainer.auth), 403);
      problem(
        await t.http.post(`/api/programmes/${programme.id}/status`).set(trainer.auth).send({ status: 'archived' }),
        [403, 404],
      );
      expect(await counts('cohort_modules', 'cohort_staff')).toEqual(before);
      expect(((await t.http.get(`/api/cohorts/${cohort.id}`).expect(200)).body as CohortView).capacity).toBe(6);
    });

    it('the versneller is listed on the cohort page', async () => {
      const view = (await t.http.get(`/api/cohorts/${cohort.id}`).expect(200)).body as {
        staff: { name: string; role: string }[];
      };
      expect(view.staff).toEqual(
        expect.arrayContaining([expect.objectContaining({ name: 'Vera Versneller', role: 'versneller' })]),
      );
      const mine = (await t.http.get(`/api/cohorts/${cohort.id}`).set(versneller.auth).expect(200)).body as CohortView;
      expect(mine.myRole).toBe('versneller');
    });

    it('a stranger sees only public data: 404 (or 403 for a published cohort) on everything private', async () => {
      await t.http.get(`/api/programmes/${programme.id}`).set(stranger.auth).expect(200);
      await t.http.get(`/api/cohorts/${cohort.id}`).set(stranger.auth).expect(200);
      for (const path of [
        `/api/assignments/${assignmentId}`,
        `/api/cohorts/${cohort.id}/assignment`,
        `/api/cohorts/${cohort.id}/enrolments`,
        `/api/cohorts/${cohort.id}/parts/${elective().id}/choices`,
        `/api/cohorts/${cohort.id}/parts/${dinner().id}/guests`,
        `/api/cohorts/${cohort.id}/modules/${modules[0].id}/participants`,
      ]) {
        const res = await t.http.get(path).set(stranger.auth);
        expect({ path, status: [403, 404].includes(res.status) }).toEqual({ path, status: true });
        expect(JSON.stringify(res.body)).not.toContain(learners[0].email);
      }
      expect((await t.http.get(`/api/assignments/${assignmentId}`).set(stranger.auth)).status).toBe(404);
      // A draft programme is not there for anyone but its owners.
      const draft = await newProgramme(ld, { title: 'Nog geheim programma' });
      for (const who of [stranger, trainer]) {
        problem(await t.http.get(`/api/programmes/${draft.id}`).set(who.auth), 404);
      }
      problem(await t.http.get(`/api/programmes/${draft.id}`), 404);
      const listed = (await t.http.get('/api/programmes').set(stranger.auth).expect(200)).body as { id: string }[];
      expect(listed.map((p) => p.id)).not.toContain(draft.id);
    });
  });

  describe("the issue's bad inputs: 400/409 problem+json, nothing changed", () => {
    it('a choice after the deadline, an unknown module, duplicate ranks', async () => {
      const ann = learners[0];
      const url = `/api/cohorts/${cohort.id}/parts/${elective().id}/choices`;
      const before = await counts('module_choices', 'module_allocations');
      const [a, b, c] = modules.map((m) => m.id);
      problem(
        await t.http
          .put(url)
          .set(ann.auth)
          .send({ moduleIds: [a, a, b] }),
        400,
      );
      problem(
        await t.http
          .put(url)
          .set(ann.auth)
          .send({ moduleIds: [a, b, NIL] }),
        400,
      );
      expect(await counts('module_choices', 'module_allocations')).toEqual(before);
      // Time passes beyond the choice deadline.
      await t.dataSource.query(`UPDATE cohort_parts SET choice_deadline = now() - interval '1 hour' WHERE id = $1`, [
        elective().id,
      ]);
      try {
        problem(
          await t.http
            .put(url)
            .set(ann.auth)
            .send({ moduleIds: [c, b, a] }),
          409,
          'CHOICE_DEADLINE_PASSED',
        );
      } finally {
        await t.dataSource.query(`UPDATE cohort_parts SET choice_deadline = $2 WHERE id = $1`, [
          elective().id,
          daysFromNow(40, 12),
        ]);
      }
      expect(await counts('module_choices', 'module_allocations')).toEqual(before);
    });

    it('a cap below the allocated count', async () => {
      const alloc = (
        await t.http.get(`/api/cohorts/${cohort.id}/parts/${elective().id}/allocation`).set(ld.auth).expect(200)
      ).body as { modules: { moduleId: string; participants: unknown[] }[] };
      const full = alloc.modules.find((m) => m.participants.length > 0);
      expect(full).toBeDefined();
      const res = await t.http
        .patch(`/api/cohorts/${cohort.id}/modules/${full?.moduleId}`)
        .set(ld.auth)
        .send({ cap: (full?.participants.length ?? 1) - 1 || 0 });
      problem(res, [409, 400]);
      const [row] = await t.dataSource.query<{ cap: number }[]>(`SELECT cap FROM cohort_modules WHERE id = $1`, [
        full?.moduleId,
      ]);
      expect(row.cap).toBe(modules.find((m) => m.id === full?.moduleId)?.cap);
    });

    it('a guest over capacity', async () => {
      const url = `/api/cohorts/${cohort.id}/parts/${dinner().id}/guests`;
      const guest = (n: number) => ({ name: `Gast ${n}`, organisation: 'Woningcorporatie', email: `g${n}@w.example` });
      await t.http.post(url).set(learners[0].auth).send(guest(1)).expect(201);
      const before = await count('cohort_guests');
      problem(await t.http.post(url).set(learners[1].auth).send(guest(2)), 409);
      expect(await count('cohort_guests')).toBe(before);
    });
  });

  describe('black-box probes: never a 5xx', () => {
    const BAD_IDS = [
      'not-a-uuid',
      '123',
      "1' OR '1'='1",
      '00000000-0000-0000-0000-00000000000g',
      '%00',
      'x'.repeat(300),
    ];
    type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
    /** Every programmes route with path params, its params filled in with valid ids of the journey. */
    const routes = (): [Method, string, Record<string, unknown>][] => {
      const c = cohort.id;
      const e = elective().id;
      const d = dinner().id;
      const m = modules[0].id;
      const u = learners[0].id;
      return [
        ['get', `/api/programmes/:${programme.id}`, {}],
        ['patch', `/api/programmes/:${programme.id}`, { title: 'Nieuwe titel' }],
        ['post', `/api/programmes/:${programme.id}/status`, { status: 'published' }],
        ['post', `/api/programmes/:${programme.id}/cohorts`, {}],
        ['get', `/api/cohorts/:${c}`, {}],
        ['patch', `/api/cohorts/:${c}`, { name: 'Tranche X' }],
        ['put', `/api/cohorts/:${c}/parts/:${d}`, { guestCapacity: 3 }],
        ['post', `/api/cohorts/:${c}/cancel`, {}],
        ['put', `/api/cohorts/:${c}/staff/:${u}`, { role: 'trainer' }],
        ['delete', `/api/cohorts/:${c}/staff/:${u}`, {}],
        ['get', `/api/cohorts/:${c}/enrolments`, {}],
        ['post', `/api/cohorts/:${c}/enrolments`, {}],
        ['get', `/api/cohorts/:${c}/overlaps`, {}],
        ['get', `/api/cohorts/:${c}/parts/:${e}/modules`, {}],
        ['post', `/api/cohorts/:${c}/parts/:${e}/modules`, { title: 'Module', cap: 3 }],
        ['patch', `/api/cohorts/:${c}/modules/:${m}`, { cap: 9 }],
        ['delete', `/api/cohorts/:${c}/modules/:${m}`, {}],
        ['get', `/api/cohorts/:${c}/modules/:${m}/participants`, {}],
        ['get', `/api/cohorts/:${c}/parts/:${e}/choices`, {}],
        ['put', `/api/cohorts/:${c}/parts/:${e}/choices`, { moduleIds: modules.map((x) => x.id) }],
        ['get', `/api/cohorts/:${c}/parts/:${e}/allocation`, {}],
        ['post', `/api/cohorts/:${c}/parts/:${e}/allocation`, {}],
        ['post', `/api/cohorts/:${c}/parts/:${e}/allocation/publish`, {}],
        ['put', `/api/cohorts/:${c}/parts/:${e}/allocation/:${u}`, { moduleId: m }],
        ['post', `/api/cohorts/:${c}/groups`, { kind: 'intervision' }],
        ['get', `/api/cohorts/:${c}/groups`, {}],
        ['put', `/api/cohorts/:${c}/groups/:${NIL}/members/:${u}`, {}],
        ['post', `/api/cohorts/:${c}/parts/:${d}/guests`, { name: 'Gast', organisation: 'Org', email: 'g@x.example' }],
        ['get', `/api/cohorts/:${c}/parts/:${d}/guests`, {}],
        ['delete', `/api/cohorts/:${c}/guests/:${NIL}`, {}],
        ['get', `/api/cohorts/:${c}/assignment`, {}],
        ['put', `/api/cohorts/:${c}/assignment`, {}],
        ['patch', `/api/cohorts/:${c}/assignment`, { shared: true }],
        ['post', `/api/cohorts/:${c}/assignment/manager`, {}],
        ['put', `/api/cohorts/:${c}/assignment/progress/:${d}`, { note: 'Voortgang' }],
        ['get', `/api/assignments/:${assignmentId}`, {}],
        ['post', `/api/assignments/:${assignmentId}/comments`, { body: 'Hallo' }],
      ];
    };
    const send = (method: Method, path: string, who: Actor | null, body?: unknown) => {
      const req = t.http[method](path);
      if (who) void req.set(who.auth);
      return body === undefined ? req : req.send(body as object);
    };

    it('a malformed id in any path parameter is 400 problem+json, not 500 (and changes nothing)', async () => {
      const tables = ['programmes', 'cohorts', 'cohort_parts', 'cohort_staff', 'cohort_modules', 'module_choices'];
      const before = await counts(...tables);
      for (const [method, template, body] of routes()) {
        const params = template.match(/:[^/]+/g) ?? [];
        for (const [i] of params.entries()) {
          for (const bad of BAD_IDS) {
            let k = -1;
            const path = template.replace(/:([^/]+)/g, (_, id: string) => {
              k += 1;
              return k === i ? encodeURIComponent(bad) : id;
            });
            for (const who of [ld, learners[0]]) {
              const res = await send(method, path, who, method === 'get' || method === 'delete' ? undefined : body);
              expect({ method, path, status: res.status }).toEqual({ method, path, status: 400 });
              expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
            }
          }
        }
      }
      expect(await counts(...tables)).toEqual(before);
    });

    it('huge, deeply nested, array-for-object and wrongly typed bodies are 400 (or 413), never 5xx', async () => {
      const before = await counts('programmes', 'cohorts', 'cohort_modules');
      let nested: Record<string, unknown> = { title: 'x' };
      for (let i = 0; i < 2000; i++) nested = { a: nested };
      const bodies: unknown[] = [
        { ...WERKATELIER, title: 'x'.repeat(5_000_000) },
        nested,
        { ...WERKATELIER, parts: nested },
        [WERKATELIER],
        [],
        { ...WERKATELIER, title: 12 },
        { ...WERKATELIER, title: ['a', 'b'] },
        { ...WERKATELIER, parts: { 0: WERKATELIER.parts[0] } },
        { ...WERKATELIER, parts: [null] },
        { ...WERKATELIER, parts: ['plenary'] },
        { ...WERKATELIER, parts: [{ ...WERKATELIER.parts[0], durationHours: '6' }] },
        { ...WERKATELIER, parts: [{ ...WERKATELIER.parts[0], durationHours: 1e308 }] },
        { ...WERKATELIER, parts: [{ ...WERKATELIER.parts[0], durationHours: -1 }] },
        { ...WERKATELIER, goals: 'one goal' },
        { ...WERKATELIER, goals: [{ nl: 'doel' }] },
        { ...WERKATELIER, requiresManagerApproval: 'yes' },
        { ...WERKATELIER, coOwnerOrganisationIds: 'abc' },
        { ...WERKATELIER, coOwnerOrganisationIds: [orgs[1].id, orgs[1].id, orgs[0].id] },
        { ...WERKATELIER, __proto__: { admin: true }, constructor: { prototype: { x: 1 } } },
        { ...WERKATELIER, parts: Array.from({ length: 31 }, () => WERKATELIER.parts[0]) },
      ];
      for (const body of bodies) {
        const res = await t.http
          .post('/api/programmes')
          .set(ld.auth)
          .send(body as object);
        expect(res.status).toBeLessThan(500);
        if (res.status !== 201) {
          expect([400, 413]).toContain(res.status);
          expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
        }
      }
      // The duplicated co-owner is the only body that may be accepted (once).
      expect((await counts('programmes', 'cohorts', 'cohort_modules'))[0] - before[0]).toBeLessThanOrEqual(1);
      const c = cohort.id;
      for (const [path, method, body] of [
        [`/api/cohorts/${c}/parts/${elective().id}/choices`, 'put', { moduleIds: 'abc' }],
        [`/api/cohorts/${c}/parts/${elective().id}/choices`, 'put', { moduleIds: [[modules[0].id]] }],
        [`/api/cohorts/${c}/parts/${elective().id}/choices`, 'put', { moduleIds: Array(5000).fill(modules[0].id) }],
        [`/api/cohorts/${c}/parts/${elective().id}/choices`, 'put', [modules[0].id]],
        [`/api/cohorts/${c}/parts/${elective().id}/modules`, 'post', { title: 'M', cap: '3' }],
        [`/api/cohorts/${c}/parts/${elective().id}/modules`, 'post', { title: 'Module', cap: 3.5 }],
        [`/api/cohorts/${c}/parts/${elective().id}/modules`, 'post', { title: 'Module', cap: 2 ** 40 }],
        [`/api/cohorts/${c}`, 'patch', { capacity: 'veel' }],
        [`/api/cohorts/${c}`, 'patch', { capacity: 1e9 }],
        [`/api/cohorts/${c}`, 'patch', []],
        [`/api/cohorts/${c}/groups`, 'post', { kind: 'intervision', seed: 1.5 }],
        [`/api/cohorts/${c}/groups`, 'post', { kind: 'intervision', min: 6, max: 3 }],
        [`/api/cohorts/${c}/groups`, 'post', { kind: ['intervision'] }],
        [`/api/cohorts/${c}/enrolments`, 'post', { acceptOverlaps: 'true', managerEmail: 12 }],
        [`/api/cohorts/${c}/assignment`, 'put', { changeGoal: 1, successSigns: { a: 1 } }],
        [`/api/cohorts/${c}/parts/${dinner().id}/guests`, 'post', { name: ['a'], email: 'not an e-mail' }],
        [`/api/programmes/${programme.id}/status`, 'post', { status: 'draft' }],
        [`/api/programmes/${programme.id}/status`, 'post', 'published'],
      ] as [string, Method, unknown][]) {
        for (const who of [ld, learners[0]]) {
          const res = await send(method, path, who, body);
          expect({ path, body: JSON.stringify(body).slice(0, 80), status: res.status < 500 }).toEqual({
            path,
            body: JSON.stringify(body).slice(0, 80),
            status: true,
          });
          if (res.status >= 400) expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
        }
      }
    });

    it('strings with control characters are refused or stored safely, never a 5xx', async () => {
      const nasty = ['Titel\u0000met nul', 'Regel\u0007bel\u001b[31m', 'Rechts\u202eom', 'A\ud800b'];
      for (const s of nasty) {
        const p = await t.http
          .post('/api/programmes')
          .set(ld.auth)
          .send({ ...WERKATELIER, title: `${s} programma`, why: `${s} waarom dit belangrijk is` });
        expect({ s, status: p.status < 500 }).toEqual({ s, status: true });
        const m = await t.http
          .post(`/api/cohorts/${cohort.id}/parts/${elective().id}/modules`)
          .set(ld.auth)
          .send({ title: `${s} module`, cap: 3 });
        expect({ s, status: m.status < 500 }).toEqual({ s, status: true });
        if (m.status === 201)
          await t.http
            .delete(`/api/cohorts/${cohort.id}/modules/${(m.body as { id: string }).id}`)
            .set(ld.auth)
            .expect(204);
        const g = await t.http
          .post(`/api/cohorts/${cohort.id}/parts/${dinner().id}/guests`)
          .set(learners[2].auth)
          .send({ name: `${s} gast`, organisation: s, email: 'ctl@gast.example' });
        expect({ s, status: g.status < 500 }).toEqual({ s, status: true });
        const a = await t.http
          .put(`/api/cohorts/${cohort.id}/assignment`)
          .set(learners[3].auth)
          .send({ changeGoal: `${s} ik wil mijn werk veranderen`, successSigns: `${s} dat merk ik aan iets` });
        expect({ s, status: a.status < 500 }).toEqual({ s, status: true });
        const q = await t.http.get(`/api/programmes?q=${encodeURIComponent(s.replace(/[\ud800-\udfff]/g, ''))}`);
        expect({ s, status: q.status < 500 }).toEqual({ s, status: true });
      }
      // NUL can never be stored in PostgreSQL text: it is a 400 with the field named.
      const nul = await t.http
        .post('/api/programmes')
        .set(ld.auth)
        .send({ ...WERKATELIER, title: 'Titel\u0000met nul' });
      problem(nul, 400);
    });

    it('dates without an offset are 400 with the field named, and nothing is made', async () => {
      const before = await counts('cohorts', 'cohort_parts');
      const body = withDeadline(programme);
      const local = body.parts[0].startsAt.replace(/\.000Z$/, '');
      const res = await t.http
        .post(`/api/programmes/${programme.id}/cohorts`)
        .set(ld.auth)
        .send({ ...body, parts: body.parts.map((x, i) => (i === 0 ? { ...x, startsAt: local } : x)) });
      expect(problem(res, 400).errors?.map((e) => e.field)).toContain('parts[0].startsAt');
      for (const bad of ['2027-02-04', '04-02-2027 09:30', 'morgen', '2027-02-30T09:00:00Z', 1738659000000]) {
        const r = await t.http
          .put(`/api/cohorts/${cohort.id}/parts/${dinner().id}`)
          .set(ld.auth)
          .send({ startsAt: bad, endsAt: bad });
        expect({ bad, status: r.status }).toEqual({ bad, status: 400 });
      }
      expect(await counts('cohorts', 'cohort_parts')).toEqual(before);
    });

    it('a cohort id used as a programme id and vice versa is 404', async () => {
      problem(await t.http.get(`/api/programmes/${cohort.id}`).set(ld.auth), 404);
      problem(await t.http.patch(`/api/programmes/${cohort.id}`).set(ld.auth).send({ title: 'Verkeerd id' }), 404);
      problem(await t.http.post(`/api/programmes/${cohort.id}/status`).set(ld.auth).send({ status: 'archived' }), 404);
      problem(
        await t.http.post(`/api/programmes/${cohort.id}/cohorts`).set(ld.auth).send(withDeadline(programme)),
        404,
      );
      problem(await t.http.get(`/api/cohorts/${programme.id}`).set(ld.auth), 404);
      problem(await t.http.patch(`/api/cohorts/${programme.id}`).set(ld.auth).send({ name: 'Verkeerd' }), 404);
      problem(await t.http.post(`/api/cohorts/${programme.id}/enrolments`).set(learners[0].auth).send({}), 404);
      problem(await t.http.post(`/api/cohorts/${programme.id}/cancel`).set(ld.auth), 404);
      problem(await t.http.get(`/api/cohorts/${programme.id}/groups`).set(ld.auth), 404);
      // A plain course's session is no cohort either.
      const part = cohort.parts[0].id;
      problem(await t.http.get(`/api/cohorts/${part}`).set(ld.auth), 404);
      problem(await t.http.get(`/api/programmes/${part}`).set(ld.auth), 404);
    });

    it('a part id or module id of another cohort is refused (404/400) and nothing changes', async () => {
      const theirs = other.cohort.parts;
      const theirElective = partOfKind(other.cohort, 'elective');
      const theirDinner = partOfKind(other.cohort, 'group_meeting');
      const before = await counts('cohort_parts', 'cohort_modules', 'module_choices', 'cohort_guests');
      const moved = await t.http
        .put(`/api/cohorts/${cohort.id}/parts/${theirs[0].id}`)
        .set(ld.auth)
        .send({ startsAt: daysFromNow(70, 8), endsAt: daysFromNow(70, 12) });
      problem(moved, 404);
      problem(
        await t.http
          .post(`/api/cohorts/${cohort.id}/parts/${theirElective.id}/modules`)
          .set(ld.auth)
          .send({ title: 'Verkeerde kant', cap: 3 }),
        404,
      );
      problem(await t.http.get(`/api/cohorts/${cohort.id}/parts/${theirElective.id}/modules`).set(ld.auth), 404);
      problem(
        await t.http
          .post(`/api/cohorts/${cohort.id}/parts/${theirDinner.id}/guests`)
          .set(learners[4].auth)
          .send({ name: 'Gast', organisation: 'Org', email: 'andere@gast.example' }),
        404,
      );
      problem(
        await t.http
          .put(`/api/cohorts/${cohort.id}/assignment/progress/${theirs[0].id}`)
          .set(learners[0].auth)
          .send({ note: 'Voortgang bij een andere tranche' }),
        [404, 400],
      );
      // A module of another cohort in my choices.
      const theirModule = (
        await t.http
          .post(`/api/cohorts/${other.cohort.id}/parts/${theirElective.id}/modules`)
          .set(ld.auth)
          .send({ title: 'Module van de andere tranche', cap: 5 })
          .expect(201)
      ).body as { id: string };
      const mid = (await counts('cohort_parts', 'cohort_modules', 'module_choices', 'cohort_guests'))[1];
      // Ours is published, so choices are closed; the other cohort's unpublished part tells the story: a
      // participant of ours choosing on it is not theirs (403/404), and their module in ours is unknown (400/409).
      const ours = await t.http
        .put(`/api/cohorts/${cohort.id}/parts/${elective().id}/choices`)
        .set(learners[0].auth)
        .send({ moduleIds: [theirModule.id, modules[0].id, modules[1].id] });
      problem(ours, [400, 409]);
      problem(
        await t.http.patch(`/api/cohorts/${cohort.id}/modules/${theirModule.id}`).set(ld.auth).send({ cap: 1 }),
        404,
      );
      problem(
        await t.http
          .put(`/api/cohorts/${cohort.id}/parts/${elective().id}/allocation/${learners[0].id}`)
          .set(ld.auth)
          .send({ moduleId: theirModule.id }),
        [400, 404],
      );
      const after = await counts('cohort_parts', 'cohort_modules', 'module_choices', 'cohort_guests');
      expect(after).toEqual([before[0], mid, before[2], before[3]]);
    });

    it('an unknown module in the choices of an open part is 400', async () => {
      const theirElective = partOfKind(other.cohort, 'elective');
      const member = learners[5];
      await enrolInCohort(t, member, other.cohort.id, { acceptOverlaps: true });
      const mods = (
        await t.http.get(`/api/cohorts/${other.cohort.id}/parts/${theirElective.id}/modules`).set(ld.auth).expect(200)
      ).body as { modules: { id: string }[] };
      const before = await count('module_choices');
      const res = await t.http
        .put(`/api/cohorts/${other.cohort.id}/parts/${theirElective.id}/choices`)
        .set(member.auth)
        .send({ moduleIds: [...mods.modules.map((m) => m.id), modules[0].id] });
      expect(problem(res, 400).errors?.map((e) => e.field)).toContain(`moduleIds.${mods.modules.length}`);
      expect(await count('module_choices')).toBe(before);
    });

    it('enrolling twice at once: one 201, one 409', async () => {
      const p = (
        await t.http
          .post(`/api/programmes/${programme.id}/cohorts`)
          .set(ld.auth)
          .send(withDeadline(programme, { name: 'Tranche race', startDay: 100 }))
          .expect(201)
      ).body as CohortView;
      const who = await actor(t, orgs[1].id, { name: 'Rita Race' });
      const results = await Promise.all(
        [1, 2, 3].map(() => t.http.post(`/api/cohorts/${p.id}/enrolments`).set(who.auth).send({})),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
      for (const r of results.filter((x) => x.status === 409)) problem(r, 409);
      const [{ n }] = await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM enrolments WHERE session_id = $1 AND user_id = $2`,
        [p.id, who.id],
      );
      expect(n).toBe(1);
    });

    it('acting on a cancelled cohort is 409 (never 500) and changes nothing', async () => {
      const p = (
        await t.http
          .post(`/api/programmes/${programme.id}/cohorts`)
          .set(ld.auth)
          .send(withDeadline(programme, { name: 'Tranche afgelast', startDay: 120 }))
          .expect(201)
      ).body as CohortView;
      const member = await actor(t, orgs[2].id, { name: 'Piet Afgelast' });
      await enrolInCohort(t, member, p.id);
      await t.http.post(`/api/cohorts/${p.id}/cancel`).set(ld.auth).expect(200);
      const e = partOfKind(p, 'elective');
      const d = partOfKind(p, 'group_meeting');
      const tables = ['cohort_modules', 'cohort_parts', 'cohort_staff', 'cohort_guests', 'enrolments'];
      const before = await counts(...tables);
      const newcomer = await actor(t, orgs[2].id);
      const attempts: [Method, string, Actor, unknown][] = [
        ['post', `/api/cohorts/${p.id}/enrolments`, newcomer, {}],
        ['patch', `/api/cohorts/${p.id}`, ld, { capacity: 30 }],
        ['put', `/api/cohorts/${p.id}/parts/${d.id}`, ld, { guestCapacity: 4 }],
        ['post', `/api/cohorts/${p.id}/cancel`, ld, {}],
        ['put', `/api/cohorts/${p.id}/staff/${trainer.id}`, ld, { role: 'trainer' }],
        ['post', `/api/cohorts/${p.id}/parts/${e.id}/modules`, ld, { title: 'Module na afgelasting', cap: 3 }],
        ['post', `/api/cohorts/${p.id}/parts/${e.id}/allocation`, ld, {}],
        ['post', `/api/cohorts/${p.id}/groups`, ld, { kind: 'intervision' }],
        [
          'post',
          `/api/cohorts/${p.id}/parts/${d.id}/guests`,
          member,
          { name: 'Gast Afgelast', organisation: 'Woningcorporatie', email: 'afgelast@gast.example' },
        ],
      ];
      const outcomes = [];
      for (const [method, path, who, body] of attempts) {
        const res = await send(method, path, who, body);
        outcomes.push({
          method,
          path: path.replace(p.id, ':id'),
          status: res.status,
          type: res.headers['content-type'],
        });
      }
      expect(outcomes).toEqual(
        outcomes.map((o) => ({
          ...o,
          status: o.method === 'post' && o.path.endsWith('guests') ? 403 : 409,
          type: expect.stringMatching(/application\/problem\+json/),
        })),
      );
      expect((await send('post', `/api/cohorts/${p.id}/enrolments`, newcomer, {})).status).toBe(409);
      expect(await counts(...tables)).toEqual(before);
      expect(
        ((await t.http.get(`/api/cohorts/${p.id}`).set(ld.auth).expect(200)).body as { status: string }).status,
      ).toBe('cancelled');
    });

    it("a draft programme's cohorts are invisible to everyone but its owners", async () => {
      const draft = await newProgramme(ld, { title: 'Concept met tranche' });
      const made = await t.http.post(`/api/programmes/${draft.id}/cohorts`).set(ld.auth).send(withDeadline(draft));
      expect(made.status).toBeLessThan(500);
      if (made.status !== 201) return;
      const c = made.body as CohortView;
      await t.http.get(`/api/cohorts/${c.id}`).set(ld.auth).expect(200);
      for (const who of [stranger, learners[0], null]) {
        problem(await send('get', `/api/cohorts/${c.id}`, who), 404);
        problem(
          await send('get', `/api/cohorts/${c.id}/parts/${partOfKind(c, 'elective').id}/modules`, who),
          [404, 401],
        );
      }
      const before = await count('enrolments');
      problem(await t.http.post(`/api/cohorts/${c.id}/enrolments`).set(stranger.auth).send({}), 404);
      expect(await count('enrolments')).toBe(before);
      const mine = (await t.http.get('/api/me/programmes').set(stranger.auth).expect(200)).body as unknown[];
      expect(JSON.stringify(mine)).not.toContain(c.id);
    });

    it('an archived programme refuses new cohorts (409) and enrolments stay possible only where they were', async () => {
      const p = await newProgramme(ld, { title: 'Programma dat stopt' });
      await publish(p);
      await t.http.post(`/api/programmes/${p.id}/status`).set(ld.auth).send({ status: 'archived' }).expect(200);
      const before = await count('cohorts');
      problem(await t.http.post(`/api/programmes/${p.id}/cohorts`).set(ld.auth).send(withDeadline(p)), 409);
      expect(await count('cohorts')).toBe(before);
      expect(
        (await t.http.post(`/api/programmes/${p.id}/status`).set(ld.auth).send({ status: 'archived' })).status,
      ).toBeLessThan(500);
    });

    it('first writes racing each other (assignment, progress note, staff, guest, choices, allocation, groups) give no 5xx and no doubles', async () => {
      // A fresh cohort with open choices, two participants.
      const c = (
        await t.http
          .post(`/api/programmes/${programme.id}/cohorts`)
          .set(ld.auth)
          .send(withDeadline(programme, { name: 'Tranche gelijktijdig', startDay: 140, guestCapacity: 10 }))
          .expect(201)
      ).body as CohortView;
      const [p1, p2] = await Promise.all(['Ria Race', 'Rob Race'].map((name, i) => actor(t, orgs[i].id, { name })));
      for (const p of [p1, p2]) await enrolInCohort(t, p, c.id, { acceptOverlaps: true });
      const e = partOfKind(c, 'elective');
      const d = partOfKind(c, 'group_meeting');
      const mods: string[] = [];
      for (const title of ['Module één', 'Module twee', 'Module drie'])
        mods.push(
          (
            (
              await t.http
                .post(`/api/cohorts/${c.id}/parts/${e.id}/modules`)
                .set(ld.auth)
                .send({ title, cap: 2 })
                .expect(201)
            ).body as { id: string }
          ).id,
        );
      const twice = async (make: () => PromiseLike<{ status: number }>, n = 3) => {
        const all = await Promise.all(Array.from({ length: n }, () => make()));
        return all.map((r) => r.status);
      };
      const GOAL = {
        changeGoal: 'Ik wil mijn adviezen eerder met de uitvoering bespreken.',
        successSigns: 'De uitvoering reageert vóór de eerste versie.',
      };
      const results: Record<string, number[]> = {
        assignment: await twice(() => t.http.put(`/api/cohorts/${c.id}/assignment`).set(p1.auth).send(GOAL)),
        progress: await twice(() =>
          t.http
            .put(`/api/cohorts/${c.id}/assignment/progress/${c.parts[0].id}`)
            .set(p1.auth)
            .send({ note: 'Eerste stap gezet.' }),
        ),
        manager: await twice(() =>
          t.http.post(`/api/cohorts/${c.id}/assignment/manager`).set(p1.auth).send({ managerId: manager.id }),
        ),
        staff: await twice(() =>
          t.http.put(`/api/cohorts/${c.id}/staff/${trainer.id}`).set(ld.auth).send({ role: 'trainer' }),
        ),
        guest: await twice(() =>
          t.http
            .post(`/api/cohorts/${c.id}/parts/${d.id}/guests`)
            .set(p1.auth)
            .send({ name: 'Gast Gelijk', organisation: 'Ketenpartner', email: 'gelijk@gast.example' }),
        ),
        choices: await twice(() =>
          t.http.put(`/api/cohorts/${c.id}/parts/${e.id}/choices`).set(p2.auth).send({ moduleIds: mods }),
        ),
        allocation: await twice(() =>
          t.http.post(`/api/cohorts/${c.id}/parts/${e.id}/allocation`).set(ld.auth).send({ seed: 'race' }),
        ),
        groups: await twice(() =>
          t.http
            .post(`/api/cohorts/${c.id}/groups`)
            .set(ld.auth)
            .send({ kind: 'intervision', min: 1, max: 2, seed: 1 }),
        ),
        publish: await twice(() => t.http.post(`/api/cohorts/${c.id}/parts/${e.id}/allocation/publish`).set(ld.auth)),
      };
      expect(Object.entries(results).filter(([, st]) => st.some((x) => x >= 500))).toEqual([]);
      expect(results.guest.sort()).toEqual([201, 409, 409]);
      const one = async (sql: string, params: unknown[]) =>
        (await t.dataSource.query<{ n: number }[]>(sql, params))[0].n;
      expect(await one(`SELECT count(*)::int AS n FROM learning_assignments WHERE user_id = $1`, [p1.id])).toBe(1);
      expect(
        await one(`SELECT count(*)::int AS n FROM cohort_staff WHERE cohort_id = $1 AND user_id = $2`, [
          c.id,
          trainer.id,
        ]),
      ).toBe(1);
      expect(
        await one(`SELECT count(*)::int AS n FROM module_choices WHERE cohort_part_id = $1 AND user_id = $2`, [
          e.id,
          p2.id,
        ]),
      ).toBe(3);
      expect(
        await one(`SELECT count(*)::int AS n FROM module_allocations WHERE cohort_part_id = $1`, [e.id]),
      ).toBeLessThanOrEqual(2);
    });

    it('ids of the wrong kind or of another cohort in group, allocation, guest and staff routes are 400/404, never 5xx', async () => {
      const theirs = other.cohort;
      const groups = (await t.http.get(`/api/cohorts/${cohort.id}/groups`).set(ld.auth).expect(200)).body as {
        groupings: { groups: { id: string; members: { userId: string }[] }[] }[];
      };
      const ourGroup = groups.groupings[0].groups[0];
      const guests = (
        await t.http.get(`/api/cohorts/${cohort.id}/parts/${dinner().id}/guests`).set(ld.auth).expect(200)
      ).body as { id: string }[] | { guests: { id: string }[] };
      const guestId = (Array.isArray(guests) ? guests : guests.guests)[0]?.id ?? NIL;
      const tables = ['cohort_group_members', 'module_allocations', 'cohort_guests', 'cohort_staff'];
      const present = (
        await t.dataSource.query<{ table_name: string }[]>(
          `SELECT table_name FROM information_schema.tables WHERE table_name = ANY($1)`,
          [tables],
        )
      ).map((r) => r.table_name);
      const before = await counts(...present);
      const tries: [Method, string, unknown, number[]][] = [
        ['put', `/api/cohorts/${theirs.id}/groups/${ourGroup.id}/members/${learners[0].id}`, {}, [403, 404]],
        ['put', `/api/cohorts/${cohort.id}/groups/${cohort.id}/members/${learners[0].id}`, {}, [400, 404]],
        ['put', `/api/cohorts/${cohort.id}/groups/${ourGroup.id}/members/${stranger.id}`, {}, [400, 404]],
        ['put', `/api/cohorts/${cohort.id}/groups/${ourGroup.id}/members/${NIL}`, {}, [400, 404]],
        [
          'put',
          `/api/cohorts/${cohort.id}/parts/${elective().id}/allocation/${stranger.id}`,
          { moduleId: modules[0].id },
          [400, 404],
        ],
        [
          'put',
          `/api/cohorts/${cohort.id}/parts/${dinner().id}/allocation/${learners[0].id}`,
          { moduleId: modules[0].id },
          [400, 404, 409],
        ],
        [
          'put',
          `/api/cohorts/${cohort.id}/parts/${elective().id}/allocation/${learners[0].id}`,
          { moduleId: elective().id },
          [400, 404],
        ],
        ['delete', `/api/cohorts/${theirs.id}/guests/${guestId}`, undefined, [403, 404]],
        ['delete', `/api/cohorts/${cohort.id}/guests/${cohort.id}`, undefined, [404]],
        ['put', `/api/cohorts/${cohort.id}/staff/${NIL}`, { role: 'trainer' }, [400, 404]],
        ['put', `/api/cohorts/${cohort.id}/staff/${cohort.id}`, { role: 'trainer' }, [400, 404]],
        ['put', `/api/cohorts/${cohort.id}/staff/${trainer.id}`, { role: 'owner' }, [400]],
        ['delete', `/api/cohorts/${cohort.id}/staff/${stranger.id}`, undefined, [400, 404]],
        ['get', `/api/cohorts/${cohort.id}/modules/${elective().id}/participants`, undefined, [404]],
        ['patch', `/api/cohorts/${cohort.id}/modules/${cohort.id}`, { cap: 4 }, [404]],
        ['delete', `/api/cohorts/${cohort.id}/modules/${NIL}`, undefined, [404]],
        ['get', `/api/assignments/${cohort.id}`, undefined, [404]],
        ['post', `/api/assignments/${NIL}/comments`, { body: 'Hallo' }, [404]],
        ['put', `/api/cohorts/${cohort.id}/parts/${NIL}`, { guestCapacity: 2 }, [404]],
        ['get', `/api/cohorts/${cohort.id}/parts/${cohort.id}/modules`, undefined, [404]],
        ['get', `/api/cohorts/${cohort.id}/parts/${dinner().id}/modules`, undefined, [404, 409]],
        [
          'post',
          `/api/cohorts/${cohort.id}/parts/${elective().id}/guests`,
          { name: 'Gast', organisation: 'Org', email: 'x@gast.example' },
          [403, 409],
        ],
      ];
      const outcomes = [];
      for (const [method, path, body, ok] of tries) {
        const res = await send(method, path, ld, body);
        outcomes.push({
          method,
          path,
          ok: ok.includes(res.status) ? ok : res.status,
          problem: /problem\+json/.test(res.headers['content-type'] ?? ''),
        });
      }
      expect(outcomes).toEqual(tries.map(([method, path, , ok]) => ({ method, path, ok, problem: true })));
      expect(await counts(...present)).toEqual(before);
    });

    it('query strings of the wrong type or shape are 400 or ignored, never 5xx', async () => {
      for (const q of [
        'managed=maybe',
        'managed=true&managed=false',
        'managed[]=true',
        'managed[a]=1',
        `q=${'x'.repeat(5000)}`,
        'limit=-1',
        'offset=abc',
      ]) {
        for (const who of [ld, null]) {
          const res = await send('get', `/api/programmes?${q}`, who);
          expect({ q, status: res.status < 500 }).toEqual({ q, status: true });
          if (res.status >= 400) expect(res.headers['content-type']).toMatch(/problem\+json/);
        }
      }
      expect((await t.http.get('/api/programmes?managed=maybe').set(ld.auth)).status).toBe(400);
    });

    it('a cohort with inconsistent dates, numbers or parts is 400 with the field named, and nothing is made', async () => {
      const tables = ['cohorts', 'cohort_parts', 'cohort_staff', 'course_sessions'];
      const before = await counts(...tables);
      const good = withDeadline(programme, { startDay: 160 });
      const first = good.parts[0].startsAt;
      const at = (i: number, patch: Record<string, unknown>) => ({
        ...good,
        parts: good.parts.map((x, k) => (k === i ? { ...x, ...patch } : x)),
      });
      const e = programme.parts.findIndex((x) => x.kind === 'elective');
      const plain = programme.parts.findIndex((x) => x.kind === 'plenary');
      const bad: [string, unknown][] = [
        ['enrolmentDeadline', { ...good, enrolmentDeadline: daysFromNow(400) }],
        ['cancellationDeadline', { ...good, cancellationDeadline: daysFromNow(400) }],
        ['minParticipants', { ...good, capacity: 5, minParticipants: 6, goNoGoAt: daysFromNow(150) }],
        ['goNoGoAt', { ...good, minParticipants: 3, goNoGoAt: daysFromNow(400) }],
        ['capacity', { ...good, capacity: 0 }],
        ['name', { ...good, name: ' ' }],
        ['parts', { ...good, parts: good.parts.slice(1) }],
        [
          'parts[1].partId',
          { ...good, parts: [...good.parts.slice(0, 1), { ...good.parts[0] }, ...good.parts.slice(2)] },
        ],
        ['parts[0].partId', at(0, { partId: other.programme.parts[0].id })],
        ['parts[0].endsAt', at(0, { endsAt: first })],
        ['parts[0].startsAt', at(0, { startsAt: daysFromNow(-1), endsAt: daysFromNow(-1, 15) })],
        [`parts[${e}].choiceDeadline`, at(e, { choiceDeadline: daysFromNow(400) })],
        [`parts[${plain}].guestCapacity`, at(plain, { guestCapacity: 4 })],
        [`parts[${plain}].choiceDeadline`, at(plain, { choiceDeadline: daysFromNow(150) })],
        [`parts[${e}].onlineUrl`, at(e, { onlineUrl: 'javascript:alert(1)' })],
        ['staff[0].userId', { ...good, staff: [{ userId: NIL, role: 'trainer' }] }],
        ['staff[0].role', { ...good, staff: [{ userId: trainer.id, role: 'owner' }] }],
        [
          'staff',
          {
            ...good,
            staff: [
              { userId: trainer.id, role: 'trainer' },
              { userId: trainer.id, role: 'versneller' },
            ],
          },
        ],
      ];
      const outcomes = [];
      for (const [field, body] of bad) {
        const res = await t.http
          .post(`/api/programmes/${programme.id}/cohorts`)
          .set(ld.auth)
          .send(body as object);
        const fields = ((res.body as Problem).errors ?? []).map((x) => x.field);
        outcomes.push({
          field,
          status: res.status,
          named: fields.some((f) => f === field || f.startsWith(`${field}.`)) || fields,
        });
      }
      expect(outcomes).toEqual(bad.map(([field]) => ({ field, status: 400, named: true })));
      expect(await counts(...tables)).toEqual(before);
    });

    it('a part is moved within its rules: a choice deadline only on an elective part, the end after the start', async () => {
      const plenary = partOfKind(other.cohort, 'plenary');
      const url = `/api/cohorts/${other.cohort.id}/parts/${plenary.id}`;
      const row = async () =>
        (
          await t.dataSource.query<Record<string, unknown>[]>(
            `SELECT starts_at, ends_at, choice_deadline, guest_capacity, venue_name, online_url FROM cohort_parts WHERE id = $1`,
            [plenary.id],
          )
        )[0];
      const before = await row();
      for (const [field, body] of [
        ['choiceDeadline', { choiceDeadline: daysFromNow(5) }],
        ['endsAt', { endsAt: daysFromNow(2) }],
        ['startsAt', { startsAt: daysFromNow(-3) }],
        ['guestCapacity', { guestCapacity: 5 }],
        ['guestCapacity', { guestCapacity: -1 }],
        ['onlineUrl', { onlineUrl: 'http://onveilig.example' }],
      ] as [string, Record<string, unknown>][]) {
        const res = await t.http.put(url).set(ld.auth).send(body);
        expect({ field, status: res.status, fields: ((res.body as Problem).errors ?? []).map((x) => x.field) }).toEqual(
          {
            field,
            status: 400,
            fields: expect.arrayContaining([field]) as unknown,
          },
        );
      }
      expect(await row()).toEqual(before);
    });

    it('a part added to the structure after cohorts exist leaves those cohorts, the calendar and Mijn leren working', async () => {
      const p = await newProgramme(ld, { title: 'Programma dat groeit' });
      await publish(p);
      const c = (
        await t.http
          .post(`/api/programmes/${p.id}/cohorts`)
          .set(ld.auth)
          .send(withDeadline(p, { startDay: 180 }))
          .expect(201)
      ).body as CohortView;
      const member = await actor(t, orgs[1].id, { name: 'Groei Deelnemer' });
      await enrolInCohort(t, member, c.id, { acceptOverlaps: true });
      const grown = await t.http
        .patch(`/api/programmes/${p.id}`)
        .set(ld.auth)
        .send({
          parts: [
            ...p.parts.map((x, i) => ({ ...WERKATELIER.parts[i], id: x.id })),
            { title: 'Terugkomdag', kind: 'plenary', durationHours: 3, format: 'online' },
          ],
        });
      expect(grown.status).toBeLessThan(500);
      await t.http.get(`/api/cohorts/${c.id}`).set(member.auth).expect(200);
      await t.http.get(`/api/programmes/${p.id}`).set(member.auth).expect(200);
      await t.http.get('/api/me/programmes').set(member.auth).expect(200);
      const feed = (await t.http.post('/api/me/calendar-feed').set(member.auth).expect(201)).body as { url: string };
      await t.http.get(new URL(feed.url).pathname).expect(200);
      await t.http.get(`/api/cohorts/${c.id}/enrolments`).set(ld.auth).expect(200);
    });

    it('malformed JSON, the wrong content type and no authentication are 4xx problem+json', async () => {
      const c = cohort.id;
      for (const [path, method] of [
        ['/api/programmes', 'post'],
        [`/api/programmes/${programme.id}`, 'patch'],
        [`/api/programmes/${programme.id}/cohorts`, 'post'],
        [`/api/cohorts/${c}`, 'patch'],
        [`/api/cohorts/${c}/enrolments`, 'post'],
        [`/api/cohorts/${c}/parts/${elective().id}/choices`, 'put'],
        [`/api/cohorts/${c}/groups`, 'post'],
        [`/api/cohorts/${c}/assignment`, 'put'],
        [`/api/cohorts/${c}/parts/${dinner().id}/guests`, 'post'],
      ] as [string, Method][]) {
        for (const [type, raw] of [
          ['application/json', '{"title": "kapot'],
          ['application/json', '{"__proto__": {"isAdmin": true}}'],
          ['application/json', 'null'],
          ['application/json', '"tekst"'],
          ['text/plain', 'title=Hallo'],
          ['application/x-www-form-urlencoded', 'moduleIds[]=a&moduleIds[]=b'],
          ['application/xml', '<programme/>'],
        ]) {
          const res = await t.http[method](path).set(ld.auth).set('Content-Type', type).send(raw);
          // JSON that is broken or no object is 400; a body that is not JSON is not read, as if empty (where
          // every field is optional that may be fine: an empty PATCH is a no-op).
          const ok = type === 'application/json' ? res.status === 400 : res.status < 500;
          expect({ path, type, raw, ok }).toEqual({ path, type, raw, ok: true });
          if (res.status >= 400) expect(res.headers['content-type']).toMatch(/problem\+json/);
        }
        const anon = await t.http[method](path).send({});
        expect({ path, status: anon.status }).toEqual({ path, status: 401 });
        expect(anon.headers['content-type']).toMatch(/problem\+json/);
      }
    });

    it('a waitlisted person is no participant: no choices, assignment or guests (403), nothing stored', async () => {
      const waiting = learners[6];
      const tables = ['module_choices', 'learning_assignments', 'cohort_guests'];
      const before = await counts(...tables);
      const res = [
        await t.http
          .put(`/api/cohorts/${cohort.id}/parts/${elective().id}/choices`)
          .set(waiting.auth)
          .send({ moduleIds: modules.map((m) => m.id) }),
        await t.http
          .put(`/api/cohorts/${cohort.id}/assignment`)
          .set(waiting.auth)
          .send({ changeGoal: 'Mijn eigen doel voor het werk.', successSigns: 'Dat merk ik aan mijn collega’s.' }),
        await t.http
          .post(`/api/cohorts/${cohort.id}/parts/${dinner().id}/guests`)
          .set(waiting.auth)
          .send({ name: 'Gast Wachtlijst', organisation: 'Ketenpartner', email: 'wacht@gast.example' }),
      ];
      expect(res.map((r) => r.status)).toEqual([403, 403, 403]);
      expect(await counts(...tables)).toEqual(before);
    });

    it('enrolment rules: a second enrolment is 409, after cancelling one may enrol again, a passed deadline is 409', async () => {
      const p = (
        await t.http
          .post(`/api/programmes/${programme.id}/cohorts`)
          .set(ld.auth)
          .send(withDeadline(programme, { name: 'Tranche regels', startDay: 200 }))
          .expect(201)
      ).body as CohortView;
      const who = await actor(t, orgs[2].id, { name: 'Regel Deelnemer' });
      const e = await enrolInCohort(t, who, p.id, { acceptOverlaps: true });
      problem(await t.http.post(`/api/cohorts/${p.id}/enrolments`).set(who.auth).send({ acceptOverlaps: true }), 409);
      await t.http.post(`/api/enrolments/${e.id}/cancel`).set(who.auth).send({ reason: 'ziekte' }).expect(200);
      const again = await t.http.post(`/api/cohorts/${p.id}/enrolments`).set(who.auth).send({ acceptOverlaps: true });
      expect(again.status).toBe(201);
      for (const body of [{ managerId: who.id }, { managerEmail: 'niemand@nergens.example' }, { managerId: NIL }]) {
        const newcomer = await actor(t, orgs[2].id);
        const r = await t.http.post(`/api/cohorts/${p.id}/enrolments`).set(newcomer.auth).send(body);
        expect({ body, status: r.status < 500 }).toEqual({ body, status: true });
      }
      await t.http
        .patch(`/api/cohorts/${p.id}`)
        .set(ld.auth)
        .send({ enrolmentDeadline: new Date(Date.now() + 2000).toISOString() })
        .expect(200);
      await new Promise((r) => setTimeout(r, 2100));
      const late = await actor(t, orgs[2].id);
      const before = await count('enrolments');
      problem(await t.http.post(`/api/cohorts/${p.id}/enrolments`).set(late.auth).send({ acceptOverlaps: true }), 409);
      expect(await count('enrolments')).toBe(before);
    });

    it('allocation and group edge cases: publish before a run, a run without modules, groups of nobody — no 5xx', async () => {
      const p = (
        await t.http
          .post(`/api/programmes/${programme.id}/cohorts`)
          .set(ld.auth)
          .send(withDeadline(programme, { name: 'Tranche leeg', startDay: 220 }))
          .expect(201)
      ).body as CohortView;
      const e = partOfKind(p, 'elective');
      const statuses = {
        publishFirst: (await t.http.post(`/api/cohorts/${p.id}/parts/${e.id}/allocation/publish`).set(ld.auth)).status,
        runNoModules: (await t.http.post(`/api/cohorts/${p.id}/parts/${e.id}/allocation`).set(ld.auth).send({})).status,
        moveNobody: (
          await t.http
            .put(`/api/cohorts/${p.id}/parts/${e.id}/allocation/${learners[0].id}`)
            .set(ld.auth)
            .send({ moduleId: modules[0].id })
        ).status,
        groupsNobody: (await t.http.post(`/api/cohorts/${p.id}/groups`).set(ld.auth).send({ kind: 'werkatelier' }))
          .status,
        groupsList: (await t.http.get(`/api/cohorts/${p.id}/groups`).set(ld.auth)).status,
        allocationGet: (await t.http.get(`/api/cohorts/${p.id}/parts/${e.id}/allocation`).set(ld.auth)).status,
        myModules: (await t.http.get('/api/me/modules').set(stranger.auth)).status,
        review: (await t.http.get('/api/me/assignments-to-review').set(stranger.auth)).status,
      };
      expect(Object.entries(statuses).filter(([, st]) => st >= 500)).toEqual([]);
    });

    it('assignment edge cases: sharing or inviting before writing, blank or huge texts — 4xx, nothing stored', async () => {
      const fresh = learners[4];
      const url = `/api/cohorts/${cohort.id}/assignment`;
      const tables = ['learning_assignments', 'assignment_comments', 'assignment_progress'];
      const before = await counts(...tables);
      const outcomes = {
        share: (await t.http.patch(url).set(fresh.auth).send({ sharedWithGroup: true })).status,
        invite: (await t.http.post(`${url}/manager`).set(fresh.auth).send({ managerId: manager.id })).status,
        progress: (
          await t.http
            .put(`${url}/progress/${cohort.parts[0].id}`)
            .set(fresh.auth)
            .send({ note: 'Voortgang zonder opdracht.' })
        ).status,
        blank: (await t.http.put(url).set(fresh.auth).send({ changeGoal: '   ', successSigns: '\n\t' })).status,
        huge: (
          await t.http
            .put(url)
            .set(fresh.auth)
            .send({ changeGoal: 'x'.repeat(100_000), successSigns: 'ja' })
        ).status,
        comment: (
          await t.http
            .post(`/api/assignments/${assignmentId}/comments`)
            .set(manager.auth)
            .send({ body: ' '.repeat(20) })
        ).status,
        hugeComment: (
          await t.http
            .post(`/api/assignments/${assignmentId}/comments`)
            .set(manager.auth)
            .send({ body: 'y'.repeat(100_000) })
        ).status,
      };
      expect(Object.entries(outcomes).filter(([, st]) => st < 400 || st >= 500)).toEqual([]);
      expect(await counts(...tables)).toEqual(before);
    });

    it('programme status moves only along draft → published → archived; anything else is 4xx', async () => {
      const p = await newProgramme(ld, { title: 'Programma met een levensloop' });
      const to = async (status: unknown) =>
        (await t.http.post(`/api/programmes/${p.id}/status`).set(ld.auth).send({ status })).status;
      const seen = {
        draft: await to('draft'),
        unknown: await to('gepubliceerd'),
        number: await to(1),
        published: await to('published'),
        republished: await to('published'),
        archived: await to('archived'),
        rearchived: await to('archived'),
      };
      expect(Object.entries(seen).filter(([, st]) => st >= 500)).toEqual([]);
      expect({
        draft: seen.draft,
        unknown: seen.unknown,
        number: seen.number,
        published: seen.published,
        archived: seen.archived,
      }).toEqual({
        draft: 400,
        unknown: 400,
        number: 400,
        published: 200,
        archived: 200,
      });
      const after = (await t.http.get(`/api/programmes/${p.id}`).set(ld.auth).expect(200)).body as ProgrammeView;
      expect(after.status).toBe('archived');
    });
  });
});

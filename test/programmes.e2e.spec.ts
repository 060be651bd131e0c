import { createTestApp, type TestApp } from './support/app.js';
import {
  type Actor,
  actor,
  bookableSession,
  createOrganisation,
  daysFromNow,
  type OrgRow,
} from './support/factories.js';
import {
  cohortBody,
  type CohortView,
  enrolInCohort,
  programmeWithCohort,
  type ProgrammeView,
  WERKATELIER,
} from './support/programme-factories.js';

interface Problem {
  code: string;
  errors?: { field: string; messages: string[] }[];
}

describe('Learning programmes in cohorts (issue #11)', () => {
  let t: TestApp;
  let org: OrgRow;
  let otherOrg: OrgRow;
  let ld: Actor;
  const count = async (table: string) =>
    (await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  const cohort = async (a: Actor | null, id: string) =>
    (await (a ? t.http.get(`/api/cohorts/${id}`).set(a.auth) : t.http.get(`/api/cohorts/${id}`)).expect(200))
      .body as CohortView;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrganisation(t.dataSource, { name: 'Ministerie van Voorbeeldzaken' });
    otherOrg = await createOrganisation(t.dataSource, { name: 'Inspectie Voorbeeld' });
    ld = await actor(t, org.id, { roles: ['ld'], name: 'Lotte L&D' });
  });
  afterAll(() => t.close());

  describe('a programme', () => {
    it('is made by L&D as a draft with its ordered structure, seen only by its owners until published', async () => {
      const learner = await actor(t, org.id);
      const res = await t.http.post('/api/programmes').set(ld.auth).send(WERKATELIER).expect(201);
      const p = res.body as ProgrammeView & { durationHours: number; canEdit: boolean };
      expect(p.status).toBe('draft');
      expect(p.parts.map((x) => x.kind)).toEqual(['plenary', 'group_meeting', 'elective', 'intervision']);
      expect(p.durationHours).toBe(21);
      expect(p.canEdit).toBe(true);
      await t.http.get(`/api/programmes/${p.id}`).set(learner.auth).expect(404);
      expect(
        ((await t.http.get('/api/programmes').expect(200)).body as { id: string }[]).map((x) => x.id),
      ).not.toContain(p.id);

      await t.http.post(`/api/programmes/${p.id}/status`).set(ld.auth).send({ status: 'published' }).expect(200);
      const seen = (await t.http.get(`/api/programmes/${p.id}`).set(learner.auth).expect(200)).body as {
        canEdit: boolean;
      };
      expect(seen.canEdit).toBe(false);
      expect(((await t.http.get('/api/programmes').expect(200)).body as { id: string }[]).map((x) => x.id)).toContain(
        p.id,
      );
      // Found in the catalogue beside courses, as a programme.
      const catalogue = (await t.http.get('/api/catalogue/courses?topic=beleidsvakmanschap').expect(200)).body as {
        items: { id: string; kind: string }[];
      };
      expect(catalogue.items.find((x) => x.id === p.id)?.kind).toBe('programme');
      await t.http.patch(`/api/programmes/${p.id}`).set(learner.auth).send({ title: 'Gekaapt' }).expect(403);
    });

    it('is refused to someone who is not L&D, and bad input changes nothing', async () => {
      const learner = await actor(t, org.id);
      await t.http.post('/api/programmes').set(learner.auth).send(WERKATELIER).expect(403);
      const before = await count('programmes');
      const bad = await t.http
        .post('/api/programmes')
        .set(ld.auth)
        .send({ ...WERKATELIER, parts: [{ title: 'X', kind: 'workshop', durationHours: 0, format: 'klassikaal' }] })
        .expect(400);
      expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
      expect((bad.body as Problem).errors?.map((e) => e.field)).toEqual(
        expect.arrayContaining(['parts[0].kind', 'parts[0].durationHours']),
      );
      await t.http
        .post('/api/programmes')
        .set(ld.auth)
        .send({ ...WERKATELIER, audience: 'listed' })
        .expect(400);
      await t.http
        .post('/api/programmes')
        .set(ld.auth)
        .send({ ...WERKATELIER, coOwnerOrganisationIds: ['00000000-0000-4000-8000-000000000000'] })
        .expect(400);
      const long = Array.from({ length: 26 }, (_, i) => ({
        title: `Dag ${String(i + 1)}`,
        kind: 'plenary',
        durationHours: 40,
        format: 'online',
      }));
      await t.http
        .post('/api/programmes')
        .set(ld.auth)
        .send({ ...WERKATELIER, parts: long })
        .expect(400);
      expect(await count('programmes')).toBe(before);
    });

    it('keeps parts with their cohorts’ dates when reordered, and refuses to drop a scheduled part', async () => {
      const { programme, cohort: c } = await programmeWithCohort(t, ld);
      const [a, b, e, i] = programme.parts;
      const reordered = (
        await t.http
          .patch(`/api/programmes/${programme.id}`)
          .set(ld.auth)
          .send({ parts: [b, a, e, i].map((x) => ({ ...WERKATELIER.parts[programme.parts.indexOf(x)], id: x.id })) })
          .expect(200)
      ).body as ProgrammeView;
      expect(reordered.parts.map((x) => x.id)).toEqual([b.id, a.id, e.id, i.id]);
      expect((await cohort(ld, c.id)).parts).toHaveLength(4);
      const dropped = await t.http
        .patch(`/api/programmes/${programme.id}`)
        .set(ld.auth)
        .send({ parts: [a].map((x) => ({ ...WERKATELIER.parts[0], id: x.id })) })
        .expect(409);
      expect(dropped.headers['content-type']).toMatch(/application\/problem\+json/);
      expect((await t.http.get(`/api/programmes/${programme.id}`).set(ld.auth).expect(200)).body.parts).toHaveLength(4);
    });

    it('lets L&D of a co-owning organisation plan cohorts, and nobody else', async () => {
      const coLd = await actor(t, otherOrg.id, { roles: ['ld'] });
      const strangerOrg = await createOrganisation(t.dataSource);
      const strangerLd = await actor(t, strangerOrg.id, { roles: ['ld'] });
      const { programme } = await programmeWithCohort(t, ld, { programme: { coOwnerOrganisationIds: [otherOrg.id] } });
      await t.http
        .post(`/api/programmes/${programme.id}/cohorts`)
        .set(coLd.auth)
        .send(cohortBody(programme, { name: 'Tranche 2', startDay: 60 }))
        .expect(201);
      await t.http
        .post(`/api/programmes/${programme.id}/cohorts`)
        .set(strangerLd.auth)
        .send(cohortBody(programme, { name: 'Tranche 3' }))
        .expect(403);
      const p = (await t.http.get(`/api/programmes/${programme.id}`).expect(200)).body as ProgrammeView;
      expect(p.cohorts.map((c) => c.name)).toEqual(['Tranche 1', 'Tranche 2']);
    });
  });

  describe('a cohort', () => {
    it('needs every part once, in the future, with a place; otherwise 400 with the fields and nothing made', async () => {
      const { programme } = await programmeWithCohort(t, ld);
      const before = await count('cohorts');
      const body = cohortBody(programme);
      const missing = { ...body, parts: body.parts.slice(1) };
      const r1 = await t.http.post(`/api/programmes/${programme.id}/cohorts`).set(ld.auth).send(missing).expect(400);
      expect((r1.body as Problem).errors?.map((e) => e.field)).toContain('parts');
      const past = { ...body, parts: body.parts.map((p, i) => (i === 0 ? { ...p, startsAt: daysFromNow(-1) } : p)) };
      const r2 = await t.http.post(`/api/programmes/${programme.id}/cohorts`).set(ld.auth).send(past).expect(400);
      expect((r2.body as Problem).errors?.map((e) => e.field)).toContain('parts[0].startsAt');
      const guests = { ...body, parts: body.parts.map((p, i) => (i === 0 ? { ...p, guestCapacity: 5 } : p)) };
      const r3 = await t.http.post(`/api/programmes/${programme.id}/cohorts`).set(ld.auth).send(guests).expect(400);
      expect((r3.body as Problem).errors?.map((e) => e.field)).toContain('parts[0].guestCapacity');
      expect(await count('cohorts')).toBe(before);
      expect(await count('course_sessions WHERE course_id = ' + `'${programme.id}'`)).toBe(1);
    });

    it('takes a minimum of participants with a go/no-go moment, within its capacity', async () => {
      const { programme } = await programmeWithCohort(t, ld);
      const body = {
        ...cohortBody(programme, { name: 'Met minimum', capacity: 10 }),
        minParticipants: 6,
        autoCancel: true,
      };
      const made = (await t.http.post(`/api/programmes/${programme.id}/cohorts`).set(ld.auth).send(body).expect(201))
        .body as CohortView;
      const [row] = await t.dataSource.query<{ min: number; auto: boolean; at: Date | null }[]>(
        `SELECT min_participants AS min, auto_cancel AS auto, go_no_go_at AS at FROM course_sessions WHERE id = $1`,
        [made.id],
      );
      expect(row).toMatchObject({ min: 6, auto: true });
      expect(row.at).not.toBeNull();
      const before = await count('cohorts');
      const tooMany = await t.http
        .post(`/api/programmes/${programme.id}/cohorts`)
        .set(ld.auth)
        .send({ ...body, minParticipants: 11 })
        .expect(400);
      expect((tooMany.body as Problem).errors?.map((e) => e.field)).toContain('minParticipants');
      expect(await count('cohorts')).toBe(before);
    });

    it('spans its parts, gives the elective part a choice deadline before it, and lists versnellers', async () => {
      const versneller = await actor(t, otherOrg.id, { name: 'Vera Versneller' });
      const { cohort: c } = await programmeWithCohort(t, ld);
      expect(new Date(c.parts[0].startsAt).getTime()).toBeLessThan(new Date(c.parts[3].startsAt).getTime());
      const elective = c.parts.find((p) => p.kind === 'elective');
      expect(elective?.choiceDeadline).not.toBeNull();
      expect(new Date(elective?.choiceDeadline ?? 0).getTime()).toBeLessThan(
        new Date(elective?.startsAt ?? 0).getTime(),
      );
      const withStaff = (
        await t.http
          .put(`/api/cohorts/${c.id}/staff/${versneller.id}`)
          .set(ld.auth)
          .send({ role: 'versneller' })
          .expect(200)
      ).body as { staff: { name: string; role: string }[] };
      expect(withStaff.staff).toEqual([expect.objectContaining({ name: 'Vera Versneller', role: 'versneller' })]);
      expect((await cohort(versneller, c.id)).myRole).toBe('versneller');
      // A versneller sees participants but does not organise.
      await t.http.get(`/api/cohorts/${c.id}/enrolments`).set(versneller.auth).expect(200);
      await t.http.patch(`/api/cohorts/${c.id}`).set(versneller.auth).send({ capacity: 3 }).expect(403);
    });
  });

  describe('one enrolment books the whole package', () => {
    it('under the seat rules: confirmed until full, then a FIFO waitlist whose head is offered a freed seat', async () => {
      const { cohort: c } = await programmeWithCohort(t, ld, { cohort: { capacity: 2 } });
      const [a, b, w1, w2] = await Promise.all(
        [1, 2, 3, 4].map((i) => actor(t, org.id, { name: `Deelnemer ${String(i)}` })),
      );
      expect((await enrolInCohort(t, a, c.id)).status).toBe('confirmed');
      expect((await enrolInCohort(t, b, c.id)).status).toBe('confirmed');
      const q1 = await enrolInCohort(t, w1, c.id);
      const q2 = await enrolInCohort(t, w2, c.id);
      expect([q1.status, q1.position, q2.position]).toEqual(['waitlisted', 1, 2]);
      expect((await cohort(w2, c.id)).myEnrolment).toEqual(
        expect.objectContaining({ status: 'waitlisted', position: 2 }),
      );
      await t.http.post(`/api/cohorts/${c.id}/enrolments`).set(a.auth).send({}).expect(409);

      const ea = (await cohort(a, c.id)).myEnrolment;
      expect(ea?.status).toBe('confirmed');
      await t.http
        .post(`/api/enrolments/${ea?.id ?? ''}/cancel`)
        .set(a.auth)
        .send({ reason: 'werkdruk_prioriteiten' })
        .expect(200);
      expect((await t.http.get(`/api/enrolments/${q1.id}`).set(w1.auth).expect(200)).body.status).toBe('offered');
      expect((await cohort(w2, c.id)).myEnrolment?.position).toBe(1);
    });

    it('grows with a higher capacity: the waitlist moves up as for any session', async () => {
      const { cohort: c } = await programmeWithCohort(t, ld, { cohort: { capacity: 1 } });
      const [a, w] = await Promise.all([actor(t, org.id), actor(t, org.id)]);
      await enrolInCohort(t, a, c.id);
      const q = await enrolInCohort(t, w, c.id);
      expect(q.status).toBe('waitlisted');
      await t.http.patch(`/api/cohorts/${c.id}`).set(ld.auth).send({ capacity: 2 }).expect(200);
      expect((await t.http.get(`/api/enrolments/${q.id}`).set(w.auth).expect(200)).body.status).not.toBe('waitlisted');
    });

    it('goes to the manager first when the programme needs approval', async () => {
      const manager = await actor(t, org.id, { name: 'Manon Manager' });
      const learner = await actor(t, org.id);
      const { cohort: c } = await programmeWithCohort(t, ld, { programme: { requiresManagerApproval: true } });
      const e = await enrolInCohort(t, learner, c.id, { managerId: manager.id });
      expect(e.status).toBe('pending_approval');
      await t.http.post(`/api/enrolments/${e.id}/approve`).set(manager.auth).expect(200);
      expect((await cohort(learner, c.id)).myEnrolment?.status).toBe('confirmed');
    });

    it('cannot be booked as a plain session', async () => {
      const learner = await actor(t, org.id);
      const { cohort: c } = await programmeWithCohort(t, ld);
      const res = await t.http.post(`/api/sessions/${c.id}/enrolments`).set(learner.auth).send({}).expect(409);
      expect((res.body as Problem).code).toBe('BOOK_AS_PACKAGE');
      expect(await count(`enrolments WHERE session_id = '${c.id}'`)).toBe(0);
    });

    it('is open only to the listed organisations when the audience is listed', async () => {
      const outsider = await actor(t, otherOrg.id);
      const insider = await actor(t, org.id);
      const { cohort: c } = await programmeWithCohort(t, ld, {
        programme: { audience: 'listed', audienceOrganisationIds: [org.id] },
      });
      const res = await t.http.post(`/api/cohorts/${c.id}/enrolments`).set(outsider.auth).send({}).expect(403);
      expect((res.body as Problem).code).toBe('PROGRAMME_NOT_IN_AUDIENCE');
      expect((await enrolInCohort(t, insider, c.id)).status).toBe('confirmed');
    });

    it('warns about overlaps with other bookings and is refused unless they are accepted', async () => {
      const learner = await actor(t, org.id);
      const { programme, cohort: c } = await programmeWithCohort(t, ld);
      // A course session on the day of the cohort's first part.
      const first = c.parts[0];
      const { sessionId } = await bookableSession(t, org.id, {
        startsAt: new Date(first.startsAt),
        endsAt: new Date(first.endsAt),
      });
      await t.http.post(`/api/sessions/${sessionId}/enrolments`).set(learner.auth).send({}).expect(201);
      const overlaps = (await t.http.get(`/api/cohorts/${c.id}/overlaps`).set(learner.auth).expect(200)).body as {
        partTitle: string;
      }[];
      expect(overlaps.map((o) => o.partTitle)).toEqual([programme.parts[0].title]);
      const refused = await t.http.post(`/api/cohorts/${c.id}/enrolments`).set(learner.auth).send({}).expect(409);
      expect((refused.body as Problem).code).toBe('COHORT_OVERLAPS_SESSIONS');
      expect(await count(`enrolments WHERE session_id = '${c.id}'`)).toBe(0);
      const ok = await t.http
        .post(`/api/cohorts/${c.id}/enrolments`)
        .set(learner.auth)
        .send({ acceptOverlaps: true })
        .expect(201);
      expect((ok.body as { overlaps: unknown[] }).overlaps).toHaveLength(1);
    });

    it('puts every part in the calendar feed, and a moved part updates its event', async () => {
      const learner = await actor(t, org.id);
      const { cohort: c } = await programmeWithCohort(t, ld);
      const e = await enrolInCohort(t, learner, c.id);
      const feed = (await t.http.post('/api/me/calendar-feed').set(learner.auth).expect(201)).body as { url: string };
      const path = new URL(feed.url).pathname;
      // Unfolded: iCalendar folds long lines (RFC 5545 §3.1).
      const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
      const ics = unfold((await t.http.get(path).expect(200)).text);
      for (const p of c.parts) expect(ics).toContain(`UID:${e.id}-${p.id}@collegiaal`);
      const seqOf = (text: string, partId: string) =>
        Number(new RegExp(`UID:${e.id}-${partId}@collegiaal[\\s\\S]*?SEQUENCE:(\\d+)`).exec(text)?.[1] ?? NaN);
      const last = c.parts[3];
      const before = seqOf(ics, last.id);
      await t.http
        .put(`/api/cohorts/${c.id}/parts/${last.id}`)
        .set(ld.auth)
        .send({ startsAt: daysFromNow(60, 8), endsAt: daysFromNow(60, 10) })
        .expect(200);
      const after = unfold((await t.http.get(path).expect(200)).text);
      expect(seqOf(after, last.id)).toBeGreaterThan(before);
      expect(new Date((await cohort(learner, c.id)).parts[3].startsAt).toISOString()).toBe(daysFromNow(60, 8));
    });

    it('keeps a part’s guest capacity at or above the guests already invited (409), ', async () => {
      const learner = await actor(t, org.id);
      const { cohort: c } = await programmeWithCohort(t, ld, { cohort: { guestCapacity: 3 } });
      await enrolInCohort(t, learner, c.id);
      const dinner = c.parts.find((p) => p.guestCapacity > 0);
      expect(dinner).toBeDefined();
      const partUrl = `/api/cohorts/${c.id}/parts/${dinner?.id ?? ''}`;
      await t.http
        .post(`${partUrl}/guests`)
        .set(learner.auth)
        .send({ name: 'Gerda Gast', organisation: 'Waterschap Voorbeeld', email: 'gerda@waterschap.example' })
        .expect(201);
      const refused = await t.http.put(partUrl).set(ld.auth).send({ guestCapacity: 0 }).expect(409);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      expect((await cohort(ld, c.id)).parts.find((p) => p.id === dinner?.id)?.guestCapacity).toBe(3);
      await t.http.put(partUrl).set(ld.auth).send({ guestCapacity: 1 }).expect(200);
    });

    it('shows the allocated module in the elective part’s calendar event once published', async () => {
      const learner = await actor(t, org.id);
      const { cohort: c } = await programmeWithCohort(t, ld);
      const e = await enrolInCohort(t, learner, c.id);
      const elective = c.parts.find((p) => p.kind === 'elective');
      const partUrl = `/api/cohorts/${c.id}/parts/${elective?.id ?? ''}`;
      const module = (
        await t.http
          .post(`${partUrl}/modules`)
          .set(ld.auth)
          .send({ title: 'Wetgevingskwaliteit', cap: 10, venueName: 'Zaal Thorbecke', city: 'Den Haag' })
          .expect(201)
      ).body as { id: string };
      await t.http
        .put(`${partUrl}/choices`)
        .set(learner.auth)
        .send({ moduleIds: [module.id] })
        .expect(200);
      // Staff see every participant's ranking; a participant does not see others'.
      const overview = (await t.http.get(`${partUrl}/choices/overview`).set(ld.auth).expect(200)).body as {
        chosen: number;
        rankings: { userId: string; moduleIds: string[] }[];
      };
      expect(overview.chosen).toBe(1);
      expect(overview.rankings).toEqual([expect.objectContaining({ userId: learner.id, moduleIds: [module.id] })]);
      await t.http.get(`${partUrl}/choices/overview`).set(learner.auth).expect(403);
      await t.http.post(`${partUrl}/allocation`).set(ld.auth).send({ seed: 'test' }).expect(200);
      const feed = (await t.http.post('/api/me/calendar-feed').set(learner.auth).expect(201)).body as { url: string };
      const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
      const read = async () => unfold((await t.http.get(new URL(feed.url).pathname).expect(200)).text);
      const event = (ics: string) =>
        new RegExp(`UID:${e.id}-${elective?.id ?? ''}@collegiaal[\\s\\S]*?END:VEVENT`).exec(ics)?.[0] ?? '';
      expect(event(await read())).not.toContain('Wetgevingskwaliteit');
      await t.http.post(`${partUrl}/allocation/publish`).set(ld.auth).send({}).expect(200);
      const published = event(await read());
      expect(published).toContain('Wetgevingskwaliteit');
      expect(published).toContain('Zaal Thorbecke');
    });

    it('shows in Mijn leren with every part', async () => {
      const learner = await actor(t, org.id);
      const { cohort: c } = await programmeWithCohort(t, ld);
      await enrolInCohort(t, learner, c.id);
      const mine = (await t.http.get('/api/me/programmes').set(learner.auth).expect(200)).body as {
        cohort: CohortView;
      }[];
      expect(mine.map((m) => m.cohort.id)).toEqual([c.id]);
      expect(mine[0].cohort.parts).toHaveLength(4);
      expect(mine[0].cohort.myEnrolment?.status).toBe('confirmed');
    });

    it('when cancelled, tells everyone and releases the places', async () => {
      const learner = await actor(t, org.id);
      const { cohort: c } = await programmeWithCohort(t, ld);
      const e = await enrolInCohort(t, learner, c.id);
      await t.http.post(`/api/cohorts/${c.id}/cancel`).set(learner.auth).expect(403);
      await t.http.post(`/api/cohorts/${c.id}/cancel`).set(ld.auth).expect(200);
      expect((await t.http.get(`/api/enrolments/${e.id}`).set(learner.auth).expect(200)).body.status).toBe('cancelled');
    });
  });
});

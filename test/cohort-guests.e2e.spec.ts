import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { JobQueue } from '#libs/jobs';
import { GuestsPersonalData } from '#libs/programmes';
import { GuestsService } from '../libs/programmes/src/guests/guests.service.js';
import {
  GUEST_CANCELLATION_JOB,
  GUEST_INVITATION_JOB,
  GUESTS_PER_PARTICIPANT,
} from '../libs/programmes/src/guests/guests.service.js';
import { createTestApp, type TestApp } from './support/app.js';
import { type Actor, actor, bulkActors, createOrganisation, type OrgRow } from './support/factories.js';
import { confirm, people, programmeWithCohort, type ProgrammeFixture, staff } from './support/programme-fixture.js';

interface Guest {
  id: string;
  cohortPartId: string;
  name: string;
  organisation: string;
  email: string;
  invitedBy: { id: string; name: string };
}
interface GuestList {
  allowsGuests: boolean;
  guestCapacity: number;
  guestsInvited: number;
  placesLeft: number;
  perParticipantLimit: number;
  guests: Guest[];
}

/** Issue #11 item 7: "gast aan tafel" — external guests at a part that allows them, with a calendar invitation. */
describe('Guests at a cohort part', () => {
  let t: TestApp;
  let org: OrgRow;
  let fx: ProgrammeFixture;
  let dinner: string;
  let kickOff: string;
  let ann: Actor;
  let bob: Actor;
  let cas: Actor;
  let trainer: Actor;
  let organiser: Actor;
  let stranger: Actor;
  let seq = 0;

  const guestsUrl = (part: string, cohortId = fx.cohortId) => `/api/cohorts/${cohortId}/parts/${part}/guests`;
  const guest = (extra: Record<string, unknown> = {}) => {
    seq += 1;
    return {
      name: `Gast ${seq}`,
      organisation: 'Woningcorporatie De Linge',
      email: `gast-${seq}@delinge.example`,
      ...extra,
    };
  };
  const count = async (part: string) =>
    (
      await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM cohort_guests WHERE cohort_part_id = $1`,
        [part],
      )
    )[0].n;
  const jobs = (name: string, guestId: string) =>
    t.dataSource.query<{ data: Record<string, string> }[]>(
      `SELECT data FROM pgboss.job WHERE name = $1 AND data->>'guestId' = $2`,
      [name, guestId],
    );
  /** The mail as written to MAIL_DIR (no SMTP in tests), by its id; null when none was sent. */
  const sent = (id: string) =>
    readFile(path.join(path.resolve(t.config.MAIL_DIR), `${id}.eml`), 'utf8').catch(() => null);
  const runJobs = async (name: string, guestId: string) => {
    for (const job of await jobs(name, guestId)) await t.app.get(JobQueue).runNow(name, job.data);
  };

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrganisation(t.dataSource);
    fx = await programmeWithCohort(t, org.id, [
      { title: 'Verkenning', kind: 'plenary', startsInDays: 20 },
      {
        title: 'Werkatelier dag 2 met stakeholdersdiner',
        kind: 'group_meeting',
        allowsGuests: true,
        guestCapacity: 5,
        startsInDays: 27,
      },
    ]);
    [kickOff, dinner] = fx.partIds;
    [ann, bob, cas, trainer, organiser, stranger] = await people(t, org.id, [
      'Ann Deelnemer',
      'Bob Deelnemer',
      'Cas Deelnemer',
      'Tim Trainer',
      'Olga Organisator',
      'Sam Vreemde',
    ]);
    await confirm(t, fx.cohortId, [ann, bob, cas]);
    await staff(t, fx.cohortId, trainer, 'trainer');
    await staff(t, fx.cohortId, organiser, 'organiser');
  });
  afterAll(() => t.close());

  it('a participant invites a guest, who gets an e-mail with a calendar invitation (METHOD:REQUEST) and no account', async () => {
    const body = guest({ name: 'Fatima el Amrani', email: 'F.ElAmrani@DeLinge.example' });
    const res = await t.http.post(guestsUrl(dinner)).set(ann.auth).send(body).expect(201);
    const g = res.body as Guest;
    expect(g).toMatchObject({
      cohortPartId: dinner,
      name: 'Fatima el Amrani',
      organisation: 'Woningcorporatie De Linge',
      email: 'F.ElAmrani@DeLinge.example',
      invitedBy: { id: ann.id, name: 'Ann Deelnemer' },
    });
    // Only name, organisation and address are kept; the guest has no account.
    const [row] = await t.dataSource.query(`SELECT * FROM cohort_guests WHERE id = $1`, [g.id]);
    expect(Object.keys(row).sort()).toEqual(
      ['cohort_part_id', 'created_at', 'email', 'id', 'invited_by_id', 'name', 'organisation'].sort(),
    );
    expect(
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE lower(email) = lower($1)`, [body.email]))[0]
        .n,
    ).toBe(0);

    // The mail was enqueued with the guest (same transaction) and is sent by its job.
    expect(await jobs(GUEST_INVITATION_JOB, g.id)).toHaveLength(1);
    await runJobs(GUEST_INVITATION_JOB, g.id);
    const mail = (await sent(`guest-invitation-${g.id}-0`)) ?? '';
    expect(mail).toMatch(/^To: Fatima el Amrani <F\.ElAmrani@delinge\.example>$/im);
    expect(subjectOf(mail)).toBe('Uitnodiging / Invitation: Samen in Beleid — Werkatelier dag 2 met stakeholdersdiner');
    const text = partOf(mail, 'text/plain');
    expect(text).toContain('Ann Deelnemer nodigt je uit als gast');
    expect(text).toContain('Waar: Het Platform, Utrecht');
    expect(text).toContain('Ann Deelnemer invites you as a guest');
    expect(mail).toContain('text/calendar');
    expect(mail).toMatch(/method=REQUEST/i);
    const ics = calendarOf(mail);
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain(`UID:guest-${g.id}@collegiaal`);
    expect(ics).toContain('SUMMARY:Samen in Beleid: Werkatelier dag 2 met stakeholdersdiner');
    expect(ics).toMatch(/ATTENDEE;[^\n]*mailto:F\.ElAmrani@DeLinge\.example/i);
    expect(ics).toMatch(/ORGANIZER;[^\n]*mailto:/);
    const [part] = await t.dataSource.query<{ starts_at: Date }[]>(`SELECT starts_at FROM cohort_parts WHERE id = $1`, [
      dinner,
    ]);
    expect(ics).toContain(`DTSTART:${icsTime(part.starts_at)}`);
  });

  it('keeps a typed name a name: a comma or an address in it adds no recipient', async () => {
    const res = await t.http
      .post(guestsUrl(dinner))
      .set(cas.auth)
      .send(guest({ name: 'Eva, extra@evil.example', email: 'eva@ketenpartner.example' }))
      .expect(201);
    await runJobs(GUEST_INVITATION_JOB, res.body.id);
    const mail = (await sent(`guest-invitation-${res.body.id}-0`)) ?? '';
    const to = /^To: (.*)$/m.exec(mail)?.[1] ?? '';
    expect(to).toBe('"Eva, extra@evil.example" <eva@ketenpartner.example>');
    await t.http.delete(`/api/cohorts/${fx.cohortId}/guests/${res.body.id}`).set(cas.auth).expect(204);
  });

  it('refuses a part without guests (409), an unknown part (404), a non-participant, and bad input (400); nothing is stored', async () => {
    const before = await count(kickOff);
    const closed = await t.http.post(guestsUrl(kickOff)).set(ann.auth).send(guest()).expect(409);
    expect(closed.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(closed.body.code).toBe('GUESTS_NOT_ALLOWED');
    const elsewhere = await programmeWithCohort(t, org.id, [
      { title: 'Diner', kind: 'group_meeting', allowsGuests: true, guestCapacity: 9, startsInDays: 22 },
    ]);
    const unknown = await t.http.post(guestsUrl(elsewhere.partIds[0])).set(ann.auth).send(guest()).expect(404);
    expect(unknown.body.code).toBe('COHORT_PART_NOT_FOUND');
    for (const who of [stranger, trainer]) {
      const res = await t.http.post(guestsUrl(dinner)).set(who.auth).send(guest());
      expect([403, 404]).toContain(res.status);
    }
    const inDinner = await count(dinner);
    const bad: [Record<string, unknown>, string][] = [
      [guest({ name: '' }), 'name'],
      [guest({ name: 'x'.repeat(121) }), 'name'],
      [guest({ organisation: undefined }), 'organisation'],
      [guest({ organisation: 'y'.repeat(161) }), 'organisation'],
      [guest({ email: 'geen-adres' }), 'email'],
      [guest({ email: null }), 'email'],
      [guest({ email: `${'a'.repeat(250)}@x.nl` }), 'email'],
      [guest({ phone: '0612345678' }), 'phone'],
      [guest({ dietaryWishes: 'vegetarisch' }), 'dietaryWishes'],
    ];
    for (const [body, field] of bad) {
      const res = await t.http.post(guestsUrl(dinner)).set(ann.auth).send(body).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect(await count(kickOff)).toBe(before);
    expect(await count(dinner)).toBe(inDinner);
  });

  it(`allows ${GUESTS_PER_PARTICIPANT} guests per participant and one invitation per address (any case), within the part's capacity`, async () => {
    // Ann has one guest already.
    await t.http.post(guestsUrl(dinner)).set(ann.auth).send(guest()).expect(201);
    const third = await t.http.post(guestsUrl(dinner)).set(ann.auth).send(guest()).expect(409);
    expect(third.body.code).toBe('GUEST_LIMIT_REACHED');
    const dup = await t.http
      .post(guestsUrl(dinner))
      .set(bob.auth)
      .send(guest({ email: 'f.elamrani@delinge.EXAMPLE' }))
      .expect(409);
    expect(dup.body.code).toBe('GUEST_ALREADY_INVITED');
    await t.http.post(guestsUrl(dinner)).set(bob.auth).send(guest()).expect(201);
    await t.http.post(guestsUrl(dinner)).set(bob.auth).send(guest()).expect(201);
    // Capacity 5: the fifth place goes, then the part is full, with no job for the refused one.
    await t.http.post(guestsUrl(dinner)).set(cas.auth).send(guest()).expect(201);
    const allJobs = async () =>
      (
        await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1`, [
          GUEST_INVITATION_JOB,
        ])
      )[0].n;
    const jobsBefore = await allJobs();
    const full = await t.http.post(guestsUrl(dinner)).set(cas.auth).send(guest()).expect(409);
    expect(full.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(full.body.code).toBe('GUEST_CAPACITY_FULL');
    expect(await count(dinner)).toBe(5);
    expect(await allJobs()).toBe(jobsBefore);
    const queued = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND data->>'guestId' IN (SELECT id::text FROM cohort_guests WHERE cohort_part_id = $2)`,
      [GUEST_INVITATION_JOB, dinner],
    );
    expect(queued[0].n).toBe(5);
  });

  it('never exceeds the capacity when many invite at once', async () => {
    const many = await programmeWithCohort(t, org.id, [
      { title: 'Stakeholdersdiner', kind: 'group_meeting', allowsGuests: true, guestCapacity: 7, startsInDays: 24 },
    ]);
    const crowd = await bulkActors(t, org.id, 20);
    await confirm(t, many.cohortId, crowd);
    const results = await Promise.all(
      crowd.map((p, i) =>
        t.http
          .post(guestsUrl(many.partIds[0], many.cohortId))
          .set(p.auth)
          .send({ name: `Gast ${i}`, organisation: 'Ketenpartner', email: `gelijk-${i}@keten.example` }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(7);
    expect(statuses.filter((s) => s === 409)).toHaveLength(13);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'GUEST_CAPACITY_FULL')).toBe(true);
    expect(await count(many.partIds[0])).toBe(7);
  });

  it('a participant sees their own guests; staff see everyone’s with who invited them; others nothing', async () => {
    const own = (await t.http.get(guestsUrl(dinner)).set(bob.auth).expect(200)).body as GuestList;
    expect(own).toMatchObject({
      allowsGuests: true,
      guestCapacity: 5,
      guestsInvited: 5,
      placesLeft: 0,
      perParticipantLimit: GUESTS_PER_PARTICIPANT,
    });
    expect(own.guests.map((g) => g.invitedBy.id)).toEqual([bob.id, bob.id]);
    for (const who of [trainer, organiser]) {
      const all = (await t.http.get(guestsUrl(dinner)).set(who.auth).expect(200)).body as GuestList;
      expect(all.guests).toHaveLength(5);
      expect(new Set(all.guests.map((g) => g.invitedBy.name))).toEqual(
        new Set(['Ann Deelnemer', 'Bob Deelnemer', 'Cas Deelnemer']),
      );
    }
    const res = await t.http.get(guestsUrl(dinner)).set(stranger.auth);
    expect([403, 404]).toContain(res.status);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('the inviter or an organiser removes a guest, who gets a cancellation (METHOD:CANCEL); others cannot', async () => {
    const list = (await t.http.get(guestsUrl(dinner)).set(ann.auth).expect(200)).body as GuestList;
    const [fatima, second] = list.guests;
    const remove = (who: Actor, id: string) => t.http.delete(`/api/cohorts/${fx.cohortId}/guests/${id}`).set(who.auth);
    expect((await remove(bob, fatima.id)).status).toBe(404);
    expect((await remove(stranger, fatima.id)).status).toBe(404);
    const byTrainer = await remove(trainer, fatima.id);
    expect(byTrainer.status).toBe(403);
    expect(byTrainer.headers['content-type']).toMatch(/application\/problem\+json/);
    await remove(ann, '00000000-0000-4000-8000-000000000000').expect(404);
    expect(await count(dinner)).toBe(5);

    await remove(ann, fatima.id).expect(204);
    await remove(ann, fatima.id).expect(404);
    expect(await jobs(GUEST_CANCELLATION_JOB, fatima.id)).toHaveLength(1);
    await runJobs(GUEST_CANCELLATION_JOB, fatima.id);
    const cancel = (await sent(`guest-cancellation-${fatima.id}`)) ?? '';
    expect(subjectOf(cancel)).toMatch(/^Ingetrokken \/ Withdrawn: Samen in Beleid/);
    expect(partOf(cancel, 'text/plain')).toContain('is ingetrokken');
    const ics = calendarOf(cancel);
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toContain(`UID:guest-${fatima.id}@collegiaal`);
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toContain('SEQUENCE:1');
    // The place is free again: Ann can invite someone else.
    await t.http.post(guestsUrl(dinner)).set(ann.auth).send(guest()).expect(201);

    await remove(organiser, second.id).expect(204);
    expect(await count(dinner)).toBe(4);
    // A guest removed before their invitation was sent gets none.
    await runJobs(GUEST_INVITATION_JOB, second.id);
    expect(await sent(`guest-invitation-${second.id}-0`)).toBeNull();
  });

  it('refuses guests once the part has started', async () => {
    const started = await programmeWithCohort(t, org.id, [
      { title: 'Diner', kind: 'group_meeting', allowsGuests: true, guestCapacity: 4, startsInDays: 10 },
    ]);
    const late = await actor(t, org.id);
    await confirm(t, started.cohortId, [late]);
    await t.dataSource.query(`UPDATE cohort_parts SET starts_at = now() - interval '1 hour' WHERE id = $1`, [
      started.partIds[0],
    ]);
    const res = await t.http
      .post(guestsUrl(started.partIds[0], started.cohortId))
      .set(late.auth)
      .send(guest())
      .expect(409);
    expect(res.body.code).toBe('GUEST_PART_PAST');
  });

  it('a moved part sends every guest the updated invitation (same UID, higher SEQUENCE)', async () => {
    const moved = await programmeWithCohort(t, org.id, [
      { title: 'Diner', kind: 'group_meeting', allowsGuests: true, guestCapacity: 4, startsInDays: 30 },
    ]);
    const host = await actor(t, org.id, { name: 'Hanna Gastvrouw' });
    await confirm(t, moved.cohortId, [host]);
    const g = (await t.http.post(guestsUrl(moved.partIds[0], moved.cohortId)).set(host.auth).send(guest()).expect(201))
      .body as Guest;
    await runJobs(GUEST_INVITATION_JOB, g.id);
    // The part moves a day later; the change tells the guests (cohorts calls partChanged when it moves a part).
    const later = new Date(Date.now() + 31 * 86_400_000);
    await t.dataSource.query(
      `UPDATE cohort_parts SET starts_at = $2, ends_at = $2::timestamptz + interval '3 hours', schedule_version = 1 WHERE id = $1`,
      [moved.partIds[0], later],
    );
    await t.app.get(GuestsService).partChanged(moved.partIds[0]);
    await runJobs(GUEST_INVITATION_JOB, g.id);
    const ics = calendarOf((await sent(`guest-invitation-${g.id}-1`)) ?? '');
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain(`UID:guest-${g.id}@collegiaal`);
    expect(ics).toContain('SEQUENCE:1');
    expect(ics).toContain(`DTSTART:${icsTime(later)}`);
    expect(await t.app.get(GuestsService).guestCount(moved.partIds[0])).toBe(1);
  });

  it('a cancelled cohort withdraws its guests, who get a cancellation', async () => {
    const ld = await actor(t, org.id, { roles: ['ld'] });
    const doomed = await programmeWithCohort(t, org.id, [
      { title: 'Diner', kind: 'group_meeting', allowsGuests: true, guestCapacity: 4, startsInDays: 30 },
    ]);
    const host = await actor(t, org.id);
    await confirm(t, doomed.cohortId, [host]);
    const g = (
      await t.http.post(guestsUrl(doomed.partIds[0], doomed.cohortId)).set(host.auth).send(guest()).expect(201)
    ).body as Guest;
    await t.http.post(`/api/cohorts/${doomed.cohortId}/cancel`).set(ld.auth).send({}).expect(200);
    expect(await count(doomed.partIds[0])).toBe(0);
    await runJobs(GUEST_CANCELLATION_JOB, g.id);
    expect(calendarOf((await sent(`guest-cancellation-${g.id}`)) ?? '')).toContain('METHOD:CANCEL');
  });

  it('is in the inviter’s personal-data export; erasing the inviter withdraws their guests', async () => {
    const data = t.app.get(GuestsPersonalData);
    const { guestsInvited } = await data.export(bob.id);
    expect(guestsInvited).toHaveLength(2);
    expect(guestsInvited[0]).toMatchObject({
      programmeTitle: 'Samen in Beleid',
      partTitle: 'Werkatelier dag 2 met stakeholdersdiner',
      organisation: 'Woningcorporatie De Linge',
    });
    const ids = (await t.http.get(guestsUrl(dinner)).set(bob.auth).expect(200)).body.guests.map((g: Guest) => g.id);
    await data.erase(bob.id);
    expect(await data.export(bob.id)).toEqual({ guestsInvited: [] });
    for (const id of ids as string[]) {
      expect(await jobs(GUEST_CANCELLATION_JOB, id)).toHaveLength(1);
      await runJobs(GUEST_CANCELLATION_JOB, id);
      const ics = calendarOf((await sent(`guest-cancellation-${id}`)) ?? '');
      expect(ics).toContain('METHOD:CANCEL');
      expect(ics).not.toContain('Bob');
    }
  });
});

/** A part of a MIME mail by its content type, decoded (quoted-printable or base64) with CRLFs as LFs. */
function partOf(mail: string, type: string): string {
  const part = mail.split(/\r?\n--/).find((p) => new RegExp(`^Content-Type: ${type}`, 'im').test(p));
  if (!part) throw new Error(`no ${type} part`);
  const [headers, ...rest] = part.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  const decoded = /Content-Transfer-Encoding: base64/i.test(headers)
    ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
    : /Content-Transfer-Encoding: quoted-printable/i.test(headers)
      ? Buffer.from(
          body
            .replace(/=\r?\n/g, '')
            .replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8')
      : body;
  return decoded.replace(/\r\n/g, '\n');
}

/** The iCalendar of a mail, with folded lines unfolded. */
function calendarOf(mail: string): string {
  return partOf(mail, 'text/calendar').replace(/\n[ \t]/g, '');
}

/** The Subject header, unfolded and with its RFC 2047 encoded words (UTF-8, Q) decoded. */
function subjectOf(mail: string): string {
  const m = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(mail);
  if (!m) return '';
  return m[1].replace(/\?=\s+=\?/g, '?==?').replace(/=\?UTF-8\?Q\?(.*?)\?=/gi, (_, q: string) =>
    decodeURIComponent(
      q
        .replace(/_/g, ' ')
        .replace(/%/g, '%25')
        .replace(/=([0-9A-F]{2})/gi, '%$1'),
    ),
  );
}

function icsTime(d: Date): string {
  return new Date(d)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

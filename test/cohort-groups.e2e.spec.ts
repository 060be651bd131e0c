import { createTestApp, type TestApp } from './support/app.js';
import { type Actor, actor, createOrganisation } from './support/factories.js';
import { confirm, people, programmeWithCohort, staff } from './support/programme-fixture.js';
import type { ProgrammeFixture } from './support/programme-fixture.js';

interface Member {
  userId: string;
  name: string;
  organisationName: string | null;
  workDomain?: string | null;
}
interface Group {
  id: string;
  kind: string;
  round: number;
  position: number;
  name: string;
  members: Member[];
  meetings: { cohortPartId: string; title: string; kind: string }[];
}
interface Explanation {
  rule: string;
  code: string;
  params: Record<string, string | number>;
  message: string;
}
interface Grouping {
  kind: string;
  rounds: number;
  minSize: number;
  maxSize: number;
  seed: number;
  groups: Group[];
  explanations: Explanation[];
  ungrouped: Member[];
}

const DOMAINS = ['beleid', 'uitvoering', 'toezicht', 'bedrijfsvoering'] as const;

describe('Mixing groups of a cohort (issue #11 item 4)', () => {
  let t: TestApp;
  let fixture: ProgrammeFixture;
  let ld: Actor;
  let trainer: Actor;
  let stranger: Actor;
  let participants: Actor[];
  const orgOf = new Map<string, string>();
  const domainOf = new Map<string, string>();
  /** Organisation sizes 4, 3, 3, 3, 3, 2: 18 people. */
  const SIZES = [4, 3, 3, 3, 3, 2];

  beforeAll(async () => {
    t = await createTestApp();
    const owner = await createOrganisation(t.dataSource, { name: 'Ministerie van BZK' });
    ld = await actor(t, owner.id, { roles: ['ld'], name: 'Lotte L&D' });
    trainer = await actor(t, owner.id, { name: 'Tom Trainer' });
    stranger = await actor(t, owner.id, { name: 'Stijn Buitenstaander' });
    fixture = await programmeWithCohort(t, owner.id, [
      { title: 'Verkenning', kind: 'plenary', startsInDays: 10 },
      { title: 'Werkatelier dag 2', kind: 'group_meeting', startsInDays: 17 },
      { title: 'Intervisie 1', kind: 'intervision', startsInDays: 24 },
      { title: 'Intervisie 2', kind: 'intervision', startsInDays: 31 },
      { title: 'Intervisie 3', kind: 'intervision', startsInDays: 38 },
    ]);
    await staff(t, fixture.cohortId, trainer, 'trainer');
    participants = [];
    let k = 0;
    for (const [o, size] of SIZES.entries()) {
      const org = await createOrganisation(t.dataSource, { name: `Dienst ${String.fromCharCode(65 + o)}` });
      const names = Array.from({ length: size }, (_, i) => `Deelnemer ${String.fromCharCode(65 + o)}${String(i + 1)}`);
      for (const p of await people(t, org.id, names)) {
        const domain = DOMAINS[k++ % DOMAINS.length];
        await t.http.put('/api/me/preferences').set(p.auth).send({ workDomain: domain }).expect(200);
        orgOf.set(p.id, org.id);
        domainOf.set(p.id, domain);
        participants.push(p);
      }
    }
    await confirm(t, fixture.cohortId, participants);
  });
  afterAll(() => t.close());

  const url = () => `/api/cohorts/${fixture.cohortId}/groups`;
  const form = (who: Actor, body: object) => t.http.post(url()).set(who.auth).send(body);
  const staffView = async (): Promise<Grouping[]> =>
    (await t.http.get(url()).set(ld.auth).expect(200)).body.groupings as Grouping[];

  it('forms intervision groups that meet every mixing rule when the numbers allow it', async () => {
    const res = await form(ld, { kind: 'intervision', seed: 42 }).expect(200);
    const grouping = res.body as Grouping;
    expect(grouping).toMatchObject({ kind: 'intervision', rounds: 1, minSize: 4, maxSize: 6, seed: 42 });
    // 18 people, 4–6 per group, at most 4 of one organisation: four groups of 4 or 5.
    expect(grouping.groups.map((g) => g.members.length).sort()).toEqual([4, 4, 5, 5]);
    for (const g of grouping.groups) {
      const orgs = g.members.map((m) => orgOf.get(m.userId));
      expect(new Set(orgs).size).toBe(orgs.length);
      expect(new Set(g.members.map((m) => domainOf.get(m.userId))).size).toBe(4);
      expect(g.members.every((m) => m.workDomain === domainOf.get(m.userId))).toBe(true);
      expect(g.meetings.map((m) => m.title)).toEqual(['Intervisie 1', 'Intervisie 2', 'Intervisie 3']);
    }
    expect(grouping.explanations).toEqual([]);
    expect(grouping.ungrouped).toEqual([]);
    // Deterministic: the same participants and seed give the same groups.
    const again = (await form(ld, { kind: 'intervision', seed: 42 }).expect(200)).body as Grouping;
    expect(again.groups.map((g) => g.members.map((m) => m.userId))).toEqual(
      grouping.groups.map((g) => g.members.map((m) => m.userId)),
    );
  });

  it('explains every rule it cannot meet', async () => {
    const res = await form(ld, { kind: 'werkatelier', seed: 7 }).expect(200);
    const grouping = res.body as Grouping;
    // 18 people do not fit groups of 10–15: two groups of 9; Dienst A's four share the two groups.
    expect(grouping.groups.map((g) => g.members.length)).toEqual([9, 9]);
    const messages = grouping.explanations.map((e) => e.message);
    expect(messages).toContain('18 deelnemers passen niet in groepen van 10–15: 2 groepen van 9.');
    expect(messages).toContain(
      "Organisatie Dienst A heeft 4 deelnemers voor 2 groepen: in alle groepen zitten 2 collega's van Dienst A.",
    );
    expect(
      grouping.explanations.find((e) => e.code === 'ORGANISATION_SHARED' && e.params.organisation === 'Dienst A'),
    ).toMatchObject({
      rule: 'organisation',
      params: { count: 4, groups: 2, perGroup: 2 },
    });
    for (const g of grouping.groups) {
      expect(g.meetings.map((m) => m.title)).toEqual(['Werkatelier dag 2']);
      const a = g.members.filter((m) => m.organisationName === 'Dienst A');
      expect(a).toHaveLength(2);
    }
    // Both kinds stand side by side for staff; an English reader gets the explanations in English.
    expect((await staffView()).map((g) => g.kind)).toEqual(['werkatelier', 'intervision']);
    await t.http.put('/api/me/preferences').set(trainer.auth).send({ language: 'en' }).expect(200);
    const forTrainer = (await t.http.get(url()).set(trainer.auth).expect(200)).body;
    expect(forTrainer.view).toBe('staff');
    const werkatelier = (forTrainer.groupings as Grouping[]).find((g) => g.kind === 'werkatelier');
    expect(werkatelier?.explanations.map((e) => e.message)).toContain(
      '18 participants do not fit into groups of 10–15: 2 groups of 9.',
    );
  });

  it('shows a participant only their own groups, with names, organisations and meetings', async () => {
    const me = participants[0];
    const res = await t.http.get(url()).set(me.auth).expect(200);
    expect(res.body.view).toBe('participant');
    const groupings = res.body.groupings as Grouping[];
    expect(groupings.map((g) => g.kind)).toEqual(['werkatelier', 'intervision']);
    for (const g of groupings) {
      expect(g.groups).toHaveLength(1);
      expect(g.explanations).toEqual([]);
      expect(g.ungrouped).toEqual([]);
      const [own] = g.groups;
      expect(own.members.map((m) => m.userId)).toContain(me.id);
      for (const m of own.members) {
        expect(m.name).toMatch(/^Deelnemer /);
        expect(m.organisationName).toMatch(/^Dienst /);
        expect(m).not.toHaveProperty('workDomain');
      }
    }
    const intervision = groupings.find((g) => g.kind === 'intervision');
    expect(intervision?.groups[0].meetings.map((m) => m.kind)).toEqual(['intervision', 'intervision', 'intervision']);
    // Nobody else's group is revealed; someone outside the cohort sees nothing.
    const all = await staffView();
    const others = all
      .flatMap((g) => g.groups)
      .filter((g) => !g.members.some((m) => m.userId === me.id))
      .map((g) => g.id);
    expect(groupings.flatMap((g) => g.groups.map((x) => x.id)).some((id) => others.includes(id))).toBe(false);
    const outside = await t.http.get(url()).set(stranger.auth);
    expect([403, 404]).toContain(outside.status);
    expect(outside.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('rotates intervision groups over three rounds, each round with its own meeting', async () => {
    const grouping = (await form(ld, { kind: 'intervision', rounds: 3, seed: 5 }).expect(200)).body as Grouping;
    expect(grouping.rounds).toBe(3);
    for (const round of [1, 2, 3]) {
      const groups = grouping.groups.filter((g) => g.round === round);
      expect(groups.flatMap((g) => g.members.map((m) => m.userId)).sort()).toEqual(
        participants.map((p) => p.id).sort(),
      );
      for (const g of groups) expect(g.meetings.map((m) => m.title)).toEqual([`Intervisie ${String(round)}`]);
    }
    const repeats = grouping.explanations.filter((e) => e.rule === 'rotation');
    for (const e of repeats) expect(e.code).toBe('ROTATION_REPEATS');
    const mine = (await t.http.get(url()).set(participants[3].auth).expect(200)).body.groupings as Grouping[];
    expect(mine.find((g) => g.kind === 'intervision')?.groups.map((g) => g.round)).toEqual([1, 2, 3]);
    // Back to one round for the next tests.
    await form(ld, { kind: 'intervision', seed: 42 }).expect(200);
  });

  it('lets only organisers regroup', async () => {
    const before = await staffView();
    for (const who of [participants[0], trainer]) {
      const res = await form(who, { kind: 'intervision' }).expect(403);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    const outside = await form(stranger, { kind: 'intervision' });
    expect([403, 404]).toContain(outside.status);
    await t.http
      .put(`${url()}/${before[1].groups[0].id}/members/${participants[0].id}`)
      .set(trainer.auth)
      .send({})
      .expect(403);
    expect(await staffView()).toEqual(before);
  });

  it('refuses bad input with 400 problem+json and changes nothing', async () => {
    const before = await staffView();
    const bad: object[] = [
      {},
      { kind: 'koffie' },
      { kind: 'intervision', min: 7, max: 5 },
      { kind: 'intervision', min: 0 },
      { kind: 'intervision', max: 101 },
      { kind: 'intervision', rounds: 0 },
      { kind: 'intervision', rounds: 13 },
      { kind: 'intervision', rounds: 1.5 },
      { kind: 'intervision', seed: -1 },
      { kind: 'intervision', seed: 'abc' },
      { kind: 'intervision', min: null },
      { kind: 'intervision', notify: 'yes' },
      { kind: 'intervision', colour: 'blue' },
    ];
    for (const body of bad) {
      const res = await form(ld, body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(Array.isArray(res.body.errors)).toBe(true);
    }
    const minOverMax = await form(ld, { kind: 'intervision', min: 7, max: 5 });
    expect(minOverMax.body.errors).toEqual([{ field: 'min', messages: [expect.stringContaining('max')] }]);
    const group = before[1].groups[0].id;
    await t.http
      .put(`${url()}/${group}/members/${participants[0].id}`)
      .set(ld.auth)
      .send({ override: 'yes' })
      .expect(400);
    await t.http.put(`${url()}/not-a-uuid/members/${participants[0].id}`).set(ld.auth).send({}).expect(400);
    expect(await staffView()).toEqual(before);
  });

  it('lets an organiser move someone (audited), explains what the move broke, and holds the largest size', async () => {
    const intervision = (await staffView()).find((g) => g.kind === 'intervision');
    if (!intervision) throw new Error('no intervision groups');
    const [from, to] = [intervision.groups[0], intervision.groups[1]];
    const mover = from.members[0];
    const [{ last }] = await t.dataSource.query<{ last: string }[]>(
      `SELECT COALESCE(max(id), 0)::text AS last FROM audit_events`,
    );
    const res = await t.http.put(`${url()}/${to.id}/members/${mover.userId}`).set(ld.auth).send({}).expect(200);
    const after = res.body as Grouping;
    expect(after.groups.find((g) => g.id === to.id)?.members.map((m) => m.userId)).toContain(mover.userId);
    expect(after.groups.find((g) => g.id === from.id)?.members.map((m) => m.userId)).not.toContain(mover.userId);
    expect(after.groups.flatMap((g) => g.members).filter((m) => m.userId === mover.userId)).toHaveLength(1);
    expect(after.explanations.some((e) => e.rule === 'size' || e.rule === 'organisation')).toBe(true);
    const trail = await t.dataSource.query<{ action: string; table_name: string; actor_id: string }[]>(
      `SELECT action, table_name, actor_id FROM audit_events WHERE id > $1 ORDER BY id`,
      [last],
    );
    expect(trail).toEqual([
      { action: 'delete', table_name: 'cohort_group_members', actor_id: ld.id },
      { action: 'insert', table_name: 'cohort_group_members', actor_id: ld.id },
    ]);

    // Fill the target up to 6 (the largest intervision size), then one more is refused unless overridden.
    let size = to.members.length + 1;
    const candidates = intervision.groups
      .filter((g) => g.id !== to.id)
      .flatMap((g) => g.members)
      .filter((m) => m.userId !== mover.userId);
    while (size < 6) {
      const next = candidates.shift();
      if (!next) throw new Error('no one left to move');
      await t.http.put(`${url()}/${to.id}/members/${next.userId}`).set(ld.auth).send({}).expect(200);
      size++;
    }
    const extra = candidates.shift();
    if (!extra) throw new Error('no one left to move');
    const full = await t.http.put(`${url()}/${to.id}/members/${extra.userId}`).set(ld.auth).expect(409);
    expect(full.body.code).toBe('COHORT_GROUP_FULL');
    await t.http.put(`${url()}/${to.id}/members/${extra.userId}`).set(ld.auth).send({ override: true }).expect(200);
    const now = (await staffView()).find((g) => g.kind === 'intervision');
    expect(now?.groups.find((g) => g.id === to.id)?.members).toHaveLength(7);
    expect(now?.explanations.map((e) => e.code)).toContain('SIZE_OFF');

    // Unknown group or someone outside the cohort: 404.
    await t.http
      .put(`${url()}/00000000-0000-4000-8000-000000000000/members/${mover.userId}`)
      .set(ld.auth)
      .send({})
      .expect(404);
    await t.http.put(`${url()}/${to.id}/members/${stranger.id}`).set(ld.auth).send({}).expect(404);
  });

  it('lets only one of concurrent moves take the last place in a group', async () => {
    const grouping = (await form(ld, { kind: 'intervision', seed: 42 }).expect(200)).body as Grouping;
    const target = grouping.groups.find((g) => g.members.length === 5);
    if (!target) throw new Error('no group of 5');
    const movers = grouping.groups
      .filter((g) => g.id !== target.id)
      .flatMap((g) => g.members)
      .slice(0, 3);
    const results = await Promise.all(
      movers.map((m) => t.http.put(`${url()}/${target.id}/members/${m.userId}`).set(ld.auth).send({})),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const now = (await staffView()).find((g) => g.kind === 'intervision');
    expect(now?.groups.find((g) => g.id === target.id)?.members).toHaveLength(6);
  });

  it('names participants who enrolled after the grouping, and tells members when asked to', async () => {
    const late = await actor(t, (await createOrganisation(t.dataSource, { name: 'Dienst Laat' })).id, {
      name: 'Deelnemer Laat',
    });
    await confirm(t, fixture.cohortId, [late]);
    const intervision = (await staffView()).find((g) => g.kind === 'intervision');
    expect(intervision?.ungrouped.map((m) => m.userId)).toEqual([late.id]);
    expect(intervision?.explanations.find((e) => e.code === 'UNGROUPED')?.message).toBe(
      '1 deelnemer zit nog in geen groep.',
    );
    const smallest = [...(intervision?.groups ?? [])].sort((a, b) => a.members.length - b.members.length)[0];
    await t.http.put(`${url()}/${smallest.id}/members/${late.id}`).set(ld.auth).send({}).expect(200);

    await form(ld, { kind: 'intervision', seed: 9, notify: true }).expect(200);
    const inbox = (await t.http.get('/api/me/notifications').set(late.auth).expect(200)).body;
    const items = (inbox.items ?? inbox) as { title: string; link: string | null }[];
    expect(items.some((n) => /^Je zit in Intervisiegroep \d+ van /.test(n.title))).toBe(true);
  });
});

import { jest } from '@jest/globals';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import { createTestApp, type TestApp } from './support/app.js';
import { actor, createOrganisation, TEACHER_PROFILE, type Actor } from './support/factories.js';

describe('In-company requests as read models', () => {
  let t: TestApp;
  let ld: Actor;
  let dutchTrainer: Actor;
  let englishTrainer: Actor;
  let profiles: string[];

  beforeAll(async () => {
    t = await createTestApp();
    const bzk = await createOrganisation(t.dataSource, { slug: 'bzk', name: 'Ministerie van BZK' });
    const zwolle = await createOrganisation(t.dataSource, { slug: 'zwolle', name: 'Gemeente Zwolle' });
    ld = await actor(t, bzk.id, { roles: ['ld'] });
    dutchTrainer = await actor(t, zwolle.id, { name: 'Marieke van den Berg' });
    englishTrainer = await actor(t, zwolle.id, { name: 'Jane Doe' });
    await t.http.put('/api/me/preferences').set(englishTrainer.auth).send({ language: 'en' }).expect(200);
    profiles = [];
    for (const who of [dutchTrainer, englishTrainer])
      profiles.push(
        (await t.http.put('/api/me/teacher-profile').set(who.auth).send(TEACHER_PROFILE).expect(201)).body.id,
      );
  });
  afterAll(() => t.close());

  const request = async (topic: string) => {
    const id = (await t.http.post('/api/incompany-requests').set(ld.auth).send({ topic, groupSize: 8 }).expect(201))
      .body.id;
    await t.http
      .post(`/api/incompany-requests/${id}/invitations`)
      .set(ld.auth)
      .send({ teacherIds: profiles })
      .expect(200);
    return id;
  };

  /** Statements the database receives while `fn` runs. */
  const queriesDuring = async (fn: () => Promise<unknown>) => {
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      await fn();
      return spy.mock.calls.length;
    } finally {
      spy.mockRestore();
    }
  };

  it('invites each trainer in their own language', async () => {
    await request('Woo-verzoeken afhandelen');
    const [nl] = (await t.http.get('/api/me/notifications').set(dutchTrainer.auth).expect(200)).body.items;
    const [en] = (await t.http.get('/api/me/notifications').set(englishTrainer.auth).expect(200)).body.items;
    expect(nl).toMatchObject({ kind: 'incompany.invited', title: 'In-company verzoek van Ministerie van BZK' });
    expect(nl.body).toMatch(/Voorkeursperiode: in overleg/);
    expect(en).toMatchObject({ kind: 'incompany.invited', title: 'In-company request from Ministerie van BZK' });
    expect(en.body).toMatch(/8 people.*Preferred period: to be agreed/);
  });

  it('lists requests with their invitations and organisation in the same number of queries for one or many', async () => {
    const list = () => t.http.get('/api/incompany-requests').set(ld.auth).expect(200);
    await request('Archiefwet');
    const few = await queriesDuring(list);
    expect(few).toBeGreaterThan(0);
    const before: number = (await list()).body.length;
    for (const topic of ['Omgevingswet', 'Wet open overheid', 'Inclusief schrijven']) await request(topic);
    const many = await queriesDuring(list);
    expect(many).toBe(few);

    const requests = (await list()).body;
    expect(requests).toHaveLength(before + 3);
    for (const r of requests) {
      expect(r.organisation.name).toBe('Ministerie van BZK');
      expect(r.invitations.map((i: { trainerName: string }) => i.trainerName).sort()).toEqual([
        'Jane Doe',
        'Marieke van den Berg',
      ]);
      expect(r.invitations[0].organisationName).toBe('Gemeente Zwolle');
    }
    // Newest first.
    expect(requests[0].topic).toBe('Inclusief schrijven');
  });
});

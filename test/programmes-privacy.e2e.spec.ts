import { createTestApp, type TestApp } from './support/app.js';
import { type Actor, actor, createOrganisation, type OrgRow } from './support/factories.js';
import { enrolInCohort, programmeWithCohort } from './support/programme-factories.js';

const GOAL = {
  changeGoal: 'Ik wil bij elk beleidsvoorstel vooraf met de uitvoering toetsen of het werkbaar is.',
  successSigns: 'Mijn volgende twee voorstellen hebben een uitvoeringstoets van de betrokken dienst.',
};

describe('Personal data in programmes (AVG art. 15 and 17)', () => {
  let t: TestApp;
  let org: OrgRow;
  let ld: Actor;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrganisation(t.dataSource);
    ld = await actor(t, org.id, { roles: ['ld'] });
  });
  afterAll(() => t.close());

  it('exports my learning-work assignment and cohort places, and erasure removes the assignment and gives the place back', async () => {
    const learner = await actor(t, org.id, { name: 'Pim Privacy' });
    const { cohort } = await programmeWithCohort(t, ld);
    const e = await enrolInCohort(t, learner, cohort.id);
    await t.http.put(`/api/cohorts/${cohort.id}/assignment`).set(learner.auth).send(GOAL).expect(200);

    const exported = (await t.http.get('/api/me/personal-data').set(learner.auth).expect(200)).body as {
      programmes: { learningAssignments: { changeGoal: string }[] };
    };
    expect(exported.programmes.learningAssignments.map((a) => a.changeGoal)).toEqual([GOAL.changeGoal]);

    await t.http.post('/api/me/erasure').set(learner.auth).send({ confirmEmail: learner.email }).expect(204);
    const left = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM learning_assignments WHERE user_id = $1`,
      [learner.id],
    );
    expect(left[0].n).toBe(0);
    const [row] = await t.dataSource.query<{ status: string }[]>(`SELECT status::text FROM enrolments WHERE id = $1`, [
      e.id,
    ]);
    expect(row.status).toBe('cancelled');
  });
});

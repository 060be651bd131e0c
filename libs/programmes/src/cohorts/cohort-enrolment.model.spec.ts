import fc from 'fast-check';
import type { AuthUser } from '#libs/common';
import { EnrolmentEngine } from '#libs/enrolments';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { createOrganisation, createUser } from '../../../../test/support/factories.js';
import { cohortBody, WERKATELIER } from '../../../../test/support/programme-factories.js';
import { type Model, PEOPLE, type Real, SEAT_EXAMPLES, seatCommands } from '../../../../test/support/seat-model.js';
import type { CreateCohortDto, CreateProgrammeDto } from '../dto/programme.dto.js';
import { ProgrammesService } from '../programmes.service.js';
import { CohortsService } from './cohorts.service.js';

/**
 * The seat engine's model test, on a programme's cohort booked as one package: enrol through the
 * cohort, cancel, offers, approvals and capacity changes of the cohort leave the database equal
 * to the same sequential model of the rules as a single session.
 */
describe('Cohort enrolment (one package) against the seat engine’s sequential model (PostgreSQL)', () => {
  let t: TestApp;
  let orgId: string;
  let ld: AuthUser;

  beforeAll(async () => {
    t = await createTestApp();
    orgId = (await createOrganisation(t.dataSource)).id;
    ld = { ...(await createUser(t.dataSource, orgId, { roles: ['ld'] })), sessionId: '', roles: ['ld'] };
  });
  afterAll(() => t.close());

  it('keeps seats, statuses and the waitlist order of a cohort exactly as the rules say', async () => {
    const programmes = t.app.get(ProgrammesService);
    const cohorts = t.app.get(CohortsService);
    const engine = t.app.get(EnrolmentEngine);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 2 }),
        fc.boolean(),
        fc.commands(seatCommands(), { maxCommands: 30 }),
        async (capacity, approval, cmds) => {
          const p = await programmes.create(ld, {
            ...WERKATELIER,
            requiresManagerApproval: approval,
          } as unknown as CreateProgrammeDto);
          await programmes.transition(p.id, ld, 'published');
          const body = cohortBody({ id: p.id, status: p.status, parts: p.parts, cohorts: [] }, { capacity });
          const dto: CreateCohortDto = {
            ...body,
            parts: body.parts.map((x) => ({ ...x, startsAt: new Date(x.startsAt), endsAt: new Date(x.endsAt) })),
          };
          const cohort = await cohorts.create(ld, p.id, dto);
          const people: AuthUser[] = [];
          for (let i = 0; i < PEOPLE; i++)
            people.push({ ...(await createUser(t.dataSource, orgId)), sessionId: '', roles: [] });
          const manager = { ...(await createUser(t.dataSource, orgId)), sessionId: '', roles: [] as [] };
          const model: Model = { capacity, approval, status: Array(PEOPLE).fill(null), queue: [], lapsed: new Set() };
          const real: Real = {
            t,
            engine,
            sessionId: cohort.id,
            people,
            manager,
            enrolmentOf: Array(PEOPLE).fill(null),
            enrol: async (who, managerId) => {
              const r = await cohorts.enrol(who, cohort.id, { managerId, acceptOverlaps: true });
              return { enrolment: { id: r.enrolment.id } };
            },
            setCapacity: (c) => cohorts.update(ld, cohort.id, { capacity: c }),
          };
          await fc.asyncModelRun(() => ({ model, real }), cmds);
        },
      ),
      { numRuns: 40, examples: SEAT_EXAMPLES },
    );
  });
});

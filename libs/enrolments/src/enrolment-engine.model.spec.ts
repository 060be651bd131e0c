import fc from 'fast-check';
import { SessionsService } from '#libs/catalogue';
import type { AuthUser } from '#libs/common';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import {
  createCourse,
  createOrganisation,
  createSession,
  createTeacherProfile,
  createUser,
  days,
} from '../../../test/support/factories.js';
import { type Model, PEOPLE, type Real, SEAT_EXAMPLES, seatCommands } from '../../../test/support/seat-model.js';
import { EnrolmentEngine } from './enrolment-engine.js';

describe('Enrolment engine against a sequential model (PostgreSQL)', () => {
  let t: TestApp;
  let orgId: string;
  let teacherProfileId: string;
  let teacher: AuthUser;

  beforeAll(async () => {
    t = await createTestApp();
    orgId = (await createOrganisation(t.dataSource)).id;
    const u = await createUser(t.dataSource, orgId);
    teacherProfileId = (await createTeacherProfile(t.dataSource, u.id)).id;
    teacher = { ...u, sessionId: '', roles: [] };
  });
  afterAll(() => t.close());

  it('keeps seats, statuses and the waitlist order exactly as the rules say', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 2 }),
        fc.boolean(),
        fc.commands(seatCommands(), { maxCommands: 40 }),
        async (capacity, approval, cmds) => {
          const course = await createCourse(t.dataSource, orgId, [teacherProfileId], {
            requiresManagerApproval: approval,
          });
          const session = await createSession(t.dataSource, course.id, { capacity, startsAt: days(10) });
          const people: AuthUser[] = [];
          for (let i = 0; i < PEOPLE; i++)
            people.push({ ...(await createUser(t.dataSource, orgId)), sessionId: '', roles: [] });
          const manager = { ...(await createUser(t.dataSource, orgId)), sessionId: '', roles: [] as [] };
          const model: Model = { capacity, approval, status: Array(PEOPLE).fill(null), queue: [], lapsed: new Set() };
          const engine = t.app.get(EnrolmentEngine);
          const sessions = t.app.get(SessionsService);
          const real: Real = {
            t,
            engine,
            sessionId: session.id,
            people,
            manager,
            enrolmentOf: Array(PEOPLE).fill(null),
            enrol: (who, managerId) => engine.enrol(who, session.id, managerId),
            setCapacity: (c) => sessions.update(session.id, teacher, { capacity: c }),
          };
          await fc.asyncModelRun(() => ({ model, real }), cmds);
        },
      ),
      { numRuns: 100, examples: SEAT_EXAMPLES },
    );
  });
});

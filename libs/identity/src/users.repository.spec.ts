import { DataSource } from 'typeorm';
import { createDataSource, Db } from '#libs/database';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.js';
import { createOrganisation, createUser } from '../../../test/support/factories.js';
import { Organisation } from '#libs/organisations';
import { AuthSessionsRepository } from './auth-sessions.repository.js';
import { AuthSession, RefreshToken, User } from './user.entity.js';
import { UsersRepository } from './users.repository.js';

describe('UsersRepository.findCaller (PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let users: UsersRepository;
  let sessions: AuthSessionsRepository;
  let orgId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = createDataSource({ url: db.url, entities: [Organisation, User, AuthSession, RefreshToken] });
    await ds.initialize();
    const unit = new Db(ds);
    users = new UsersRepository(unit);
    sessions = new AuthSessionsRepository(unit);
    orgId = (await createOrganisation(ds)).id;
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  it('returns the caller with roles for a live session of an enabled user', async () => {
    const u = await createUser(ds, orgId, { roles: ['ld'] });
    const s = await sessions.createSession(u.id, new Date(Date.now() + 60_000));
    expect(await users.findCaller(u.id, s.id)).toEqual({
      id: u.id,
      email: u.email,
      name: u.name,
      organisationId: orgId,
      roles: ['ld'],
    });
  });

  it('returns nothing for a revoked, expired or foreign session, or a disabled user', async () => {
    const u = await createUser(ds, orgId);
    const other = await createUser(ds, orgId);
    const revoked = await sessions.createSession(u.id, new Date(Date.now() + 60_000));
    await sessions.revokeSession(revoked.id, 'logout');
    const expired = await sessions.createSession(u.id, new Date(Date.now() - 1000));
    const foreign = await sessions.createSession(other.id, new Date(Date.now() + 60_000));
    expect(await users.findCaller(u.id, revoked.id)).toBeNull();
    expect(await users.findCaller(u.id, expired.id)).toBeNull();
    expect(await users.findCaller(u.id, foreign.id)).toBeNull();
    const live = await sessions.createSession(u.id, new Date(Date.now() + 60_000));
    await users.setDisabled(u.id, new Date());
    expect(await users.findCaller(u.id, live.id)).toBeNull();
  });

  it('finds users for log-in by e-mail in any case, with the password hash', async () => {
    const u = await createUser(ds, orgId, { email: 'mixed@case.nl' });
    const found = await users.findForLogin('MIXED@Case.NL');
    expect(found?.id).toBe(u.id);
    expect(found?.passwordHash).toMatch(/^\$argon2id\$/);
    expect((await users.findById(u.id))?.passwordHash).toBeUndefined();
  });

  it('searches by name or e-mail, treating LIKE wildcards literally', async () => {
    await createUser(ds, orgId, { name: 'Percy 100% Zeker', email: 'percy@x.nl' });
    await createUser(ds, orgId, { name: 'Anders', email: 'anders@x.nl' });
    const [rows, total] = await users.search({ q: '100%' }, 1, 10);
    expect(total).toBe(1);
    expect(rows[0].name).toBe('Percy 100% Zeker');
  });
});

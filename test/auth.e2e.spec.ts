import jwt from 'jsonwebtoken';
import { createTestApp, TEST_JWT_SECRET, type TestApp } from './support/app.js';
import { actor, createOrganisation, createUser, login, type OrgRow } from './support/factories.js';

describe('Sign-in journey', () => {
  let t: TestApp;
  let bzk: OrgRow;

  beforeAll(async () => {
    t = await createTestApp();
    bzk = await createOrganisation(t.dataSource, { slug: 'bzk', name: 'Ministerie van BZK', kind: 'ministerie', emailDomains: ['minbzk.nl'] });
  });
  afterAll(() => t.close());

  describe('register', () => {
    it('creates an account in the organisation of the e-mail domain and signs it in', async () => {
      const res = await t.http
        .post('/api/auth/register')
        .send({ name: 'Sanne de Vries', email: 'Sanne.deVries@MinBZK.nl', password: 'twaalf tekens' })
        .expect(201);
      expect(res.body.user).toMatchObject({ email: 'sanne.devries@minbzk.nl', roles: [], organisation: { id: bzk.id } });
      const me = await t.http.get('/api/me').set('Authorization', `Bearer ${res.body.accessToken}`).expect(200);
      expect(me.body.name).toBe('Sanne de Vries');
    });

    it('asks for the organisation when the e-mail domain is unknown', async () => {
      const res = await t.http
        .post('/api/auth/register')
        .send({ name: 'Kees', email: 'kees@onbekend.nl', password: 'een lang wachtwoord' })
        .expect(400);
      expect(res.body.code).toBe('ORGANISATION_REQUIRED');
      expect(res.body.errors).toEqual([{ field: 'organisationId', messages: [expect.any(String)] }]);
      const withOrg = await t.http
        .post('/api/auth/register')
        .send({ name: 'Kees', email: 'kees@onbekend.nl', password: 'een lang wachtwoord', organisationId: bzk.id })
        .expect(201);
      expect(withOrg.body.user.organisation.id).toBe(bzk.id);
    });

    it('accepts passwords of 12 to 128 characters without composition rules and refuses others per field', async () => {
      const tooShort = await t.http.post('/api/auth/register').send({ name: 'A B', email: 'a@minbzk.nl', password: 'elf tekens!' }).expect(400);
      expect(tooShort.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(tooShort.body.errors.map((e: { field: string }) => e.field)).toEqual(['password']);
      await t.http.post('/api/auth/register').send({ name: 'A B', email: 'a@minbzk.nl', password: 'x'.repeat(129) }).expect(400);
      await t.http.post('/api/auth/register').send({ name: 'A B', email: 'a@minbzk.nl', password: 'aaaaaaaaaaaa' }).expect(201);
      await t.http.post('/api/auth/register').send({ name: 'C D', email: 'c@minbzk.nl', password: 'y'.repeat(128) }).expect(201);
    });

    it('refuses a second account with the same e-mail address (409) and unknown fields (400)', async () => {
      await t.http.post('/api/auth/register').send({ name: 'Dup', email: 'dup@minbzk.nl', password: 'een lang wachtwoord' }).expect(201);
      const dup = await t.http.post('/api/auth/register').send({ name: 'Dup', email: 'DUP@minbzk.nl', password: 'een lang wachtwoord' }).expect(409);
      expect(dup.body.code).toBe('EMAIL_TAKEN');
      const extra = await t.http
        .post('/api/auth/register')
        .send({ name: 'X Y', email: 'xy@minbzk.nl', password: 'een lang wachtwoord', roles: ['admin'] })
        .expect(400);
      expect(extra.body.errors).toEqual([{ field: 'roles', messages: ['property roles is not allowed'], codes: ['whitelistValidation'] }]);
      const count = await t.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email = 'xy@minbzk.nl'`);
      expect(count[0].n).toBe(0);
    });
  });

  describe('log in', () => {
    it('refuses a wrong password and an unknown address alike (401)', async () => {
      const user = await createUser(t.dataSource, bzk.id, { email: 'pw@minbzk.nl' });
      const wrong = await t.http.post('/api/auth/login').send({ email: user.email, password: 'niet het wachtwoord' }).expect(401);
      const unknown = await t.http.post('/api/auth/login').send({ email: 'nobody@minbzk.nl', password: 'niet het wachtwoord' }).expect(401);
      expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
      expect(unknown.body).toMatchObject({ code: 'INVALID_CREDENTIALS', detail: wrong.body.detail });
    });
  });

  describe('access tokens', () => {
    it('are refused when tampered with, expired, unsigned (alg none) or signed for another audience', async () => {
      const a = await actor(t, bzk.id);
      const [h, p, s] = a.token.split('.');
      const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
      const other = await createUser(t.dataSource, bzk.id);
      const tampered = `${h}.${Buffer.from(JSON.stringify({ ...payload, sub: other.id })).toString('base64url')}.${s}`;
      const expired = jwt.sign({ sid: payload.sid }, TEST_JWT_SECRET, {
        subject: a.id,
        issuer: 'collegiaal',
        audience: 'collegiaal-api',
        expiresIn: -10,
        algorithm: 'HS256',
      });
      const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${p}.`;
      const wrongAudience = jwt.sign({ sid: payload.sid }, TEST_JWT_SECRET, { subject: a.id, issuer: 'collegiaal', audience: 'elsewhere', expiresIn: 60 });
      const wrongKey = jwt.sign({ sid: payload.sid }, 'another-secret-of-at-least-32-characters', { subject: a.id, issuer: 'collegiaal', audience: 'collegiaal-api', expiresIn: 60 });
      await t.http.get('/api/me').set(a.auth).expect(200);
      for (const token of [tampered, expired, none, wrongAudience, wrongKey, 'garbage']) {
        const res = await t.http.get('/api/me').set('Authorization', `Bearer ${token}`).expect(401);
        expect(res.body.code).toBe('INVALID_TOKEN');
      }
      await t.http.get('/api/me').expect(401);
    });

    it('carry no roles: roles are read from the database on every request', async () => {
      const a = await actor(t, bzk.id);
      await t.http.get('/api/admin/users').set(a.auth).expect(403);
      await t.dataSource.query(`UPDATE users SET roles = '{admin}' WHERE id = $1`, [a.id]);
      await t.http.get('/api/admin/users').set(a.auth).expect(200);
      await t.dataSource.query(`UPDATE users SET roles = '{}' WHERE id = $1`, [a.id]);
      const res = await t.http.get('/api/admin/users').set(a.auth).expect(403);
      expect(res.body.code).toBe('MISSING_ROLE');
    });
  });

  describe('refresh tokens', () => {
    it('rotate: each works once, and reusing an old one revokes the whole session', async () => {
      const user = await createUser(t.dataSource, bzk.id);
      const first = await login(t, user.email);
      const second = (await t.http.post('/api/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200)).body;
      expect(second.refreshToken).not.toBe(first.refreshToken);
      await t.http.get('/api/me').set('Authorization', `Bearer ${second.accessToken}`).expect(200);

      const reuse = await t.http.post('/api/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
      expect(reuse.body.code).toBe('INVALID_REFRESH_TOKEN');
      // The theft response: everything issued under that session stops working.
      await t.http.post('/api/auth/refresh').send({ refreshToken: second.refreshToken }).expect(401);
      await t.http.get('/api/me').set('Authorization', `Bearer ${second.accessToken}`).expect(401);
    });

    it('are refused when malformed or forged', async () => {
      await t.http.post('/api/auth/refresh').send({ refreshToken: 'nope' }).expect(401);
      const user = await createUser(t.dataSource, bzk.id);
      const { refreshToken } = await login(t, user.email);
      const forged = refreshToken.replace(/\.(.)/, (_m: string, c: string) => `.${c === 'A' ? 'B' : 'A'}`);
      await t.http.post('/api/auth/refresh').send({ refreshToken: forged }).expect(401);
      await t.http.post('/api/auth/refresh').send({ refreshToken }).expect(200);
    });
  });

  describe('log out and disablement', () => {
    it('log-out revokes the access and refresh tokens of that session only', async () => {
      const user = await createUser(t.dataSource, bzk.id);
      const laptop = await login(t, user.email);
      const phone = await login(t, user.email);
      await t.http.post('/api/auth/logout').set('Authorization', `Bearer ${laptop.accessToken}`).expect(204);
      await t.http.get('/api/me').set('Authorization', `Bearer ${laptop.accessToken}`).expect(401);
      await t.http.post('/api/auth/refresh').send({ refreshToken: laptop.refreshToken }).expect(401);
      await t.http.get('/api/me').set('Authorization', `Bearer ${phone.accessToken}`).expect(200);
    });

    it('disabling an account revokes all its tokens and blocks log-in; enabling allows log-in again', async () => {
      const admin = await actor(t, bzk.id, { roles: ['admin'] });
      const user = await createUser(t.dataSource, bzk.id);
      const tokens = await login(t, user.email);
      const res = await t.http.post(`/api/admin/users/${user.id}/disable`).set(admin.auth).expect(200);
      expect(res.body.disabledAt).toEqual(expect.any(String));
      await t.http.get('/api/me').set('Authorization', `Bearer ${tokens.accessToken}`).expect(401);
      await t.http.post('/api/auth/refresh').send({ refreshToken: tokens.refreshToken }).expect(401);
      await t.http.post('/api/auth/login').send({ email: user.email, password: 'correct horse battery staple' }).expect(401);
      await t.http.post(`/api/admin/users/${user.id}/enable`).set(admin.auth).expect(200);
      await login(t, user.email);
    });

    it('only admins grant roles, and only known roles', async () => {
      const admin = await actor(t, bzk.id, { roles: ['admin'] });
      const learner = await actor(t, bzk.id);
      await t.http.put(`/api/admin/users/${learner.id}/roles`).set(learner.auth).send({ roles: ['admin'] }).expect(403);
      const bad = await t.http.put(`/api/admin/users/${learner.id}/roles`).set(admin.auth).send({ roles: ['god'] }).expect(400);
      expect(bad.body.errors[0].field).toBe('roles');
      const ok = await t.http.put(`/api/admin/users/${learner.id}/roles`).set(admin.auth).send({ roles: ['ld'] }).expect(200);
      expect(ok.body.roles).toEqual(['ld']);
      await t.http.put(`/api/admin/users/00000000-0000-4000-8000-000000000000/roles`).set(admin.auth).send({ roles: [] }).expect(404);
    });
  });
});

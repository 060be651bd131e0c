import jwt from 'jsonwebtoken';
import { createTestApp, TEST_JWT_SECRET, type TestApp } from './support/app.js';
import type request from 'supertest';
import {
  actor,
  createOrganisation,
  createUser,
  login,
  PASSWORD,
  TEACHER_PROFILE,
  type OrgRow,
} from './support/factories.js';
import { verificationToken } from './support/mail.js';

describe('Sign-in journey', () => {
  let t: TestApp;
  let bzk: OrgRow;

  beforeAll(async () => {
    t = await createTestApp();
    bzk = await createOrganisation(t.dataSource, {
      slug: 'bzk',
      name: 'Ministerie van BZK',
      kind: 'ministerie',
      emailDomains: ['minbzk.nl'],
    });
  });
  afterAll(() => t.close());

  describe('register', () => {
    const register = (body: Record<string, unknown>) => t.http.post('/api/auth/register').send(body);

    it('takes the organisation from the verified e-mail domain: check your mail, then the link signs the account in', async () => {
      const res = await register({
        name: 'Sanne de Vries',
        email: 'Sanne.deVries@MinBZK.nl',
        password: 'twaalf tekens',
      }).expect(202);
      expect(res.body).toEqual({ status: 'verification_sent', detail: expect.any(String) });
      expect(res.body.accessToken).toBeUndefined();
      // Unverified: the password is right, but the account can only verify.
      const early = await t.http
        .post('/api/auth/login')
        .send({ email: 'sanne.devries@minbzk.nl', password: 'twaalf tekens' })
        .expect(403);
      expect(early.body.code).toBe('EMAIL_NOT_VERIFIED');
      const token = await verificationToken(t, 'sanne.devries@minbzk.nl');
      const verified = await t.http
        .post('/api/auth/verify-email')
        .send({ token, password: 'twaalf tekens' })
        .expect(200);
      expect(verified.body.user).toMatchObject({
        email: 'sanne.devries@minbzk.nl',
        roles: [],
        organisation: { id: bzk.id },
      });
      const me = await t.http.get('/api/me').set('Authorization', `Bearer ${verified.body.accessToken}`).expect(200);
      expect(me.body.name).toBe('Sanne de Vries');
      await login(t, 'sanne.devries@minbzk.nl', 'twaalf tekens');
    });

    it('refuses a chosen organisation (400) and changes nothing', async () => {
      const res = await register({
        name: 'Indringer',
        email: 'x@minbzk.nl',
        password: 'een lang wachtwoord',
        organisationId: bzk.id,
      }).expect(400);
      expect(res.body.errors).toEqual([
        {
          field: 'organisationId',
          messages: ['property organisationId is not allowed'],
          codes: ['whitelistValidation'],
        },
      ]);
      expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email = 'x@minbzk.nl'`))[0].n).toBe(
        0,
      );
    });

    it('gives an address of no known organisation an account without one, which sees public courses only until an admin assigns it', async () => {
      await register({ name: 'Kees', email: 'kees@example.com', password: 'een lang wachtwoord' }).expect(202);
      const verified = await t.http
        .post('/api/auth/verify-email')
        .send({ token: await verificationToken(t, 'kees@example.com'), password: 'een lang wachtwoord' })
        .expect(200);
      expect(verified.body.user.organisation).toBeNull();
      const auth = { Authorization: `Bearer ${verified.body.accessToken}` };
      const teach = await t.http.put('/api/me/teacher-profile').set(auth).send(TEACHER_PROFILE).expect(403);
      expect(teach.body.code).toBe('ORGANISATION_REQUIRED_FOR_ACTION');
      const admin = await actor(t, bzk.id, { roles: ['admin'] });
      const assigned = await t.http
        .put(`/api/admin/users/${verified.body.user.id}/organisation`)
        .set(admin.auth)
        .send({ organisationId: bzk.id })
        .expect(200);
      expect(assigned.body.organisationId).toBe(bzk.id);
      expect((await t.http.get('/api/me').set(auth).expect(200)).body.organisation.id).toBe(bzk.id);
      await t.http
        .put(`/api/admin/users/${verified.body.user.id}/organisation`)
        .set(auth)
        .send({ organisationId: null })
        .expect(403);
    });

    it('answers a taken address exactly like a new one, and mails its owner instead', async () => {
      await createUser(t.dataSource, bzk.id, { email: 'taken@minbzk.nl' });
      const taken = await register({ name: 'Dup', email: 'TAKEN@minbzk.nl', password: 'een lang wachtwoord' }).expect(
        202,
      );
      const fresh = await register({ name: 'Nieuw', email: 'fresh@minbzk.nl', password: 'een lang wachtwoord' }).expect(
        202,
      );
      expect(taken.body).toEqual(fresh.body);
      // The existing account keeps its password.
      await login(t, 'taken@minbzk.nl');
      await t.http
        .post('/api/auth/login')
        .send({ email: 'taken@minbzk.nl', password: 'een lang wachtwoord' })
        .expect(401);
    });

    it('a verification link works once, and a newer link replaces older ones', async () => {
      await register({ name: 'Eén Keer', email: 'once@minbzk.nl', password: 'een lang wachtwoord' }).expect(202);
      const first = await verificationToken(t, 'once@minbzk.nl');
      await t.http.post('/api/auth/verification/resend').send({ email: 'once@minbzk.nl' }).expect(202);
      const second = await verificationToken(t, 'once@minbzk.nl');
      const password = 'een lang wachtwoord';
      const stale = await t.http.post('/api/auth/verify-email').send({ token: first, password }).expect(400);
      expect(stale.body.code).toBe('INVALID_VERIFICATION');
      await t.http.post('/api/auth/verify-email').send({ token: second, password }).expect(200);
      await t.http.post('/api/auth/verify-email').send({ token: second, password }).expect(400);
      await t.http.post('/api/auth/verify-email').send({ token: 'not-a-token', password }).expect(400);
      const stored = await t.dataSource.query(
        `SELECT secret_hash FROM email_verifications v JOIN users u ON u.id = v.user_id WHERE u.email = 'once@minbzk.nl'`,
      );
      for (const row of stored) expect(second).not.toContain(row.secret_hash);
    });

    it("gives a stranger who signed someone's address up first nothing: the owner's own link sets the owner's password", async () => {
      // The stranger registers the address with a password they know, then the owner registers too.
      await register({
        name: 'Indringer',
        email: 'doelwit@minbzk.nl',
        password: 'het wachtwoord van de indringer',
      }).expect(202);
      const strangers = await verificationToken(t, 'doelwit@minbzk.nl');
      await register({
        name: 'Echte Eigenaar',
        email: 'doelwit@minbzk.nl',
        password: 'het wachtwoord van de eigenaar',
      }).expect(202);
      const owners = await verificationToken(t, 'doelwit@minbzk.nl');
      // Whichever link the owner opens, it works only with the password chosen for it.
      const mismatch = await t.http
        .post('/api/auth/verify-email')
        .send({ token: strangers, password: 'het wachtwoord van de eigenaar' })
        .expect(400);
      expect(mismatch.body.errors).toEqual([expect.objectContaining({ field: 'password' })]);
      const verified = await t.http
        .post('/api/auth/verify-email')
        .send({ token: owners, password: 'het wachtwoord van de eigenaar' })
        .expect(200);
      expect(verified.body.user.name).toBe('Echte Eigenaar');
      await t.http
        .post('/api/auth/login')
        .send({ email: 'doelwit@minbzk.nl', password: 'het wachtwoord van de indringer' })
        .expect(401);
      await t.http
        .post('/api/auth/verify-email')
        .send({ token: strangers, password: 'het wachtwoord van de indringer' })
        .expect(400);
      await login(t, 'doelwit@minbzk.nl', 'het wachtwoord van de eigenaar');
    });

    it('accepts passwords of 12 to 128 characters without composition rules and refuses others per field', async () => {
      const tooShort = await register({ name: 'A B', email: 'a@minbzk.nl', password: 'elf tekens!' }).expect(400);
      expect(tooShort.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(tooShort.body.errors.map((e: { field: string }) => e.field)).toEqual(['password']);
      await register({ name: 'A B', email: 'a@minbzk.nl', password: 'x'.repeat(129) }).expect(400);
      await register({ name: 'A B', email: 'a@minbzk.nl', password: 'aaaaaaaaaaaa' }).expect(202);
      await register({ name: 'C D', email: 'c@minbzk.nl', password: 'y'.repeat(128) }).expect(202);
    });

    it('refuses unknown fields (400) and creates nothing', async () => {
      const extra = await register({
        name: 'X Y',
        email: 'xy@minbzk.nl',
        password: 'een lang wachtwoord',
        roles: ['admin'],
      }).expect(400);
      expect(extra.body.errors).toEqual([
        { field: 'roles', messages: ['property roles is not allowed'], codes: ['whitelistValidation'] },
      ]);
      const count = await t.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email = 'xy@minbzk.nl'`);
      expect(count[0].n).toBe(0);
    });
  });

  describe('brute-force protection', () => {
    it('pauses an account after five failures with 429 and Retry-After, whether or not the account exists', async () => {
      const user = await createUser(t.dataSource, bzk.id, { email: 'guessed@minbzk.nl' });
      for (const email of [user.email, 'ghost@minbzk.nl']) {
        const statuses: number[] = [];
        let limited: request.Response | undefined;
        for (let i = 0; i < 8; i++) {
          const res = await t.http
            .post('/api/auth/login')
            .set('X-Forwarded-For', `10.9.${i}.1`)
            .send({ email, password: `gok nummer ${i}` });
          statuses.push(res.status);
          if (res.status === 429) limited = res;
        }
        expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
        expect(statuses.slice(5)).toEqual([429, 429, 429]);
        expect(limited!.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(limited!.body.code).toBe('TOO_MANY_ATTEMPTS');
        expect(Number(limited!.headers['retry-after'])).toBeGreaterThanOrEqual(1);
        if (email === user.email) {
          // Even the right password waits out the pause: a pause that the right password skipped would tell the guesser.
          await t.http
            .post('/api/auth/login')
            .set('X-Forwarded-For', '10.9.99.1')
            .send({ email, password: PASSWORD })
            .expect(429);
        }
      }
    });

    it('pauses a client address that tries one password over many accounts, while other addresses carry on', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) {
        const res = await t.http
          .post('/api/auth/login')
          .set('X-Forwarded-For', '10.8.0.1')
          .send({ email: `spray-${i}@minbzk.nl`, password: 'Zomer2026!Zomer' });
        statuses.push(res.status);
      }
      expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
      expect(statuses.slice(10)).toEqual([429, 429]);
      const other = await createUser(t.dataSource, bzk.id);
      await t.http
        .post('/api/auth/login')
        .set('X-Forwarded-For', '10.8.0.2')
        .send({ email: other.email, password: PASSWORD })
        .expect(200);
    });

    it('lets parallel guesses through no faster than one at a time would be', async () => {
      const user = await createUser(t.dataSource, bzk.id, { email: 'parallel@minbzk.nl' });
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          t.http
            .post('/api/auth/login')
            .set('X-Forwarded-For', `10.7.${i}.1`)
            .send({ email: user.email, password: `parallel gok ${i}` }),
        ),
      );
      expect(results.filter((r) => r.status === 401)).toHaveLength(5);
      expect(results.filter((r) => r.status === 429)).toHaveLength(15);
    });

    it('keeps its counts in PostgreSQL, so every API replica sees the same pause', async () => {
      // The pause recorded, not whether it still runs: that would depend on how long the test before took.
      const rows = await t.dataSource.query(
        `SELECT failures, blocked_until > last_failure_at AS blocked FROM auth_throttles WHERE key = 'account:parallel@minbzk.nl'`,
      );
      expect(rows).toEqual([{ failures: 5, blocked: true }]);
    });
  });

  describe('log in', () => {
    it('refuses a wrong password and an unknown address alike (401)', async () => {
      const user = await createUser(t.dataSource, bzk.id, { email: 'pw@minbzk.nl' });
      const wrong = await t.http
        .post('/api/auth/login')
        .send({ email: user.email, password: 'niet het wachtwoord' })
        .expect(401);
      const unknown = await t.http
        .post('/api/auth/login')
        .send({ email: 'nobody@minbzk.nl', password: 'niet het wachtwoord' })
        .expect(401);
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
      const wrongAudience = jwt.sign({ sid: payload.sid }, TEST_JWT_SECRET, {
        subject: a.id,
        issuer: 'collegiaal',
        audience: 'elsewhere',
        expiresIn: 60,
      });
      const wrongKey = jwt.sign({ sid: payload.sid }, 'another-secret-of-at-least-32-characters', {
        subject: a.id,
        issuer: 'collegiaal',
        audience: 'collegiaal-api',
        expiresIn: 60,
      });
      await t.http.get('/api/me').set(a.auth).expect(200);
      for (const token of [tampered, expired, none, wrongAudience, wrongKey, 'garbage']) {
        const res = await t.http.get('/api/me').set('Authorization', `Bearer ${token}`).expect(401);
        expect(res.body.code).toBe('INVALID_TOKEN');
      }
      await t.http.get('/api/me').expect(401);
    });

    it('are refused without an expiry, even when correctly signed', async () => {
      const a = await actor(t, bzk.id);
      const payload = JSON.parse(Buffer.from(a.token.split('.')[1], 'base64url').toString());
      const forever = jwt.sign({ sid: payload.sid }, TEST_JWT_SECRET, {
        subject: a.id,
        issuer: 'collegiaal',
        audience: 'collegiaal-api',
        algorithm: 'HS256',
        noTimestamp: true,
      });
      expect(JSON.parse(Buffer.from(forever.split('.')[1], 'base64url').toString()).exp).toBeUndefined();
      const res = await t.http.get('/api/me').set('Authorization', `Bearer ${forever}`).expect(401);
      expect(res.body.code).toBe('INVALID_TOKEN');
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
      const second = (await t.http.post('/api/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200))
        .body;
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
      await t.http
        .post('/api/auth/login')
        .send({ email: user.email, password: 'correct horse battery staple' })
        .expect(401);
      await t.http.post(`/api/admin/users/${user.id}/enable`).set(admin.auth).expect(200);
      await login(t, user.email);
    });

    it('only admins grant roles, and only known roles', async () => {
      const admin = await actor(t, bzk.id, { roles: ['admin'] });
      const learner = await actor(t, bzk.id);
      await t.http
        .put(`/api/admin/users/${learner.id}/roles`)
        .set(learner.auth)
        .send({ roles: ['admin'] })
        .expect(403);
      const bad = await t.http
        .put(`/api/admin/users/${learner.id}/roles`)
        .set(admin.auth)
        .send({ roles: ['god'] })
        .expect(400);
      expect(bad.body.errors[0].field).toBe('roles');
      const ok = await t.http
        .put(`/api/admin/users/${learner.id}/roles`)
        .set(admin.auth)
        .send({ roles: ['ld'] })
        .expect(200);
      expect(ok.body.roles).toEqual(['ld']);
      await t.http
        .put(`/api/admin/users/00000000-0000-4000-8000-000000000000/roles`)
        .set(admin.auth)
        .send({ roles: [] })
        .expect(404);
    });
  });
});

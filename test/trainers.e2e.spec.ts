import sharp from 'sharp';
import { EMAIL_JOB } from '#libs/notifications';
import { JobQueue } from '#libs/jobs';
import { PHOTO_MAX_BYTES, TRAINER_QUESTIONS_PER_DAY } from '#libs/trainers';
import { createTestApp, type TestApp } from './support/app.js';
import { mailsTo } from './support/mail.js';
import {
  actor,
  createCourse,
  createOrganisation,
  createSession,
  createTeacherProfile,
  days,
  type Actor,
  type OrgRow,
} from './support/factories.js';

/**
 * Issue #12 item 4: a page per colleague-trainer, their photo (type checked by content, resized
 * to a square WebP, served with cache headers), and "Stel je vraag aan deze collega": the
 * question goes to the trainer, who answers, declines or proposes a session; each step notifies
 * the other side; only the asker and the trainer see the question.
 */
interface Trainer extends Actor {
  profileId: string;
}

let t: TestApp;
let org: OrgRow;
let other: OrgRow;

async function trainer(name = 'Marieke Trainer'): Promise<Trainer> {
  const who = await actor(t, org.id, { name });
  const profile = await createTeacherProfile(t.dataSource, who.id, { expertise: ['Omgevingswet', 'DPIA'] });
  return { ...who, profileId: profile.id };
}

const ask = (who: Actor, trainerId: string, body: object) =>
  t.http.post(`/api/trainers/${trainerId}/questions`).set(who.auth).send(body);

async function notes(who: Actor) {
  return (await t.http.get('/api/me/notifications').set(who.auth).expect(200)).body.items as {
    id: string;
    kind: string;
    link: string;
    title: string;
    body: string;
  }[];
}

/** A PNG of w×h with EXIF metadata that must not survive. */
function png(w: number, h: number): Promise<Buffer> {
  return sharp({ create: { width: w, height: h, channels: 3, background: { r: 200, g: 80, b: 20 } } })
    .withExif({ IFD0: { Artist: 'Geheime Fotograaf', Copyright: 'Niet doorgeven' } })
    .png()
    .toBuffer();
}

beforeAll(async () => {
  t = await createTestApp();
  org = await createOrganisation(t.dataSource, { slug: 'trainer-org', emailDomains: ['trainer-org.nl'] });
  other = await createOrganisation(t.dataSource, { slug: 'ander-org', emailDomains: ['ander-org.nl'] });
});
afterAll(() => t.close());

describe('Trainer page', () => {
  it('shows the profile, organisation, courses with next sessions, and no figures below the threshold', async () => {
    const tr = await trainer();
    const course = await createCourse(t.dataSource, org.id, [tr.profileId], { title: 'DPIA in de praktijk' });
    const soon = await createSession(t.dataSource, course.id, { startsAt: days(10), city: 'Zwolle' });
    await createSession(t.dataSource, course.id, { startsAt: days(-10) });
    // Another organisation's private course is not shown to this viewer.
    const privateCourse = await createCourse(t.dataSource, org.id, [tr.profileId], { title: 'Alleen voor ons' });
    await t.dataSource.query(`UPDATE courses SET visible_to_organisation_id = $1 WHERE id = $2`, [
      org.id,
      privateCourse.id,
    ]);
    await createCourse(t.dataSource, org.id, [tr.profileId], { title: 'Concept', status: 'draft' });

    const viewer = await actor(t, other.id);
    const page = (await t.http.get(`/api/trainers/${tr.profileId}`).set(viewer.auth).expect(200)).body;
    expect(page).toMatchObject({
      id: tr.profileId,
      name: 'Marieke Trainer',
      photoUrl: null,
      organisation: { id: org.id },
      expertise: ['Omgevingswet', 'DPIA'],
      regions: ['Utrecht'],
      inCompany: true,
      evaluation: null,
      evaluationMinResponses: t.config.EVALUATION_MIN_RESPONSES,
      isMe: false,
    });
    expect(page.courses).toEqual([
      expect.objectContaining({
        id: course.id,
        title: 'DPIA in de praktijk',
        evaluation: null,
        nextSessions: [expect.objectContaining({ id: soon.id, city: 'Zwolle' })],
      }),
    ]);
    // A colleague of the same organisation sees its private course too; the trainer sees isMe.
    const own = (await t.http.get(`/api/trainers/${tr.profileId}`).set(tr.auth).expect(200)).body;
    expect(own.isMe).toBe(true);
    expect(own.courses.map((c: { title: string }) => c.title)).toEqual(['Alleen voor ons', 'DPIA in de praktijk']);
  });

  it('needs a sign-in, answers 404 for an unknown trainer and 400 for a malformed id', async () => {
    const tr = await trainer();
    await t.http.get(`/api/trainers/${tr.profileId}`).expect(401);
    const viewer = await actor(t, other.id);
    const missing = await t.http.get('/api/trainers/00000000-0000-4000-8000-000000000000').set(viewer.auth).expect(404);
    expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(missing.body.code).toBe('TRAINER_PAGE_NOT_FOUND');
    await t.http.get('/api/trainers/niet-een-id').set(viewer.auth).expect(400);
  });
});

describe('Trainer photo', () => {
  it('takes a real PNG, stores a square WebP without metadata and serves it with cache headers', async () => {
    const tr = await trainer();
    const res = await t.http
      .put('/api/me/trainer-photo')
      .set(tr.auth)
      .attach('photo', await png(900, 600), { filename: 'ik.png', contentType: 'image/png' })
      .expect(200);
    expect(res.body.photoUrl).toMatch(new RegExp(`^/api/trainers/${tr.profileId}/photo\\?v=[0-9a-f]{16}$`));

    const viewer = await actor(t, other.id);
    const page = (await t.http.get(`/api/trainers/${tr.profileId}`).set(viewer.auth).expect(200)).body;
    expect(page.photoUrl).toBe(res.body.photoUrl);

    const photo = await t.http
      .get(res.body.photoUrl as string)
      .set(viewer.auth)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(photo.headers['content-type']).toBe('image/webp');
    expect(photo.headers['x-content-type-options']).toBe('nosniff');
    expect(photo.headers['cache-control']).toBe('private, max-age=3600');
    expect(photo.headers.etag).toMatch(/^"[0-9a-f]{64}"$/);
    const meta = await sharp(photo.body as Buffer).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 400, height: 400 });
    expect(meta.exif).toBeUndefined();
    expect(meta.icc).toBeUndefined();

    // Revalidation: the same ETag gets 304 without the bytes.
    await t.http
      .get(`/api/trainers/${tr.profileId}/photo`)
      .set(viewer.auth)
      .set('If-None-Match', photo.headers.etag)
      .expect(304);
    await t.http.get(`/api/trainers/${tr.profileId}/photo`).expect(401);

    await t.http.delete('/api/me/trainer-photo').set(tr.auth).expect(204);
    const gone = await t.http.get(`/api/trainers/${tr.profileId}/photo`).set(viewer.auth).expect(404);
    expect(gone.body.code).toBe('TRAINER_PHOTO_NOT_FOUND');
    expect((await t.http.get(`/api/trainers/${tr.profileId}`).set(viewer.auth).expect(200)).body.photoUrl).toBeNull();
  });

  it('refuses a text file named .png (400, judged by content) and keeps the photo it had', async () => {
    const tr = await trainer();
    const first = await t.http
      .put('/api/me/trainer-photo')
      .set(tr.auth)
      .attach('photo', await png(50, 50), { filename: 'ik.png', contentType: 'image/png' })
      .expect(200);
    const res = await t.http
      .put('/api/me/trainer-photo')
      .set(tr.auth)
      .attach('photo', Buffer.from('Dit is geen plaatje, maar tekst.\n'), {
        filename: 'foto.png',
        contentType: 'image/png',
      })
      .expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ code: 'TRAINER_PHOTO_NOT_AN_IMAGE', errors: [{ field: 'photo' }] });
    // An SVG is an image to a browser, but may carry script: refused too.
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
    );
    await t.http
      .put('/api/me/trainer-photo')
      .set(tr.auth)
      .attach('photo', svg, { filename: 'ik.svg', contentType: 'image/svg+xml' })
      .expect(400);
    const page = (await t.http.get(`/api/trainers/${tr.profileId}`).set(tr.auth).expect(200)).body;
    expect(page.photoUrl).toBe(first.body.photoUrl);
  });

  it('refuses a file over the limit with 413 problem+json, and a request without a file with 400', async () => {
    const tr = await trainer();
    const big = Buffer.concat([await png(10, 10), Buffer.alloc(PHOTO_MAX_BYTES + 1024, 1)]);
    const res = await t.http
      .put('/api/me/trainer-photo')
      .set(tr.auth)
      .attach('photo', big, { filename: 'groot.png', contentType: 'image/png' })
      .expect(413);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');

    const none = await t.http.put('/api/me/trainer-photo').set(tr.auth).send({}).expect(400);
    expect(none.body).toMatchObject({ code: 'TRAINER_PHOTO_MISSING', errors: [{ field: 'photo' }] });
    const wrongField = await t.http
      .put('/api/me/trainer-photo')
      .set(tr.auth)
      .attach('afbeelding', await png(10, 10), 'x.png')
      .expect(400);
    expect(wrongField.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('is only for someone with a teacher profile (their own)', async () => {
    const learner = await actor(t, other.id);
    const res = await t.http
      .put('/api/me/trainer-photo')
      .set(learner.auth)
      .attach('photo', await png(20, 20), 'x.png')
      .expect(404);
    expect(res.body.code).toBe('TRAINER_NO_TEACHER_PROFILE');
    await t.http
      .put('/api/me/trainer-photo')
      .attach('photo', await png(20, 20), 'x.png')
      .expect(401);
  });
});

describe('Questions to a trainer', () => {
  it('goes open → answered: the trainer is notified in-app and by e-mail, then the asker', async () => {
    const tr = await trainer('Trainer Antwoord');
    const asker = await actor(t, other.id, { name: 'Vrager Een' });
    const res = await ask(asker, tr.profileId, { text: '  Hoe pak ik een DPIA aan voor een klein project?  ' }).expect(
      201,
    );
    expect(res.body).toMatchObject({
      trainer: { id: tr.profileId, name: 'Trainer Antwoord' },
      asker: { id: asker.id, name: 'Vrager Een' },
      text: 'Hoe pak ik een DPIA aan voor een klein project?',
      status: 'open',
      response: null,
      knowledgeQuestionId: null,
    });
    const id = res.body.id as string;

    const note = (await notes(tr)).find((n) => n.kind === 'trainer.question_asked');
    expect(note).toMatchObject({ link: '/lesgeven/vragen', title: 'Vrager Een stelt je een vraag' });
    if (!note) throw new Error('no notification');
    const jobs = await t.dataSource.query(`SELECT 1 FROM pgboss.job WHERE name = $1 AND data->>'notificationId' = $2`, [
      EMAIL_JOB,
      note.id,
    ]);
    expect(jobs).toHaveLength(1);
    await t.app.get(JobQueue).runNow(EMAIL_JOB, { notificationId: note.id });
    expect((await mailsTo(t, tr.email)).some((m) => m.includes('Hoe pak ik een DPIA aan'))).toBe(true);

    const inbox = (await t.http.get('/api/me/trainer-questions').set(tr.auth).expect(200)).body;
    expect(inbox.map((q: { id: string }) => q.id)).toEqual([id]);
    const mine = (await t.http.get('/api/me/asked-questions').set(asker.auth).expect(200)).body;
    expect(mine).toEqual([expect.objectContaining({ id, status: 'open' })]);

    const answered = await t.http
      .post(`/api/trainer-questions/${id}/answer`)
      .set(tr.auth)
      .send({ text: 'Begin met de pre-scan; bel me gerust.' })
      .expect(200);
    expect(answered.body).toMatchObject({ status: 'answered', response: 'Begin met de pre-scan; bel me gerust.' });
    expect(answered.body.respondedAt).toEqual(expect.any(String));
    const told = (await notes(asker)).find((n) => n.kind === 'trainer.question_answered');
    expect(told).toMatchObject({ link: '/mijn-vragen', body: 'Begin met de pre-scan; bel me gerust.' });
    expect((await t.http.get('/api/me/asked-questions').set(asker.auth).expect(200)).body[0].status).toBe('answered');

    // Handled once: any further step is a 409, and nothing changes.
    for (const [action, body] of [
      ['answer', { text: 'Nog een antwoord' }],
      ['decline', {}],
      ['propose-session', { text: 'Zullen we een sessie plannen?' }],
    ] as const) {
      const again = await t.http.post(`/api/trainer-questions/${id}/${action}`).set(tr.auth).send(body).expect(409);
      expect(again.body.code).toBe('TRAINER_QUESTION_NOT_OPEN');
    }
    expect((await t.http.get(`/api/trainer-questions/${id}`).set(asker.auth).expect(200)).body.response).toBe(
      'Begin met de pre-scan; bel me gerust.',
    );
  });

  it('goes open → declined (reason optional) and open → session_proposed, each told to the asker', async () => {
    const tr = await trainer();
    const asker = await actor(t, other.id);
    const q1 = (await ask(asker, tr.profileId, { text: 'Kun je ons iets vertellen over inkoop?' }).expect(201)).body;
    const q2 = (await ask(asker, tr.profileId, { text: 'Wil je ons team trainen in de Omgevingswet?' }).expect(201))
      .body;

    const declined = await t.http.post(`/api/trainer-questions/${q1.id}/decline`).set(tr.auth).send({}).expect(200);
    expect(declined.body).toMatchObject({ status: 'declined', response: null });
    const proposed = await t.http
      .post(`/api/trainer-questions/${q2.id}/propose-session`)
      .set(tr.auth)
      .send({ text: 'Ik kom graag een middag langs in maart.' })
      .expect(200);
    expect(proposed.body).toMatchObject({
      status: 'session_proposed',
      response: 'Ik kom graag een middag langs in maart.',
    });

    const kinds = (await notes(asker)).map((n) => n.kind);
    expect(kinds).toEqual(expect.arrayContaining(['trainer.question_declined', 'trainer.session_proposed']));
    const statuses = (await t.http.get('/api/me/asked-questions').set(asker.auth).expect(200)).body.map(
      (q: { status: string }) => q.status,
    );
    expect(statuses.sort()).toEqual(['declined', 'session_proposed']);
  });

  it('is seen only by its asker and its trainer (404 for others); the asker cannot answer it (403)', async () => {
    const tr = await trainer();
    const asker = await actor(t, other.id);
    const stranger = await actor(t, org.id);
    const admin = await actor(t, org.id, { roles: ['admin'] });
    const q = (await ask(asker, tr.profileId, { text: 'Een vraag alleen voor jou, trainer.' }).expect(201)).body;

    await t.http.get(`/api/trainer-questions/${q.id}`).set(asker.auth).expect(200);
    await t.http.get(`/api/trainer-questions/${q.id}`).set(tr.auth).expect(200);
    for (const who of [stranger, admin]) {
      const res = await t.http.get(`/api/trainer-questions/${q.id}`).set(who.auth).expect(404);
      expect(res.body.code).toBe('TRAINER_QUESTION_NOT_FOUND');
      await t.http
        .post(`/api/trainer-questions/${q.id}/answer`)
        .set(who.auth)
        .send({ text: 'Ik weet het!' })
        .expect(404);
      expect((await t.http.get('/api/me/trainer-questions').set(who.auth).expect(200)).body).toEqual([]);
      expect((await t.http.get('/api/me/asked-questions').set(who.auth).expect(200)).body).toEqual([]);
    }
    const own = await t.http.post(`/api/trainer-questions/${q.id}/answer`).set(asker.auth).send({ text: 'Zelf' });
    expect(own.status).toBe(403);
    expect(own.body.code).toBe('TRAINER_QUESTION_NOT_YOURS');
    await t.http.get(`/api/trainer-questions/${q.id}`).expect(401);
  });

  it('refuses bad input with 400 field errors and changes nothing', async () => {
    const tr = await trainer();
    const asker = await actor(t, other.id);
    const bad: [object, string][] = [
      [{}, 'text'],
      [{ text: 'kort' }, 'text'],
      [{ text: 'x'.repeat(2001) }, 'text'],
      [{ text: 42 }, 'text'],
      [{ text: null }, 'text'],
      [{ text: 'Een goede vraag van genoeg lengte', knowledgeQuestionId: 'geen-uuid' }, 'knowledgeQuestionId'],
      [{ text: 'Een goede vraag van genoeg lengte', extra: true }, 'extra'],
    ];
    for (const [body, field] of bad) {
      const res = await ask(asker, tr.profileId, body).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    // A knowledge question that does not exist (or is someone else's) is refused too.
    const unknown = await ask(asker, tr.profileId, {
      text: 'Een goede vraag van genoeg lengte',
      knowledgeQuestionId: '00000000-0000-4000-8000-000000000000',
    }).expect(400);
    expect(unknown.body.code).toBe('TRAINER_KNOWLEDGE_QUESTION_UNKNOWN');
    // Asking yourself is refused.
    const self = await ask(tr, tr.profileId, { text: 'Een vraag aan mezelf, waarom niet?' }).expect(400);
    expect(self.body.code).toBe('TRAINER_QUESTION_TO_SELF');
    expect((await t.http.get('/api/me/asked-questions').set(asker.auth).expect(200)).body).toEqual([]);
    expect((await t.http.get('/api/me/trainer-questions').set(tr.auth).expect(200)).body).toEqual([]);

    const q = (await ask(asker, tr.profileId, { text: 'Een geldige vraag van genoeg lengte' }).expect(201)).body;
    for (const [action, body] of [
      ['answer', {}],
      ['answer', { text: '   ' }],
      ['answer', { text: 'x'.repeat(4001) }],
      ['decline', { reason: 'x'.repeat(1001) }],
      ['propose-session', { text: 'kort' }],
    ] as const) {
      await t.http.post(`/api/trainer-questions/${q.id}/${action}`).set(tr.auth).send(body).expect(400);
    }
    expect((await t.http.get(`/api/trainer-questions/${q.id}`).set(tr.auth).expect(200)).body.status).toBe('open');
    await ask(asker, '00000000-0000-4000-8000-000000000000', { text: 'Aan een trainer die er niet is.' }).expect(404);
  });

  it('links a knowledge-bank question the asker asked', async () => {
    const tr = await trainer();
    const asker = await actor(t, org.id, { roles: ['ld'] });
    const kq = (
      await t.http
        .post('/api/knowledge-bank/questions')
        .set(asker.auth)
        .send({ text: 'Wie kan ons helpen met een DPIA?' })
        .expect(200)
    ).body;
    const res = await ask(asker, tr.profileId, {
      text: 'Kun je ons helpen met een DPIA?',
      knowledgeQuestionId: kq.questionId,
    }).expect(201);
    expect(res.body.knowledgeQuestionId).toBe(kq.questionId);
    const someoneElse = await actor(t, other.id);
    await ask(someoneElse, tr.profileId, {
      text: 'Kun je ons helpen met een DPIA?',
      knowledgeQuestionId: kq.questionId,
    }).expect(400);
  });

  it(`limits one asker to ${TRAINER_QUESTIONS_PER_DAY} questions per 24 hours (429 with Retry-After)`, async () => {
    const tr = await trainer();
    const asker = await actor(t, other.id);
    for (let i = 0; i < TRAINER_QUESTIONS_PER_DAY; i++)
      await ask(asker, tr.profileId, { text: `Vraag nummer ${i + 1} aan de trainer` }).expect(201);
    const res = await ask(asker, tr.profileId, { text: 'Nog een vraag, de elfde' }).expect(429);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe('TRAINER_QUESTION_LIMIT');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    // Another asker is not limited by it.
    await ask(await actor(t, other.id), tr.profileId, { text: 'Mijn eerste vraag vandaag' }).expect(201);
  });
});

describe('Privacy', () => {
  it('exports questions on both sides and the photo, and erasure removes them', async () => {
    const tr = await trainer();
    await t.http
      .put('/api/me/trainer-photo')
      .set(tr.auth)
      .attach('photo', await png(40, 40), 'ik.png')
      .expect(200);
    const asker = await actor(t, other.id);
    const q = (await ask(asker, tr.profileId, { text: 'Een vraag die in de export hoort' }).expect(201)).body;

    const mine = (await t.http.get('/api/me/personal-data').set(asker.auth).expect(200)).body.trainers;
    expect(mine.questionsAsked).toEqual([
      expect.objectContaining({ id: q.id, text: 'Een vraag die in de export hoort' }),
    ]);
    const theirs = (await t.http.get('/api/me/personal-data').set(tr.auth).expect(200)).body.trainers;
    expect(theirs.questionsReceived).toEqual([expect.objectContaining({ id: q.id })]);
    expect(theirs.photo).toMatchObject({ teacherProfileId: tr.profileId, bytes: expect.any(Number) });

    await t.http.post('/api/me/erasure').set(tr.auth).send({ confirmEmail: tr.email }).expect(204);
    const left = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM trainer_questions WHERE teacher_profile_id = $1) AS questions,
              (SELECT count(*)::int FROM trainer_photos WHERE teacher_profile_id = $1) AS photos`,
      [tr.profileId],
    );
    expect(left).toEqual([{ questions: 0, photos: 0 }]);
    expect((await t.http.get('/api/me/asked-questions').set(asker.auth).expect(200)).body).toEqual([]);
  });
});

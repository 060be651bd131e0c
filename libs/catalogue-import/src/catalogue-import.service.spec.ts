import { DataSource } from 'typeorm';
import { createDataSource, Db } from '#libs/database';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.js';
import type { CatalogueBundle } from './catalogue-format.js';
import { emailFor } from './catalogue-format.js';
import { CatalogueImportService } from './catalogue-import.service.js';
import { CatalogueSeedingRepository } from '../../catalogue/src/catalogue-seeding.repository.js';
import { CatalogueSeedingService } from '../../catalogue/src/catalogue-seeding.service.js';
import { UserSeedingRepository } from '../../identity/src/user-seeding.repository.js';
import { UserSeedingService } from '../../identity/src/user-seeding.service.js';
import { OrganisationSeedingRepository } from '../../organisations/src/organisation-seeding.repository.js';
import { OrganisationSeedingService } from '../../organisations/src/organisation-seeding.service.js';

const bundle = (): CatalogueBundle => ({
  organisations: [
    {
      id: 'gemeente-zwolle',
      name: 'Gemeente Zwolle',
      kind: 'gemeente',
      region: 'Overijssel',
      emailDomains: ['zwolle.nl'],
    },
    { id: 'uwv', name: 'UWV', kind: 'uitvoeringsorganisatie', region: 'Noord-Holland' },
  ],
  trainers: [
    {
      id: 't1',
      name: 'Marieke van den Berg',
      organisationId: 'gemeente-zwolle',
      jobTitle: 'Vergunningverlener',
      bio: 'Bio.',
      expertise: ['Omgevingswet'],
      languages: ['nl'],
      formats: ['klassikaal'],
      inCompany: true,
      region: 'Overijssel',
    },
    {
      id: 't2',
      name: 'Jan de Boer',
      organisationId: 'uwv',
      jobTitle: 'Jurist',
      bio: 'Bio.',
      expertise: ['Awb'],
      languages: ['nl', 'en'],
      formats: ['online'],
      inCompany: false,
      region: 'Utrecht',
    },
  ],
  courses: [
    {
      id: 'c1',
      title: 'Vergunningen',
      summary: 'Kort.',
      description: 'Lang.',
      learningGoals: ['Doel'],
      topics: ['Omgevingswet'],
      level: 'basis',
      durationHours: 3,
      format: 'klassikaal',
      teacherIds: ['t1', 't2'],
      organisationId: 'gemeente-zwolle',
    },
  ],
});

describe('CatalogueImportService (PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let service: CatalogueImportService;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = createDataSource({ url: db.url });
    await ds.initialize();
    const unit = new Db(ds);
    service = new CatalogueImportService(
      unit,
      new OrganisationSeedingService(new OrganisationSeedingRepository(unit)),
      new UserSeedingService(new UserSeedingRepository(unit)),
      new CatalogueSeedingService(new CatalogueSeedingRepository(unit)),
    );
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  it('imports organisations, trainers with accounts, and published courses with their teachers in order', async () => {
    const result = await service.import(bundle());
    expect(result).toEqual({
      organisations: { created: 2, updated: 0 },
      trainers: { created: 2, updated: 0 },
      courses: { created: 1, updated: 0 },
    });
    const [course] = await ds.query(`SELECT id, status, topic_keys FROM courses WHERE external_id = 'c1'`);
    expect(course).toMatchObject({ status: 'published', topic_keys: ['omgevingswet'] });
    const teachers = await ds.query(
      `SELECT tp.external_id FROM course_teachers ct JOIN teacher_profiles tp ON tp.id = ct.teacher_profile_id WHERE ct.course_id = $1 ORDER BY ct.position`,
      [course.id],
    );
    expect(teachers.map((t: { external_id: string }) => t.external_id)).toEqual(['t1', 't2']);
    const users = await ds.query(`SELECT email FROM users ORDER BY email`);
    expect(users.map((u: { email: string }) => u.email)).toEqual([
      'jan.deboer@uwv.invalid',
      'marieke.vandenberg@zwolle.nl',
    ]);
  });

  it('is idempotent: a second run updates in place and creates nothing', async () => {
    const changed = bundle();
    changed.courses[0].title = 'Vergunningen verlenen';
    changed.trainers[1].organisationId = 'gemeente-zwolle';
    const result = await service.import(changed);
    expect(result).toEqual({
      organisations: { created: 0, updated: 2 },
      trainers: { created: 0, updated: 2 },
      courses: { created: 0, updated: 1 },
    });
    const counts = await ds.query(
      `SELECT (SELECT count(*) FROM organisations)::int AS o, (SELECT count(*) FROM users)::int AS u, (SELECT count(*) FROM courses)::int AS c, (SELECT count(*) FROM course_teachers)::int AS ct`,
    );
    expect(counts[0]).toEqual({ o: 2, u: 2, c: 1, ct: 2 });
    expect((await ds.query(`SELECT title FROM courses`))[0].title).toBe('Vergunningen verlenen');
  });

  it('refuses a bundle with dangling references and leaves the database unchanged', async () => {
    const broken = bundle();
    broken.organisations.push({ id: 'nieuw', name: 'Nieuw', kind: 'overig', region: 'Utrecht' });
    broken.courses.push({ ...broken.courses[0], id: 'c2', teacherIds: ['t404'], organisationId: 'nergens' });
    await expect(service.import(broken)).rejects.toMatchObject({
      code: 'IMPORT_INVALID_BUNDLE',
      fieldErrors: [
        { field: 'courses[1].organisationId', messages: ['unknown organisation nergens'] },
        { field: 'courses[1].teacherIds', messages: ['unknown trainer t404'] },
      ],
    });
    expect((await ds.query(`SELECT count(*)::int AS n FROM organisations`))[0].n).toBe(2);
  });

  it('derives readable, ASCII e-mail addresses from names', () => {
    expect(emailFor('Marieke van den Berg', 'zwolle.nl')).toBe('marieke.vandenberg@zwolle.nl');
    expect(emailFor('Zoë El-Amrani', 'uwv.nl')).toBe('zoe.elamrani@uwv.nl');
    expect(emailFor('Cher', 'x.nl')).toBe('cher@x.nl');
  });
});

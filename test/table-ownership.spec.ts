import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from './support/database.js';

/**
 * One owner per table: a lib writes only the tables it owns and reads another lib's data only
 * through a view that owner declares (or through the owner's exported service, which needs no SQL).
 */
const TABLE_OWNERS: Partial<Record<string, string>> = {
  alumni_consents: 'alumni',
  alumni_messages: 'alumni',
  assignment_comments: 'programmes',
  assignment_progress: 'programmes',
  audit_events: 'audit',
  auth_sessions: 'identity',
  auth_throttles: 'identity',
  calendar_feeds: 'enrolments',
  cohort_group_members: 'programmes',
  cohort_groups: 'programmes',
  cohort_guests: 'programmes',
  cohort_modules: 'programmes',
  cohort_parts: 'programmes',
  cohort_staff: 'programmes',
  cohorts: 'programmes',
  course_interest_nudges: 'demand',
  course_interests: 'demand',
  course_sessions: 'catalogue',
  course_teachers: 'catalogue',
  courses: 'catalogue',
  email_verifications: 'identity',
  enrolment_events: 'enrolments',
  enrolments: 'enrolments',
  evaluations: 'evaluations',
  identity_providers: 'identity',
  incompany_invitations: 'incompany',
  incompany_requests: 'incompany',
  knowledge_questions: 'knowledge-bank',
  match_feedback: 'knowledge-bank',
  learning_assignments: 'programmes',
  manager_links: 'identity',
  module_allocations: 'programmes',
  module_choices: 'programmes',
  notifications: 'notifications',
  organisations: 'organisations',
  programme_audiences: 'programmes',
  programme_owners: 'programmes',
  programme_parts: 'programmes',
  programmes: 'programmes',
  question_interests: 'demand',
  refresh_tokens: 'identity',
  search_documents: 'knowledge-bank',
  search_outbox: 'knowledge-bank',
  search_synonyms: 'knowledge-bank',
  session_seats: 'enrolments',
  sso_handoffs: 'identity',
  sso_login_states: 'identity',
  teacher_profiles: 'catalogue',
  trainer_photos: 'trainers',
  trainer_questions: 'trainers',
  tranche_feedback_notes: 'programmes',
  users: 'identity',
};

/** Views an owner declares (and migrates) for other libs to read; the key is the view's name. */
const VIEW_OWNERS: Partial<Record<string, string>> = {
  cohort_part_schedule: 'programmes',
  cohort_trainers: 'programmes',
  course_directory: 'catalogue',
  course_teacher_directory: 'catalogue',
  enrolment_attendance: 'enrolments',
  evaluation_scores: 'evaluations',
  knowledge_question_askers: 'knowledge-bank',
  knowledge_question_directory: 'knowledge-bank',
  organisation_directory: 'organisations',
  session_availability: 'enrolments',
  session_directory: 'catalogue',
  session_participants: 'enrolments',
  session_seat_counts: 'enrolments',
  teacher_directory: 'catalogue',
  user_directory: 'identity',
};

/** Tables that belong to the platform, not to a business lib. */
const PLATFORM_TABLES = new Set(['schema_migrations']);

const ROOT = join(import.meta.dirname, '..');
const LIBS = join(ROOT, 'libs');
/** Migrations create every table by design; tests and specs set up fixtures. */
const isScanned = (path: string) =>
  path.endsWith('.ts') && !path.endsWith('.spec.ts') && !path.includes('/migrations/');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : isScanned(path) ? [path] : [];
  });
}

/** Entity class name → table, from the @Entity decorators, to see TypeORM writes by class. */
function entityTables(files: string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(
      /@Entity\(\s*(?:\{\s*name:\s*)?'([a-z_]+)'[^)]*\)\s*(?:@[\s\S]*?)?export class (\w+)/g,
    ))
      map.set(m[2], m[1]);
  }
  return map;
}

interface Finding {
  file: string;
  kind: 'write' | 'read';
  name: string;
}

/** What one lib's source text writes or reads of tables it does not own. */
function scanSource(lib: string, file: string, text: string, entities: Map<string, string>): Finding[] {
  const out: Finding[] = [];
  // Comments may name tables in prose; SQL keywords are written in capitals throughout the libs.
  text = text.replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm, '$1');
  // Optional ONLY, schema and quotes: `UPDATE ONLY "public"."users"` is still a write to users.
  const statement =
    /\b(INSERT\s+INTO|UPDATE|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?|MERGE\s+INTO|FROM|JOIN)\s+(?:ONLY\s+)?(?:"?public"?\.)?"?([a-z_]+)"?/g;
  for (const m of text.matchAll(statement)) {
    const name = m[2];
    const write = !/^(FROM|JOIN)$/.test(m[1]);
    const owner = TABLE_OWNERS[name];
    if (owner !== undefined && owner !== lib) out.push({ file, kind: write ? 'write' : 'read', name });
    if (write && VIEW_OWNERS[name] !== undefined) out.push({ file, kind: 'write', name });
  }
  // TypeORM writes by entity class: manager.save(Course, …), getRepository(User) and the like.
  for (const m of text.matchAll(
    /\b(?:getRepository|save|insert|update|upsert|delete|remove|softDelete)\(\s*(\w+)\b/g,
  )) {
    const table = entities.get(m[1]);
    if (table !== undefined && TABLE_OWNERS[table] !== lib) out.push({ file, kind: 'write', name: table });
  }
  return out;
}

function findings(): Finding[] {
  const files = readdirSync(LIBS).flatMap((lib) => sourceFiles(join(LIBS, lib, 'src')));
  const entities = entityTables(files);
  return files.flatMap((file) =>
    scanSource(relative(LIBS, file).split('/')[0], relative(ROOT, file), readFileSync(file, 'utf8'), entities),
  );
}

describe('Table ownership', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('gives every table and view in the migrated schema exactly one owning lib that exists', async () => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client
      .query<{ name: string; type: string }>(
        `SELECT table_name AS name, table_type AS type FROM information_schema.tables WHERE table_schema = 'public'`,
      )
      .finally(() => client.end());
    const libs = new Set(readdirSync(LIBS));
    const unowned = rows.filter(({ name, type }) =>
      PLATFORM_TABLES.has(name)
        ? false
        : type === 'VIEW'
          ? !libs.has(VIEW_OWNERS[name] ?? '')
          : !libs.has(TABLE_OWNERS[name] ?? ''),
    );
    expect(unowned).toEqual([]);
    const declared = [...Object.keys(TABLE_OWNERS), ...Object.keys(VIEW_OWNERS)].sort();
    expect(declared).toEqual(
      rows
        .map((r) => r.name)
        .filter((n) => !PLATFORM_TABLES.has(n))
        .sort(),
    );
  });

  it('recognises writes and reads of another lib’s tables in SQL and in TypeORM calls', () => {
    const entities = new Map([['User', 'users']]);
    const found = (text: string) => scanSource('catalogue', 'x.ts', text, entities).map((f) => `${f.kind} ${f.name}`);
    expect(found(`UPDATE ONLY "public"."users" SET name = $1`)).toEqual(['write users']);
    expect(found(`INSERT INTO enrolments (id) VALUES ($1)`)).toEqual(['write enrolments']);
    expect(found(`// seats come FROM enrolments, see there`)).toEqual([]);
    expect(found(`DELETE FROM notifications WHERE id = $1`)).toEqual(['write notifications']);
    expect(found(`SELECT 1 FROM courses c JOIN organisations o ON o.id = c.organisation_id`)).toEqual([
      'read organisations',
    ]);
    expect(found(`SELECT 1 FROM organisation_directory o`)).toEqual([]);
    expect(found(`UPDATE user_directory SET name = $1`)).toEqual(['write user_directory']);
    expect(found(`await this.db.manager.save(User, { name })`)).toEqual(['write users']);
    expect(found(`UPDATE courses SET title = $1`)).toEqual([]);
  });

  it('finds no lib writing a table another lib owns, nor writing a view', () => {
    expect(findings().filter((f) => f.kind === 'write')).toEqual([]);
  });

  it('finds no lib reading another lib’s table except through a view its owner declares', () => {
    expect(findings().filter((f) => f.kind === 'read')).toEqual([]);
  });
});

describe('Data access', () => {
  it('runs no SQL in a service: statements live in repositories, one method per query', () => {
    const services = readdirSync(LIBS)
      .flatMap((lib) => sourceFiles(join(LIBS, lib, 'src')))
      .filter((file) => file.endsWith('.service.ts'));
    expect(services.length).toBeGreaterThan(10);
    const querying = services.filter((file) => /\.query\s*[<(]|createQueryBuilder\(/.test(readFileSync(file, 'utf8')));
    expect(querying.map((file) => relative(ROOT, file))).toEqual([]);
  });
});

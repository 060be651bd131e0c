import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Views through which a lib reads data another lib owns (issue #14: one owner per table). Each
 * view is declared by the table's owner; readers depend on its columns, not on the table, so the
 * owner may reshape its table while it keeps the view. Secrets (password hashes) stay out.
 */
const VIEWS: [name: string, owner: string, sql: string][] = [
  [
    'user_directory',
    'identity',
    `SELECT id, email, name, organisation_id, roles, disabled_at, email_verified_at, created_at FROM users`,
  ],
  [
    'organisation_directory',
    'organisations',
    `SELECT id, slug, name, kind, region, email_domains, password_login_disabled, created_at FROM organisations`,
  ],
  [
    'teacher_directory',
    'catalogue',
    `SELECT id, user_id, external_id, job_title, bio, expertise, formats, regions, languages, in_company, photo_url, created_at, updated_at FROM teacher_profiles`,
  ],
  [
    'course_directory',
    'catalogue',
    `SELECT id, external_id, title, summary, description, learning_goals, topics, topic_keys, level, duration_hours, format, language, organisation_id, requires_manager_approval, visible_to_organisation_id, status, created_by_id, published_at, created_at, updated_at FROM courses`,
  ],
  ['course_teacher_directory', 'catalogue', `SELECT course_id, teacher_profile_id, position FROM course_teachers`],
  [
    'session_directory',
    'catalogue',
    `SELECT id, course_id, starts_at, ends_at, venue_name, address, city, region, online_url, capacity, enrolment_deadline, cancellation_deadline, status, visible_to_organisation_id, created_at, updated_at FROM course_sessions`,
  ],
];

export class DirectoryViews1796200000000 implements MigrationInterface {
  name = 'DirectoryViews1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [name, owner, sql] of VIEWS) {
      await queryRunner.query(`CREATE VIEW "${name}" AS ${sql}`);
      await queryRunner.query(`COMMENT ON VIEW "${name}" IS 'Declared by ${owner} for other libs to read'`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name] of [...VIEWS].reverse()) await queryRunner.query(`DROP VIEW "${name}"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Views the knowledge-capital dashboard (libs/insights, issue #12 item 6) reads, each declared by
 * the owner of its table: programmes (a cohort's scheduled parts and its trainers), evaluations
 * (scores of attended enrolments, without who gave them or the open text). Unanswered demand is
 * read from knowledge-bank's `knowledge_question_directory` (declared with libs/demand).
 */
const VIEWS: [name: string, owner: string, sql: string][] = [
  ['cohort_part_schedule', 'programmes', `SELECT cohort_id, part_id, starts_at, ends_at FROM cohort_parts`],
  ['cohort_trainers', 'programmes', `SELECT cohort_id, user_id FROM cohort_staff WHERE role = 'trainer'`],
  [
    'evaluation_scores',
    'evaluations',
    `SELECT ev.session_id, ev.course_id, ev.overall, ev.usefulness, ev.teacher FROM evaluations ev
      WHERE EXISTS (SELECT 1 FROM enrolment_attendance a WHERE a.enrolment_id = ev.enrolment_id AND a.attended)`,
  ],
];

export class KnowledgeCapitalViews1796400400000 implements MigrationInterface {
  name = 'KnowledgeCapitalViews1796400400000';

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

import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class KnowledgeBank1795336741528 implements MigrationInterface {
  name = 'KnowledgeBank1795336741528';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "knowledge_questions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "text" text NOT NULL, "filters" jsonb NOT NULL DEFAULT '{}', "asked_by_id" uuid, "organisation_id" uuid, "topics" text array NOT NULL DEFAULT '{}', "result_count" integer NOT NULL DEFAULT '0', "strong_match" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c1c5a19046375c089cdc0647ffa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_knowledge_questions_org_created" ON "knowledge_questions"  ("organisation_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "search_synonyms" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "term" character varying(100) NOT NULL, "synonyms" text array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ce183cb7609a798751043c85c5f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_search_synonyms_term" ON "search_synonyms"  ("term") `);
    await queryRunner.query(
      `ALTER TABLE "knowledge_questions" ADD CONSTRAINT "fk_knowledge_questions_user" FOREIGN KEY ("asked_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "knowledge_questions" ADD CONSTRAINT "fk_knowledge_questions_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    // Dutch stemming with accents folded, for the PostgreSQL search engine.
    await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION collegiaal_nl (COPY = dutch)`);
    await queryRunner.query(
      `ALTER TEXT SEARCH CONFIGURATION collegiaal_nl ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem`,
    );
    // The PostgreSQL engine's index: one row per document, a weighted tsvector and the words for typo matching.
    await queryRunner.query(`CREATE TABLE "search_documents" (
      "index_name" character varying(20) NOT NULL, "doc_id" uuid NOT NULL, "doc" jsonb NOT NULL, "tsv" tsvector NOT NULL,
      "words" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_search_documents" PRIMARY KEY ("index_name", "doc_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_search_documents_tsv" ON "search_documents" USING gin ("tsv")`);
    await queryRunner.query(
      `CREATE INDEX "ix_search_documents_words" ON "search_documents" USING gin ("words" gin_trgm_ops)`,
    );
    // Index work, written by triggers in the same transaction as every change it reflects.
    await queryRunner.query(`CREATE TABLE "search_outbox" (
      "id" bigserial PRIMARY KEY, "entity" character varying(20) NOT NULL, "entity_id" uuid NOT NULL,
      "enqueued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "available_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "attempts" integer NOT NULL DEFAULT 0,
      "last_error" text, "dead" boolean NOT NULL DEFAULT false)`);
    await queryRunner.query(`CREATE INDEX "ix_search_outbox_pending" ON "search_outbox" ("id") WHERE NOT dead`);
    await queryRunner.query(`CREATE FUNCTION search_outbox_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE rec record;
      BEGIN
        IF TG_OP = 'DELETE' THEN rec := OLD; ELSE rec := NEW; END IF;
        IF TG_TABLE_NAME = 'teacher_profiles' THEN
          INSERT INTO search_outbox (entity, entity_id) VALUES ('trainer', rec.id);
        ELSIF TG_TABLE_NAME = 'courses' THEN
          INSERT INTO search_outbox (entity, entity_id) VALUES ('course', rec.id);
          INSERT INTO search_outbox (entity, entity_id) SELECT 'trainer', teacher_profile_id FROM course_teachers WHERE course_id = rec.id;
        ELSIF TG_TABLE_NAME = 'course_teachers' THEN
          INSERT INTO search_outbox (entity, entity_id) VALUES ('trainer', rec.teacher_profile_id), ('course', rec.course_id);
          IF TG_OP = 'UPDATE' THEN
            INSERT INTO search_outbox (entity, entity_id) VALUES ('trainer', OLD.teacher_profile_id), ('course', OLD.course_id);
          END IF;
        ELSIF TG_TABLE_NAME = 'users' THEN
          INSERT INTO search_outbox (entity, entity_id) SELECT 'trainer', id FROM teacher_profiles WHERE user_id = rec.id;
        ELSIF TG_TABLE_NAME = 'organisations' THEN
          INSERT INTO search_outbox (entity, entity_id)
            SELECT 'trainer', tp.id FROM teacher_profiles tp JOIN users u ON u.id = tp.user_id WHERE u.organisation_id = rec.id
            UNION ALL SELECT 'course', c.id FROM courses c WHERE c.organisation_id = rec.id;
        END IF;
        PERFORM pg_notify('search_outbox', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER trg_search_teacher_profiles AFTER INSERT OR UPDATE OR DELETE ON teacher_profiles FOR EACH ROW EXECUTE FUNCTION search_outbox_enqueue()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_search_courses AFTER INSERT OR UPDATE OR DELETE ON courses FOR EACH ROW EXECUTE FUNCTION search_outbox_enqueue()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_search_course_teachers AFTER INSERT OR UPDATE OR DELETE ON course_teachers FOR EACH ROW EXECUTE FUNCTION search_outbox_enqueue()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_search_users AFTER UPDATE OF name, organisation_id, disabled_at ON users FOR EACH ROW EXECUTE FUNCTION search_outbox_enqueue()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_search_organisations AFTER UPDATE OF name, slug, region ON organisations FOR EACH ROW EXECUTE FUNCTION search_outbox_enqueue()`,
    );
    // What exists already gets indexed by the first drain.
    await queryRunner.query(
      `INSERT INTO search_outbox (entity, entity_id) SELECT 'trainer', id FROM teacher_profiles UNION ALL SELECT 'course', id FROM courses`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const t of ['organisations', 'users', 'course_teachers', 'courses', 'teacher_profiles']) {
      await queryRunner.query(`DROP TRIGGER IF EXISTS trg_search_${t} ON ${t}`);
    }
    await queryRunner.query(`DROP FUNCTION search_outbox_enqueue()`);
    await queryRunner.query(`DROP TABLE "search_outbox"`);
    await queryRunner.query(`DROP TABLE "search_documents"`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION collegiaal_nl`);
    await queryRunner.query(`ALTER TABLE "knowledge_questions" DROP CONSTRAINT "fk_knowledge_questions_organisation"`);
    await queryRunner.query(`ALTER TABLE "knowledge_questions" DROP CONSTRAINT "fk_knowledge_questions_user"`);
    await queryRunner.query(`DROP INDEX "public"."uq_search_synonyms_term"`);
    await queryRunner.query(`DROP TABLE "search_synonyms"`);
    await queryRunner.query(`DROP INDEX "public"."ix_knowledge_questions_org_created"`);
    await queryRunner.query(`DROP TABLE "knowledge_questions"`);
  }
}

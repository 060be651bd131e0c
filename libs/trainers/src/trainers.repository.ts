import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import { TrainerPhoto, TrainerQuestion } from './trainers.entities.js';
import type { TrainerQuestionStatus } from './trainers.entities.js';

/** A teacher profile as a trainer page shows it (catalogue's teacher_directory with name and organisation). */
export interface TrainerRecord {
  id: string;
  userId: string;
  name: string;
  organisationId: string | null;
  organisationName: string | null;
  jobTitle: string;
  bio: string;
  expertise: string[];
  formats: string[];
  regions: string[];
  languages: string[];
  inCompany: boolean;
  photoEtag: string | null;
}

interface TrainerRow {
  id: string;
  user_id: string;
  name: string;
  organisation_id: string | null;
  organisation_name: string | null;
  job_title: string;
  bio: string;
  expertise: string[];
  formats: string[];
  regions: string[];
  languages: string[];
  in_company: boolean;
  photo_etag: string | null;
}

export interface TrainerCourse {
  id: string;
  title: string;
  summary: string;
  format: string;
  level: string;
  public: boolean;
}

interface TrainerCourseRow {
  id: string;
  title: string;
  summary: string;
  format: string;
  level: string;
  public: boolean;
}

export interface NextSession {
  id: string;
  courseId: string;
  startsAt: Date;
  endsAt: Date;
  city: string | null;
  online: boolean;
  seatsLeft: number;
}

interface NextSessionRow {
  id: string;
  course_id: string;
  starts_at: Date;
  ends_at: Date;
  city: string | null;
  online: boolean;
  seats_left: number;
}

/** A question with the names of both sides, as its two readers see it. */
export interface QuestionRecord {
  id: string;
  teacherProfileId: string;
  trainerUserId: string;
  trainerName: string;
  askerId: string;
  askerName: string;
  askerOrganisationName: string | null;
  text: string;
  knowledgeQuestionId: string | null;
  status: TrainerQuestionStatus;
  response: string | null;
  respondedAt: Date | null;
  createdAt: Date;
}

interface QuestionRow {
  id: string;
  teacher_profile_id: string;
  trainer_user_id: string;
  trainer_name: string;
  asker_id: string;
  asker_name: string;
  asker_organisation_name: string | null;
  text: string;
  knowledge_question_id: string | null;
  status: TrainerQuestionStatus;
  response: string | null;
  responded_at: Date | null;
  created_at: Date;
}

const QUESTION_SELECT = `
  SELECT q.id, q.teacher_profile_id, tp.user_id AS trainer_user_id, tu.name AS trainer_name, q.asker_id,
         au.name AS asker_name, ao.name AS asker_organisation_name, q.text, q.knowledge_question_id, q.status,
         q.response, q.responded_at, q.created_at
    FROM trainer_questions q
    JOIN teacher_directory tp ON tp.id = q.teacher_profile_id
    JOIN user_directory tu ON tu.id = tp.user_id
    JOIN user_directory au ON au.id = q.asker_id
    LEFT JOIN organisation_directory ao ON ao.id = au.organisation_id`;

function toQuestion(r: QuestionRow): QuestionRecord {
  return {
    id: r.id,
    teacherProfileId: r.teacher_profile_id,
    trainerUserId: r.trainer_user_id,
    trainerName: r.trainer_name,
    askerId: r.asker_id,
    askerName: r.asker_name,
    askerOrganisationName: r.asker_organisation_name,
    text: r.text,
    knowledgeQuestionId: r.knowledge_question_id,
    status: r.status,
    response: r.response,
    respondedAt: r.responded_at,
    createdAt: r.created_at,
  };
}

@Injectable()
export class TrainersRepository {
  constructor(private readonly db: Db) {}

  /** An active account's teacher profile; a disabled or erased account's page is gone. */
  async trainer(id: string): Promise<TrainerRecord | null> {
    const rows = await this.db.manager.query<TrainerRow[]>(
      `SELECT tp.id, tp.user_id, u.name, u.organisation_id, o.name AS organisation_name, tp.job_title, tp.bio,
              tp.expertise, tp.formats, tp.regions, tp.languages, tp.in_company, ph.etag AS photo_etag
         FROM teacher_directory tp
         JOIN user_directory u ON u.id = tp.user_id
         LEFT JOIN organisation_directory o ON o.id = u.organisation_id
         LEFT JOIN trainer_photos ph ON ph.teacher_profile_id = tp.id
        WHERE tp.id = $1 AND u.disabled_at IS NULL`,
      [id],
    );
    const r = rows.at(0);
    if (!r) return null;
    return {
      id: r.id,
      userId: r.user_id,
      name: r.name,
      organisationId: r.organisation_id,
      organisationName: r.organisation_name,
      jobTitle: r.job_title,
      bio: r.bio,
      expertise: r.expertise,
      formats: r.formats,
      regions: r.regions,
      languages: r.languages,
      inCompany: r.in_company,
      photoEtag: r.photo_etag,
    };
  }

  /** The user's own teacher profile id, if they have one. */
  async profileOfUser(userId: string): Promise<string | null> {
    const rows = await this.db.manager.query<{ id: string }[]>(`SELECT id FROM teacher_directory WHERE user_id = $1`, [
      userId,
    ]);
    return rows.at(0)?.id ?? null;
  }

  /** Published courses (not programmes) the trainer teaches that the viewer's organisation may see. */
  async courses(teacherProfileId: string, viewerOrganisationId: string | null): Promise<TrainerCourse[]> {
    const rows = await this.db.manager.query<TrainerCourseRow[]>(
      `SELECT c.id, c.title, c.summary, c.format, c.level, (c.visible_to_organisation_id IS NULL) AS public
         FROM course_teacher_directory ct
         JOIN course_directory c ON c.id = ct.course_id
        WHERE ct.teacher_profile_id = $1 AND c.status = 'published' AND c.kind = 'course'
          AND (c.visible_to_organisation_id IS NULL OR c.visible_to_organisation_id = $2)
        ORDER BY c.title`,
      [teacherProfileId, viewerOrganisationId],
    );
    return rows;
  }

  /** Up to `perCourse` upcoming scheduled sessions per course, soonest first. */
  async nextSessions(
    courseIds: string[],
    viewerOrganisationId: string | null,
    perCourse: number,
  ): Promise<NextSession[]> {
    if (!courseIds.length) return [];
    const rows = await this.db.manager.query<NextSessionRow[]>(
      `SELECT id, course_id, starts_at, ends_at, city, online, seats_left FROM (
         SELECT s.id, s.course_id, s.starts_at, s.ends_at, s.city, (s.online_url IS NOT NULL) AS online,
                COALESCE(a.seats_left, 0)::int AS seats_left,
                row_number() OVER (PARTITION BY s.course_id ORDER BY s.starts_at) AS n
           FROM session_directory s
           LEFT JOIN session_availability a ON a.session_id = s.id
          WHERE s.course_id = ANY($1::uuid[]) AND s.status = 'scheduled' AND s.starts_at > now()
            AND (s.visible_to_organisation_id IS NULL OR s.visible_to_organisation_id = $2)
       ) x WHERE n <= $3 ORDER BY starts_at`,
      [courseIds, viewerOrganisationId, perCourse],
    );
    return rows.map((r) => ({
      id: r.id,
      courseId: r.course_id,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      city: r.city,
      online: r.online,
      seatsLeft: r.seats_left,
    }));
  }

  // ------------------------------------------------------------------ photos

  async photo(teacherProfileId: string): Promise<TrainerPhoto | null> {
    return this.db.manager.getRepository(TrainerPhoto).findOneBy({ teacherProfileId });
  }

  async savePhoto(teacherProfileId: string, image: Buffer, etag: string): Promise<void> {
    await this.db.manager
      .getRepository(TrainerPhoto)
      .upsert({ teacherProfileId, image, etag }, { conflictPaths: ['teacherProfileId'] });
  }

  async deletePhoto(teacherProfileId: string): Promise<boolean> {
    const result = await this.db.manager.getRepository(TrainerPhoto).delete({ teacherProfileId });
    return (result.affected ?? 0) > 0;
  }

  // ------------------------------------------------------------------ questions

  /** Serialises one asker's questions, so parallel requests cannot pass the daily limit together. */
  async lockAsker(askerId: string): Promise<void> {
    await this.db.manager.query(`SELECT pg_advisory_xact_lock(hashtext('trainer_questions:' || $1))`, [askerId]);
  }

  /** The asker's questions since `since`: how many, and when the oldest of them was sent. */
  async askedSince(askerId: string, since: Date): Promise<{ count: number; oldest: Date | null }> {
    const rows = await this.db.manager.query<{ n: number; oldest: Date | null }[]>(
      `SELECT count(*)::int AS n, min(created_at) AS oldest FROM trainer_questions WHERE asker_id = $1 AND created_at > $2`,
      [askerId, since],
    );
    return { count: rows[0].n, oldest: rows[0].oldest };
  }

  async knowledgeQuestionAskedBy(id: string): Promise<string | null | undefined> {
    const rows = await this.db.manager.query<{ asked_by_id: string | null }[]>(
      `SELECT asked_by_id FROM knowledge_question_askers WHERE id = $1`,
      [id],
    );
    return rows.length ? rows[0].asked_by_id : undefined;
  }

  async insertQuestion(values: Pick<TrainerQuestion, 'teacherProfileId' | 'askerId' | 'text' | 'knowledgeQuestionId'>) {
    const repo = this.db.manager.getRepository(TrainerQuestion);
    return repo.save(repo.create({ ...values, status: 'open', response: null, respondedAt: null }));
  }

  async question(id: string): Promise<QuestionRecord | null> {
    const rows = await this.db.manager.query<QuestionRow[]>(`${QUESTION_SELECT} WHERE q.id = $1`, [id]);
    return rows.length ? toQuestion(rows[0]) : null;
  }

  async questionsTo(teacherProfileId: string): Promise<QuestionRecord[]> {
    const rows = await this.db.manager.query<QuestionRow[]>(
      `${QUESTION_SELECT} WHERE q.teacher_profile_id = $1 ORDER BY (q.status = 'open') DESC, q.created_at DESC`,
      [teacherProfileId],
    );
    return rows.map(toQuestion);
  }

  async questionsBy(askerId: string): Promise<QuestionRecord[]> {
    const rows = await this.db.manager.query<QuestionRow[]>(
      `${QUESTION_SELECT} WHERE q.asker_id = $1 ORDER BY q.created_at DESC`,
      [askerId],
    );
    return rows.map(toQuestion);
  }

  /** Moves an open question on; false when it was not open any more (someone acted first). */
  async react(id: string, status: Exclude<TrainerQuestionStatus, 'open'>, response: string | null): Promise<boolean> {
    const result = await this.db.manager
      .createQueryBuilder()
      .update(TrainerQuestion)
      .set({ status, response, respondedAt: () => 'now()' })
      .where('id = :id AND status = :open', { id, open: 'open' })
      .execute();
    return (result.affected ?? 0) > 0;
  }
}

import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import type { AlumniConsent, AlumniMessage } from './alumni.entities.js';

/** Who is looking: alumni lists show only courses and sessions this caller may see, never the caller. */
export interface Viewer {
  userId: string;
  organisationId: string | null;
  admin: boolean;
}

export interface AlumniFilter {
  courseId?: string;
  /** A topic key (lower case), as courses' `topic_keys` hold them. */
  topic?: string;
  organisationId?: string;
  q?: string;
  userId?: string;
}

export interface AlumnusCourse {
  courseId: string;
  title: string;
  kind: 'course' | 'programme';
  attendedAt: string;
}

export interface Alumnus {
  userId: string;
  name: string;
  email: string;
  showEmail: boolean;
  organisationId: string | null;
  organisationName: string | null;
  jobTitle: string | null;
  courses: AlumnusCourse[];
}

interface AlumnusRow {
  user_id: string;
  name: string;
  email: string;
  show_email: boolean;
  organisation_id: string | null;
  organisation_name: string | null;
  job_title: string | null;
  courses: AlumnusCourse[];
}

interface ConsentRow {
  user_id: string;
  findable: boolean;
  show_email: boolean;
  job_title: string | null;
  created_at: Date;
  updated_at: Date;
}

/** A message and what its e-mail needs: the sender as alumni sees them. */
export interface MessageForDelivery {
  id: string;
  senderId: string;
  senderName: string;
  senderEmail: string;
  senderOrganisation: string | null;
  recipientId: string;
  recipientFindable: boolean;
  subject: string | null;
  text: string;
  courseTitle: string | null;
  emailSentAt: Date | null;
}

interface DeliveryRow {
  id: string;
  sender_id: string;
  sender_name: string;
  sender_email: string;
  sender_organisation: string | null;
  recipient_id: string;
  recipient_findable: boolean | null;
  subject: string | null;
  text: string;
  course_title: string | null;
  email_sent_at: Date | null;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Alumni are computed at read time from consent and attendance (enrolments' view
 * `session_participants`, status attended; a programme's cohort is a session of its course), so
 * a consent withdrawn is gone from every list at once.
 */
@Injectable()
export class AlumniRepository {
  constructor(private readonly db: Db) {}

  async consent(userId: string): Promise<AlumniConsent | null> {
    const rows = await this.db.manager.query<ConsentRow[]>(
      `SELECT user_id, findable, show_email, job_title, created_at, updated_at FROM alumni_consents WHERE user_id = $1`,
      [userId],
    );
    return rows.length ? toConsent(rows[0]) : null;
  }

  async saveConsent(
    userId: string,
    c: { findable: boolean; showEmail: boolean; jobTitle: string | null | undefined },
  ): Promise<AlumniConsent> {
    const rows = await this.db.manager.query<ConsentRow[]>(
      `INSERT INTO alumni_consents (user_id, findable, show_email, job_title) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id) DO UPDATE SET findable = EXCLUDED.findable, show_email = EXCLUDED.show_email,
              job_title = CASE WHEN $5 THEN EXCLUDED.job_title ELSE alumni_consents.job_title END, updated_at = now()
       RETURNING user_id, findable, show_email, job_title, created_at, updated_at`,
      [userId, c.findable, c.showEmail, c.jobTitle ?? null, c.jobTitle !== undefined],
    );
    return toConsent(rows[0]);
  }

  /** One page of alumni matching the filter, by name then id, and how many match in all. */
  async search(viewer: Viewer, filter: AlumniFilter, page: number, pageSize: number): Promise<[Alumnus[], number]> {
    const { sql, params } = alumniSql(viewer, filter);
    const rows = await this.db.manager.query<AlumnusRow[]>(
      `${sql} ORDER BY lower(a.name), a.user_id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      params,
    );
    const [{ n }] = await this.db.manager.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM (${sql}) x`, params);
    return [rows.map(toAlumnus), n];
  }

  /** Is the course there for this viewer (published or archived, not another organisation's own)? */
  async courseVisible(viewer: Viewer, courseId: string): Promise<boolean> {
    const rows = await this.db.manager.query<unknown[]>(
      `SELECT 1 FROM course_directory c WHERE c.id = $1 AND c.status IN ('published', 'archived')
          AND ($2 OR c.visible_to_organisation_id IS NULL OR c.visible_to_organisation_id = $3)`,
      [courseId, viewer.admin, viewer.organisationId],
    );
    return rows.length > 0;
  }

  /** Serialises one sender's messages, so two at once cannot both pass the day count. */
  async lockSender(senderId: string): Promise<void> {
    await this.db.manager.query(`SELECT pg_advisory_xact_lock(hashtext('alumni-messages'), hashtext($1))`, [senderId]);
  }

  /** The sender's messages since `since`: how many, and when the oldest of them was sent. */
  async sentSince(senderId: string, since: Date): Promise<{ count: number; oldest: Date | null }> {
    const [row] = await this.db.manager.query<{ n: number; oldest: Date | null }[]>(
      `SELECT count(*)::int AS n, min(created_at) AS oldest FROM alumni_messages WHERE sender_id = $1 AND created_at > $2`,
      [senderId, since],
    );
    return { count: row.n, oldest: row.oldest };
  }

  async insertMessage(m: Pick<AlumniMessage, 'senderId' | 'recipientId' | 'courseId' | 'subject' | 'text'>) {
    const [row] = await this.db.manager.query<{ id: string; created_at: Date }[]>(
      `INSERT INTO alumni_messages (sender_id, recipient_id, course_id, subject, text) VALUES ($1, $2, $3, $4, $5)
       RETURNING id, created_at`,
      [m.senderId, m.recipientId, m.courseId, m.subject, m.text],
    );
    return { id: row.id, createdAt: row.created_at };
  }

  async messageForDelivery(id: string): Promise<MessageForDelivery | null> {
    const rows = await this.db.manager.query<DeliveryRow[]>(
      `SELECT m.id, m.sender_id, u.name AS sender_name, u.email AS sender_email, o.name AS sender_organisation,
              m.recipient_id, ac.findable AS recipient_findable, m.subject, m.text, c.title AS course_title,
              m.email_sent_at
         FROM alumni_messages m
         JOIN user_directory u ON u.id = m.sender_id
         LEFT JOIN organisation_directory o ON o.id = u.organisation_id
         LEFT JOIN alumni_consents ac ON ac.user_id = m.recipient_id
         LEFT JOIN course_directory c ON c.id = m.course_id
        WHERE m.id = $1 FOR UPDATE OF m`,
      [id],
    );
    if (!rows.length) return null;
    const r = rows[0];
    return {
      id: r.id,
      senderId: r.sender_id,
      senderName: r.sender_name,
      senderEmail: r.sender_email,
      senderOrganisation: r.sender_organisation,
      recipientId: r.recipient_id,
      recipientFindable: r.recipient_findable === true,
      subject: r.subject,
      text: r.text,
      courseTitle: r.course_title,
      emailSentAt: r.email_sent_at,
    };
  }

  async markSent(id: string): Promise<void> {
    await this.db.manager.query(`UPDATE alumni_messages SET email_sent_at = now() WHERE id = $1`, [id]);
  }

  /** Of these people, those who attended a session or cohort, by name (for the demo seed). */
  async attendees(userIds: string[]): Promise<{ id: string; name: string }[]> {
    return this.db.manager.query<{ id: string; name: string }[]>(
      `SELECT u.id, u.name FROM user_directory u
        WHERE u.id = ANY($1::uuid[])
          AND EXISTS (SELECT 1 FROM session_participants p WHERE p.user_id = u.id AND p.status = 'attended')
        ORDER BY u.name, u.id`,
      [userIds],
    );
  }
}

/**
 * The alumni this viewer may see: opted in, active, not the viewer, with at least one attended
 * session of a course visible to the viewer (matching course and topic when asked), each with
 * those courses, last attended first.
 */
function alumniSql(viewer: Viewer, f: AlumniFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = [viewer.userId, viewer.admin, viewer.organisationId];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const attended = [
    `p.status = 'attended'`,
    `p.user_id <> $1`,
    `c.status IN ('published', 'archived')`,
    `($2 OR ((c.visible_to_organisation_id IS NULL OR c.visible_to_organisation_id = $3)
          AND (s.visible_to_organisation_id IS NULL OR s.visible_to_organisation_id = $3)))`,
  ];
  if (f.courseId) attended.push(`c.id = ${p(f.courseId)}`);
  if (f.topic) attended.push(`c.topic_keys @> ARRAY[${p(f.topic)}]::text[]`);
  if (f.userId) attended.push(`p.user_id = ${p(f.userId)}`);
  const people = [`u.disabled_at IS NULL`];
  if (f.organisationId) people.push(`u.organisation_id = ${p(f.organisationId)}`);
  let having = '';
  if (f.q) {
    const like = p(`%${escapeLike(f.q)}%`);
    having = `HAVING unaccent(u.name) ILIKE unaccent(${like})
        OR unaccent(coalesce(nullif(ac.job_title, ''), nullif(tp.job_title, ''), '')) ILIKE unaccent(${like})
        OR bool_or(unaccent(v.title) ILIKE unaccent(${like}))`;
  }
  const sql = `
    WITH v AS (
      SELECT p.user_id, c.id AS course_id, c.title, c.kind, max(s.starts_at) AS attended_at
        FROM session_participants p
        JOIN alumni_consents ac ON ac.user_id = p.user_id AND ac.findable
        JOIN session_directory s ON s.id = p.session_id
        JOIN course_directory c ON c.id = s.course_id
       WHERE ${attended.join(' AND ')}
       GROUP BY p.user_id, c.id, c.title, c.kind
    )
    SELECT a.* FROM (
      SELECT u.id AS user_id, u.name, u.email, ac.show_email, u.organisation_id, o.name AS organisation_name,
             coalesce(nullif(ac.job_title, ''), nullif(tp.job_title, '')) AS job_title,
             jsonb_agg(jsonb_build_object('courseId', v.course_id, 'title', v.title, 'kind', v.kind,
                                          'attendedAt', v.attended_at) ORDER BY v.attended_at DESC, v.course_id) AS courses
        FROM v
        JOIN user_directory u ON u.id = v.user_id
        JOIN alumni_consents ac ON ac.user_id = u.id
        LEFT JOIN organisation_directory o ON o.id = u.organisation_id
        LEFT JOIN teacher_directory tp ON tp.user_id = u.id
       WHERE ${people.join(' AND ')}
       GROUP BY u.id, u.name, u.email, ac.show_email, ac.job_title, u.organisation_id, o.name, tp.job_title
       ${having}
    ) a`;
  return { sql, params };
}

function toConsent(r: ConsentRow): AlumniConsent {
  return {
    userId: r.user_id,
    findable: r.findable,
    showEmail: r.show_email,
    jobTitle: r.job_title,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toAlumnus(r: AlumnusRow): Alumnus {
  return {
    userId: r.user_id,
    name: r.name,
    email: r.email,
    showEmail: r.show_email,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    jobTitle: r.job_title,
    // jsonb turns timestamps into ISO text without a zone letter; normalise to the API's form.
    courses: r.courses.map((c) => ({ ...c, attendedAt: new Date(c.attendedAt).toISOString() })),
  };
}

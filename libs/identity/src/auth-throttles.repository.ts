import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';

export interface ThrottlePolicy {
  /** Failures allowed before the back-off starts. */
  threshold: number;
  /** Failures older than this are forgotten. */
  windowSeconds: number;
  /** First pause; it doubles with every further failure. */
  baseSeconds: number;
  maxSeconds: number;
}

export interface ThrottleAttempt {
  /** The key was already blocked: the attempt must not be tried. */
  blocked: boolean;
  /** Seconds until the next attempt may be tried (0 when not blocked now). */
  retryAfterSeconds: number;
}

interface AttemptRow {
  last_blocked: boolean;
  retry_after: number;
}

@Injectable()
export class AuthThrottlesRepository {
  constructor(private readonly db: Db) {}

  /**
   * Counts an attempt *before* the password is checked, in one statement under the row's lock,
   * so parallel attempts cannot all slip through before the first failure is written. A key that
   * is blocked is not counted again (the pause does not grow while a caller waits it out).
   */
  async beginAttempt(key: string, policy: ThrottlePolicy): Promise<ThrottleAttempt> {
    const rows: AttemptRow[] = await this.db.manager.query(
      `INSERT INTO auth_throttles AS t (key, failures, last_failure_at, blocked_until, last_blocked)
       VALUES ($1, 1, now(), CASE WHEN 1 >= $2 THEN now() + make_interval(secs => $4::float8) END, false)
       ON CONFLICT (key) DO UPDATE SET
         last_blocked = COALESCE(t.blocked_until > now(), false),
         failures = CASE WHEN t.blocked_until > now() THEN t.failures
                         WHEN t.last_failure_at < now() - make_interval(secs => $3::float8) THEN 1
                         ELSE t.failures + 1 END,
         blocked_until = CASE WHEN t.blocked_until > now() THEN t.blocked_until
                              WHEN t.last_failure_at < now() - make_interval(secs => $3::float8) THEN CASE WHEN 1 >= $2 THEN now() + make_interval(secs => $4::float8) END
                              WHEN t.failures + 1 >= $2 THEN now() + make_interval(secs => least($5::float8, $4::float8 * power(2, t.failures + 1 - $2)))
                              ELSE NULL END,
         last_failure_at = CASE WHEN t.blocked_until > now() THEN t.last_failure_at ELSE now() END
       RETURNING last_blocked, CASE WHEN last_blocked THEN ceil(extract(epoch FROM blocked_until - now()))::int ELSE 0 END AS retry_after`,
      [key, policy.threshold, policy.windowSeconds, policy.baseSeconds, policy.maxSeconds],
    );
    const row = rows[0];
    return { blocked: row.last_blocked, retryAfterSeconds: Math.max(1, row.retry_after) };
  }

  /** A successful sign-in: the attempt counted in advance was not a failure. */
  async forget(key: string): Promise<void> {
    await this.db.manager.query(`DELETE FROM auth_throttles WHERE key = $1`, [key]);
  }

  /** Takes back one counted attempt (the address key: other people behind it keep theirs). */
  async undoAttempt(key: string, policy: ThrottlePolicy): Promise<void> {
    await this.db.manager.query(
      `UPDATE auth_throttles SET failures = greatest(failures - 1, 0),
              blocked_until = CASE WHEN failures - 1 >= $2 THEN blocked_until END
        WHERE key = $1`,
      [key, policy.threshold],
    );
  }

  /** Retention: rows whose failures are forgotten and whose pause is over. */
  async purgeStale(olderThanSeconds: number): Promise<number> {
    const [row] = await this.db.manager.query<[{ n: number }]>(
      `WITH d AS (DELETE FROM auth_throttles WHERE last_failure_at < now() - make_interval(secs => $1::float8)
                   AND (blocked_until IS NULL OR blocked_until < now()) RETURNING 1)
       SELECT count(*)::int AS n FROM d`,
      [olderThanSeconds],
    );
    return row.n;
  }
}

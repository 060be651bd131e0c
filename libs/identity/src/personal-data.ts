import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';
import { AuthThrottlesRepository } from './auth-throttles.repository.js';

/** Shown instead of the name of someone who had their account erased (AVG art. 17). */
export const ERASED_NAME = 'Verwijderde gebruiker';

export interface AccountData {
  account: Record<string, unknown> | null;
  signIns: Record<string, unknown>[];
  managerLinks: Record<string, unknown>[];
}

/** The identity tables' part of the AVG rights: export, erasure and retention. */
@Injectable()
export class IdentityPersonalData {
  constructor(
    private readonly db: Db,
    private readonly throttles: AuthThrottlesRepository,
  ) {}

  async export(userId: string): Promise<AccountData> {
    const q = (sql: string) => this.db.manager.query<Record<string, unknown>[]>(sql, [userId]);
    const account = (
      await q(
        `SELECT u.id, u.email, u.name, u.roles, u.organisation_id AS "organisationId", o.name AS "organisationName",
              u.language, u.work_domain AS "workDomain", u.email_verified_at AS "emailVerifiedAt", u.disabled_at AS "disabledAt", u.created_at AS "createdAt", u.updated_at AS "updatedAt"
         FROM users u LEFT JOIN organisation_directory o ON o.id = u.organisation_id WHERE u.id = $1`,
      )
    ).at(0);
    const signIns = await q(
      `SELECT created_at AS "createdAt", expires_at AS "expiresAt", revoked_at AS "revokedAt", revoked_reason AS "revokedReason"
         FROM auth_sessions WHERE user_id = $1 ORDER BY created_at`,
    );
    const managerLinks = await q(
      `SELECT CASE WHEN l.user_id = $1 THEN 'my_manager' ELSE 'i_manage' END AS "kind", u.name AS "personName", m.name AS "managerName", l.created_at AS "createdAt"
         FROM manager_links l JOIN users u ON u.id = l.user_id JOIN users m ON m.id = l.manager_id
        WHERE l.user_id = $1 OR l.manager_id = $1 ORDER BY l.created_at`,
    );
    return { account: account ?? null, signIns, managerLinks };
  }

  /**
   * The account stays as an anonymous row, so records that must be kept (enrolments, attendance,
   * in-company requests) keep their numbers and lose the person; it can never sign in again.
   */
  async erase(userId: string): Promise<void> {
    const row = (
      await this.db.manager.query<{ email: string }[]>(`SELECT email FROM users WHERE id = $1`, [userId])
    ).at(0);
    if (!row) return;
    await this.db.manager.query(
      `UPDATE users SET name = $2, email = 'verwijderd-' || id || '@verwijderd.invalid', password_hash = '!', roles = '{}', work_domain = NULL,
              disabled_at = COALESCE(disabled_at, now()), email_verified_at = NULL, updated_at = now() WHERE id = $1`,
      [userId, ERASED_NAME],
    );
    await this.db.manager.query(`DELETE FROM auth_sessions WHERE user_id = $1`, [userId]);
    await this.db.manager.query(`DELETE FROM email_verifications WHERE user_id = $1`, [userId]);
    await this.db.manager.query(`DELETE FROM manager_links WHERE user_id = $1 OR manager_id = $1`, [userId]);
    await this.throttles.forget(`account:${row.email.toLowerCase()}`);
  }

  /** Retention: accounts never verified, sign-ins long over, used links and old failure counts. */
  async purge(unverifiedDays: number, sessionDays: number): Promise<{ unverifiedAccounts: number; signIns: number }> {
    // Counted through a CTE: a bare DELETE … RETURNING answers [rows, count] through TypeORM.
    const [unverified] = await this.db.manager.query<[{ n: number }]>(
      `WITH d AS (DELETE FROM users WHERE email_verified_at IS NULL AND disabled_at IS NULL AND created_at < now() - make_interval(days => $1) RETURNING 1)
       SELECT count(*)::int AS n FROM d`,
      [unverifiedDays],
    );
    const [sessions] = await this.db.manager.query<[{ n: number }]>(
      `WITH d AS (DELETE FROM auth_sessions WHERE expires_at < now() - make_interval(days => $1) OR revoked_at < now() - make_interval(days => $1) RETURNING 1)
       SELECT count(*)::int AS n FROM d`,
      [sessionDays],
    );
    await this.db.manager.query(
      `DELETE FROM email_verifications WHERE (used_at IS NOT NULL OR expires_at < now()) AND created_at < now() - interval '1 day'`,
    );
    await this.throttles.purgeStale(86_400);
    return { unverifiedAccounts: unverified.n, signIns: sessions.n };
  }
}

import { Injectable } from '@nestjs/common';
import { Db } from '#libs/database';

/** The seed's own statement: every row it writes goes through the owning lib's service. */
@Injectable()
export class DemoDataRepository {
  constructor(private readonly db: Db) {}

  /** Held until the transaction ends, so replicas starting together seed once. */
  async lock(key: number): Promise<void> {
    await this.db.manager.query(`SELECT pg_advisory_xact_lock($1)`, [key]);
  }
}

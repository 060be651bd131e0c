import { Injectable, Logger } from '@nestjs/common';
import type { OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { Db } from '#libs/database';
import { JobQueue } from '#libs/jobs';
import { buildVocabulary } from './analyzer.js';
import type { Vocabulary } from './analyzer.js';
import { isUnavailable } from './engines/search-unavailable.js';
import { SearchEngine } from './search-engine.js';
import { SearchIndexRepository } from './search-index.repository.js';
import { SynonymRepository } from './vocabulary.repository.js';
import { DEFAULT_SYNONYMS } from './vocabulary.js';

export const DRAIN_JOB = 'search.drain';
const BATCH = 500;
/** Set-up is retried with back-off up to this long between tries while the engine is not up. */
const CONFIGURE_RETRY_MAX_MS = 30_000;

/**
 * Keeps the index true. Triggers put every change to a trainer, course or organisation in the
 * outbox, in the same transaction as the change; this drains it: re-reads the current rows,
 * upserts or deletes documents (idempotent: document id = entity id), and only then removes the
 * outbox entries. It wakes on NOTIFY, sweeps every second as a fallback, and retries with
 * back-off; entries that keep failing become dead letters shown to admins.
 */
@Injectable()
export class SearchIndexer implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SearchIndexer');
  private listener?: pg.Client;
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private again = false;
  private stopped = false;
  private configureTimer?: NodeJS.Timeout;

  constructor(
    private readonly db: Db,
    private readonly repo: SearchIndexRepository,
    private readonly engine: SearchEngine,
    private readonly jobs: JobQueue,
    private readonly synonyms: SynonymRepository,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.jobs.define<object>({
      name: DRAIN_JOB,
      cron: '* * * * *',
      handler: async () => {
        await this.drain();
      },
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    // In the background: a long settings task or an unreachable Meilisearch does not keep the API
    // from starting (health reports the engine as configuring or down meanwhile).
    this.configureInBackground(1000);
    if (!this.jobs.runsWorkers) return;
    const url = (this.dataSource.options as { url?: string }).url;
    this.listener = new pg.Client({ connectionString: url, application_name: 'collegiaal-search-listener' });
    this.listener.on('error', (e) => this.logger.warn(`listener: ${e.message}`));
    this.listener.on('notification', () => this.kick());
    await this.listener.connect();
    await this.listener.query('LISTEN search_outbox');
    this.timer = setInterval(() => this.kick(), 1000);
    this.timer.unref();
    this.kick();
  }

  /** Applies the index settings (synonyms fresh from PostgreSQL); retries until the engine is up. */
  private configureInBackground(retryMs: number): void {
    if (this.stopped) return;
    void this.freshVocabulary()
      .then((v) => this.engine.configure(v))
      .then(
        () => undefined,
        (e: unknown) => {
          this.logger.warn(`search engine set-up failed, retrying in ${retryMs / 1000} s: ${messageOf(e)}`);
          if (this.stopped) return;
          this.configureTimer = setTimeout(
            () => this.configureInBackground(Math.min(retryMs * 2, CONFIGURE_RETRY_MAX_MS)),
            retryMs,
          );
          this.configureTimer.unref();
        },
      );
  }

  /** The vocabulary as PostgreSQL has it now (never a process's cached copy). */
  private async freshVocabulary(): Promise<Vocabulary> {
    const rows = await this.synonyms.list();
    return buildVocabulary(DEFAULT_SYNONYMS, Object.fromEntries(rows.map((r) => [r.term, r.synonyms])));
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.configureTimer) clearTimeout(this.configureTimer);
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
    await this.listener?.end().catch(() => undefined);
  }

  /** Starts a drain, or asks the running one to go round once more. */
  private kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((e: unknown) => {
        this.logger.warn(`drain failed: ${messageOf(e)}`);
        return 0;
      })
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Applies all pending outbox entries; returns how many were applied. */
  async drain(): Promise<number> {
    let applied = 0;
    for (;;) {
      const n = await this.drainBatch();
      applied += n;
      if (n < BATCH) return applied;
    }
  }

  private async drainBatch(): Promise<number> {
    let claimedIds: string[] = [];
    try {
      return await this.db.transaction(async () => {
        await this.repo.lockIndexing();
        const rows = await this.repo.claimOutbox(BATCH);
        claimedIds = rows.map((r) => r.id);
        if (!rows.length) return 0;
        const trainerIds = [...new Set(rows.filter((r) => r.entity === 'trainer').map((r) => r.entityId))];
        const courseIds = [...new Set(rows.filter((r) => r.entity === 'course').map((r) => r.entityId))];
        if (trainerIds.length) {
          const docs = await this.repo.trainerDocuments(trainerIds);
          await this.engine.upsert('trainers', docs);
          await this.engine.remove(
            'trainers',
            trainerIds.filter((id) => !docs.some((d) => d.id === id)),
          );
        }
        if (courseIds.length) {
          const docs = await this.repo.courseDocuments(courseIds);
          await this.engine.upsert('courses', docs);
          await this.engine.remove(
            'courses',
            courseIds.filter((id) => !docs.some((d) => d.id === id)),
          );
        }
        await this.repo.deleteOutbox(claimedIds);
        return rows.length;
      });
    } catch (e) {
      // An engine outage is not the entries' fault: they stay pending (the transaction rolled
      // back) and the next sweep applies them once the engine is back.
      if (claimedIds.length && !isUnavailable(e)) await this.repo.failOutbox(claimedIds, messageOf(e));
      throw e;
    }
  }

  /**
   * Rebuilds both indexes from PostgreSQL without downtime, with the synonyms PostgreSQL holds
   * now. Draining waits meanwhile, so changes made during the rebuild stay in the outbox and are
   * applied right after it.
   */
  async reindex(): Promise<{ trainers: number; courses: number }> {
    return this.db.transaction(async () => {
      await this.repo.lockIndexing();
      const trainers = await this.repo.trainerDocuments();
      const courses = await this.repo.courseDocuments();
      const synonyms = await this.freshVocabulary();
      await this.engine.rebuild('trainers', trainers, synonyms);
      await this.engine.rebuild('courses', courses, synonyms);
      return { trainers: trainers.length, courses: courses.length };
    });
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

import { Logger } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Db } from '#libs/database';
import { LsaPassagesRepository } from './lsa-passages.repository.js';
import { buildLsa, lsaModel } from './lsa.js';
import type { LsaModel, LsaParts } from './lsa.js';
import type { CourseDocument, TrainerDocument } from './documents.js';

/**
 * Passages the model is built from at most, per index (trainers, courses), taken in id order:
 * the eval catalogue (168 trainers, 266 courses) fits whole; at 100,000 trainers the model is
 * learned from this bounded sample and folds every other candidate in (see README). A build is
 * a second or more of CPU (4,000 + 4,000 took 30 s on the loaded 2-core eval machine), so the
 * sample stays small, rebuilds are rare and the app runs them in a worker thread.
 */
export const LSA_MAX_PASSAGES = 1500;
/** How often a process checks whether the catalogue changed (then rebuilds in the background). */
const LSA_CHECK_MS = 10 * 60_000;

/** A trainer's passage: what the re-ranker reads of them, as one text. */
export function trainerPassage(t: TrainerDocument): string {
  return [
    t.jobTitle,
    t.bio,
    t.expertise.join(' . '),
    t.courseTitles.join(' . '),
    t.courseSummaries.join(' . '),
    t.courseTopics.join(' . '),
  ].join(' . ');
}

export function coursePassage(c: CourseDocument): string {
  return [c.title, c.summary, c.description, c.topics.join(' . '), c.learningGoals.join(' . ')].join(' . ');
}

/** The worker script as compiled next to this module; absent when this runs from TypeScript sources (Jest). */
const WORKER = new URL('./lsa.worker.js', import.meta.url);

/**
 * Builds the model in a worker thread, so the API keeps answering meanwhile; in-thread when there
 * is no compiled worker script (unit tests run the sources). Same code, same model either way.
 */
export async function buildLsaOffThread(passages: string[], worker = WORKER): Promise<LsaModel> {
  if (!existsSync(fileURLToPath(worker))) return buildLsa(passages);
  const thread = new Worker(worker);
  try {
    const parts = await new Promise<LsaParts>((resolve, reject) => {
      thread.once('message', resolve);
      thread.once('error', reject);
      thread.once('exit', (code) => reject(new Error(`the LSA worker stopped (exit code ${code})`)));
      thread.postMessage(passages);
    });
    return lsaModel(parts);
  } finally {
    await thread.terminate();
  }
}

/**
 * The catalogue's latent semantic model, built from the indexed documents (search_documents)
 * in the background on first use and rebuilt when they change (their count or latest update),
 * checked at most every 10 minutes; no question ever waits for a build.
 */
export class LsaModels {
  private model?: LsaModel;
  private fingerprint?: string;
  private checkedAt = 0;
  private building?: Promise<void>;
  /** How long the last build took, in milliseconds. */
  lastBuildMs = 0;

  private readonly repo: LsaPassagesRepository;
  private readonly logger = new Logger('LsaModels');

  constructor(db: Db) {
    this.repo = new LsaPassagesRepository(db);
  }

  /**
   * The current model, without waiting: the first call starts the build in the background and
   * answers without one (the re-ranker then leaves the latent signal out); later calls start a
   * rebuild when the catalogue changed, and the previous model answers meanwhile.
   */
  current(): LsaModel | undefined {
    if (!this.building && (!this.model || Date.now() - this.checkedAt > LSA_CHECK_MS)) {
      // A failed build leaves the previous model (or none: the latent signal is then left out).
      this.building = this.rebuild().catch((e: unknown) =>
        this.logger.warn(`LSA model not rebuilt: ${e instanceof Error ? e.message : String(e)}`),
      );
    }
    return this.model;
  }

  /** Waits for the build under way (or starts one): the evaluation and the bench call it once after indexing. */
  async ready(): Promise<LsaModel | undefined> {
    this.current();
    await this.building;
    return this.model;
  }

  private async rebuild(): Promise<void> {
    try {
      this.checkedAt = Date.now();
      const fingerprint = await this.repo.fingerprint();
      if (this.model && fingerprint === this.fingerprint) return;
      const rows = await this.repo.passages(LSA_MAX_PASSAGES);
      const started = performance.now();
      this.model = await buildLsaOffThread(
        rows.map((r) => (r.index_name === 'trainers' ? trainerPassage(r.doc) : coursePassage(r.doc))),
      );
      this.lastBuildMs = Math.round(performance.now() - started);
      this.fingerprint = fingerprint;
    } finally {
      this.building = undefined;
    }
  }
}

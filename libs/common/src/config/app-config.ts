import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase())
      : undefined;
const toNumber = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/**
 * Every setting the processes read, validated once at start-up (see `.env.example`).
 * A bad value stops the process with a list of what is wrong, instead of failing later.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  PUBLIC_URL?: string;

  /**
   * Which hops may set X-Forwarded-For/-Proto (Express `trust proxy`): by default only proxies on
   * this machine or a private network (the compose load balancer), never a client on the internet.
   */
  @IsString()
  @MinLength(1)
  TRUST_PROXY = 'loopback, linklocal, uniquelocal';

  /** Required in production (the image has no embedded PostgreSQL); unset in development: an embedded one under DATA_DIR. */
  @Transform(emptyToUndefined)
  @ValidateIf((c: AppConfig) => c.NODE_ENV === 'production' || c.DATABASE_URL !== undefined)
  @IsString()
  @MinLength(1)
  DATABASE_URL?: string;

  @IsString()
  DATA_DIR = '.data';

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DB_POOL_SIZE = 10;

  /** Required in production; in development a random secret is kept in DATA_DIR. */
  @Transform(emptyToUndefined)
  @ValidateIf((c: AppConfig) => c.NODE_ENV === 'production' || c.JWT_SECRET !== undefined)
  @IsString()
  @MinLength(32)
  JWT_SECRET?: string;

  @IsString()
  JWT_ISSUER = 'collegiaal';

  @IsString()
  JWT_AUDIENCE = 'collegiaal-api';

  @Transform(toInt)
  @IsInt()
  @Min(30)
  @Max(86400)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  REFRESH_TOKEN_TTL_DAYS = 30;

  /** How long an e-mail verification link works. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(336)
  EMAIL_VERIFICATION_TTL_HOURS = 48;

  /** Key for identity providers' client secrets at rest; unset: derived from JWT_SECRET (rotating that then needs the secrets entered again). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(32)
  SSO_SECRET_KEY?: string;

  /** Key that signs the verification codes of proofs of participation; unset: derived from JWT_SECRET (rotating that then voids the codes handed out). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(32)
  PROOF_SECRET?: string;

  /** Retention (AVG): days before an account whose address was never verified is deleted. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  RETENTION_UNVERIFIED_DAYS = 30;

  /** Retention: days a finished sign-in (expired or signed out) is kept. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  RETENTION_SESSION_DAYS = 90;

  /** Retention: days a knowledge question's text is kept; its topics stay for the demand figures. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  RETENTION_QUESTION_TEXT_DAYS = 365;

  /** Demo catalogue and log-ins with a known password: on by default in development, off unless asked for in production. */
  @Transform(toBool)
  @IsBoolean()
  SEED_DEMO_DATA = true;

  /** Meilisearch for the knowledge bank; unset: PostgreSQL full-text search. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  MEILI_URL?: string;

  /**
   * The application's Meilisearch API key (`npm run meili:setup-key` makes it from the master key,
   * which stays with the operator and Meilisearch): search and index upkeep on collegiaal_* only.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  MEILI_API_KEY?: string;

  /** Background jobs run in the API process; false when `apps/worker` runs them. */
  @Transform(toBool)
  @IsBoolean()
  RUN_JOBS_IN_API = true;

  /** Unset: e-mails are written as .eml files to MAIL_DIR. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  SMTP_URL?: string;

  @IsString()
  MAIL_DIR = '.data/mail';

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  MAIL_FROM = 'Collegiaal <noreply@collegiaal.example>';

  /** Hours an offered seat is held for the waitlist head (earlier close to the start). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(336)
  OFFER_HOLD_HOURS = 48;

  /** Evaluations are shown to teachers, organisers and the course page only once this many people answered. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  EVALUATION_MIN_RESPONSES = 3;

  /**
   * A course's teachers and its organisation's L&D are nudged once when this many people wait on
   * its interest list ("Laat me weten wanneer er een datum is"); again only after it dropped below.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10000)
  DEMAND_NUDGE_THRESHOLD = 5;

  /**
   * Cost avoided on the knowledge-capital dashboard: learner-hours × this market price per
   * learner-hour (euro, excl. VAT). Default 85: an assumption — open-enrolment training days from
   * commercial providers commonly cost €500–€700 per participant for about 7 hours (≈ €85 an hour).
   */
  @Transform(toNumber)
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(10000)
  KNOWLEDGE_CAPITAL_HOURLY_RATE_EUR = 85;

  /**
   * Test-only: takes the session lock out of enrolment decisions, to prove the concurrency
   * test can fail. Ignored unless NODE_ENV=test.
   */
  @Transform(toBool)
  @IsBoolean()
  TEST_DISABLE_ENROLMENT_LOCK = false;

  static load(env: Record<string, string | undefined> = process.env): AppConfig {
    const known = Object.keys(new AppConfig()).concat([
      'PUBLIC_URL',
      'DATABASE_URL',
      'JWT_SECRET',
      'SMTP_URL',
      'MEILI_URL',
      'MEILI_API_KEY',
      'SSO_SECRET_KEY',
    ]);
    const picked = Object.fromEntries(Object.entries(env).filter(([k, v]) => known.includes(k) && v !== undefined));
    // A known demo password must never reach a production database by default.
    if (picked.NODE_ENV === 'production' && (picked.SEED_DEMO_DATA ?? '') === '') picked.SEED_DEMO_DATA = 'false';
    const config = plainToInstance(AppConfig, picked);
    const errors = validateSync(config, { whitelist: true });
    if (errors.length) {
      const lines = errors.map((e) => `  ${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
      throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
    }
    return config;
  }
}

import { fileURLToPath } from 'node:url';
import { type UploadLimits, uploadLimitsFromEnv } from '@lantoa/media';
import { type SpeechConfig, speechConfigFromEnv } from '@lantoa/speech';
import { type FileStorageConfig, fileStorageConfigFromEnv } from './files/storage-config.ts';

export interface Config {
  port: number;
  host: string;
  /** A PostgreSQL server; the embedded PGlite database in `dataDir` otherwise. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** The built staff web app, served at `/` when present. */
  webDist: string;
  /** Cookies marked Secure: whenever the public URL is https, or LANTOA_SECURE_COOKIES=1. */
  secureCookies: boolean;
  /** Absolute session lifetime. */
  sessionHours: number;
  /** A session unused for this long ends (OWASP ASVS level 2: 30 minutes). */
  sessionIdleMinutes: number;
  /**
   * Proxies whose X-Forwarded-For is believed (addresses or CIDR ranges, as Fastify's trustProxy
   * takes them). Empty: the client is the socket's peer and the header is ignored.
   */
  trustedProxies: string[];
  /** Load the demo data (Tuyên Quang, demo accounts) into an empty database. */
  seedDemo: boolean;
  signIn: SignInConfig;
  /** Largest plan document accepted for import. */
  maxPlanBytes: number;
  /** Largest evidence file accepted. */
  maxEvidenceBytes: number;
  /** SMTP server for reminders (smtp://user:pass@host:port); reminders stay in the app without it. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** The address people open the app at, for links in e-mails. */
  publicUrl: string;
  /** Remind this many days before a due date. */
  reminderDaysBefore: number;
  /** Requests per minute per address to the whole API (public routes have lower limits of their own). */
  apiPerMinute: number;
  /** Requests per minute per address to public pages, and to contest registration. */
  publicPerMinute: number;
  registerPerMinute: number;
  /** Public forms sent per hour per address (feedback, proposals, reports of false information). */
  publicSubmitsPerHour: number;
  /** Requests per minute per address while taking the quiz (answers are saved one by one). */
  attemptPerMinute: number;
  /** Library uploads per kind (LANTOA_MAX_{IMAGE,DOCUMENT,AUDIO,VIDEO}_MB). */
  uploadLimits: UploadLimits;
  /** Speech engine for bulletins (LANTOA_SPEECH_ENGINE, …; espeak-ng by default). */
  speech: SpeechConfig;
  /** Requests per minute per verified station to the loudspeaker-system API (and per address for bad keys). */
  stationPerMinute: number;
  /** Name-matching requests per minute per account (each may carry up to 100 names). */
  matchPerMinute: number;
  /**
   * Host names whose feeds and pages may be read although they resolve to private addresses (a
   * province's intranet portal; 'localhost' in tests), from LANTOA_FEED_ALLOW_HOSTS. Names only: an
   * address is allowed only when listed itself.
   */
  feedAllowHosts: string[];
  /**
   * A language model speaking OpenAI's chat completions (LANTOA_LLM_URL, LANTOA_LLM_MODEL,
   * LANTOA_LLM_API_KEY): answers and drafts are then rephrased by it, still only from the passages
   * and citing them. Null: everything is extractive, no model needed.
   */
  llm: LlmConfig | null;
  /**
   * A Redis server for the rate limits' counters (LANTOA_REDIS_URL, redis://host:port); without it they
   * are counted in PostgreSQL when several instances share a server, in the process on PGlite.
   */
  redisUrl: string | undefined;
  /** The bearer token `/metrics` asks for (LANTOA_METRICS_TOKEN); without it `/metrics` is off. */
  metricsToken: string | undefined;
  /** Where the bytes of stored files live (LANTOA_FILES). */
  fileStorage: FileStorageConfig;
  /** The daily backup: its folder (LANTOA_BACKUP_DIR; none, no daily backup) and how many to keep. */
  backup: { dir: string | undefined; keep: number };
}

export interface LlmConfig {
  url: string;
  model: string;
  apiKey: string | undefined;
}

/**
 * Sign-in throttling as OWASP advises: growing delays instead of a lock-out. Each wrong password
 * counts for the account from that address, for the address and for the account as a whole; past a
 * number of free failures the next attempt waits `firstDelaySeconds`, doubling per further failure.
 * The account as a whole is throttled more gently (more free failures, shorter cap) and not at all
 * from an address it signed in from before, so nobody can keep its owner out.
 */
export interface SignInConfig {
  /** Attempts per minute per address (a plain rate limit in front of the throttle). */
  perMinutePerAddress: number;
  /** Wrong passwords for one account from one address before delays begin. */
  freeFailures: number;
  /** Wrong passwords from one address, over all accounts, before delays begin. */
  addressFreeFailures: number;
  /** Wrong passwords for one account, from all addresses, before delays begin. */
  accountFreeFailures: number;
  firstDelaySeconds: number;
  /** Longest delay per account and address, and per address. */
  maxDelaySeconds: number;
  /** Longest delay for the account as a whole: short, so it never amounts to a lock-out. */
  accountMaxDelaySeconds: number;
}

/**
 * The language model's settings, all or nothing: an http(s) address and the model's name (servers
 * such as vLLM refuse a request without it). A wrong value stops the start with what to fix, rather
 * than failing every answer later.
 */
function llmConfig(env: NodeJS.ProcessEnv): LlmConfig | null {
  const url = env.LANTOA_LLM_URL?.trim();
  if (!url) return null;
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    throw new Error(
      `LANTOA_LLM_URL "${url}" không hợp lệ: hãy đặt một địa chỉ http:// hoặc https:// (ví dụ http://10.0.0.5:8000).`,
    );
  }
  const model = env.LANTOA_LLM_MODEL?.trim();
  if (!model) {
    throw new Error(
      'Thiếu LANTOA_LLM_MODEL: hãy đặt tên mô hình ngôn ngữ mà máy chủ LANTOA_LLM_URL phục vụ.',
    );
  }
  return { url, model, apiKey: env.LANTOA_LLM_API_KEY?.trim() || undefined };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataRoot = env.LANTOA_DATA_DIR ?? './data';
  const publicUrl = env.LANTOA_PUBLIC_URL ?? `http://localhost:${env.PORT ?? 8057}`;
  return {
    port: Number(env.PORT ?? 8057),
    // Only this machine unless told: the demo's password is published, so the server is not reachable
    // from the network until HOST is set (e.g. HOST=0.0.0.0 behind a reverse proxy).
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: `${dataRoot}/pglite`,
    webDist: env.LANTOA_WEB_DIST ?? fileURLToPath(new URL('../../web/dist', import.meta.url)),
    secureCookies: env.LANTOA_SECURE_COOKIES === '1' || publicUrl.startsWith('https://'),
    sessionHours: Number(env.LANTOA_SESSION_HOURS ?? 12),
    sessionIdleMinutes: Number(env.LANTOA_SESSION_IDLE_MINUTES ?? 30),
    trustedProxies: (env.LANTOA_TRUSTED_PROXIES ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
    seedDemo: env.LANTOA_SEED_DEMO !== '0',
    maxPlanBytes: Number(env.LANTOA_MAX_PLAN_MB ?? 25) * 1024 * 1024,
    maxEvidenceBytes: Number(env.LANTOA_MAX_EVIDENCE_MB ?? 10) * 1024 * 1024,
    smtpUrl: env.LANTOA_SMTP_URL || undefined,
    mailFrom: env.LANTOA_MAIL_FROM ?? 'Lan Tỏa <no-reply@lantoa.local>',
    publicUrl,
    reminderDaysBefore: Number(env.LANTOA_REMINDER_DAYS ?? 7),
    apiPerMinute: Number(env.LANTOA_API_PER_MINUTE ?? 600),
    publicPerMinute: Number(env.LANTOA_PUBLIC_PER_MINUTE ?? 300),
    registerPerMinute: Number(env.LANTOA_REGISTER_PER_MINUTE ?? 10),
    publicSubmitsPerHour: Number(env.LANTOA_PUBLIC_SUBMITS_PER_HOUR ?? 20),
    attemptPerMinute: Number(env.LANTOA_ATTEMPT_PER_MINUTE ?? 600),
    uploadLimits: uploadLimitsFromEnv(env),
    speech: speechConfigFromEnv(env),
    stationPerMinute: Number(env.LANTOA_STATION_PER_MINUTE ?? 120),
    matchPerMinute: Number(env.LANTOA_MATCH_PER_MINUTE ?? 30),
    feedAllowHosts: (env.LANTOA_FEED_ALLOW_HOSTS ?? '')
      .split(',')
      .map((entry) => entry.trim().toLowerCase())
      .filter(Boolean),
    llm: llmConfig(env),
    redisUrl: env.LANTOA_REDIS_URL?.trim() || undefined,
    metricsToken: env.LANTOA_METRICS_TOKEN?.trim() || undefined,
    fileStorage: fileStorageConfigFromEnv(env),
    backup: { dir: env.LANTOA_BACKUP_DIR?.trim() || undefined, keep: Number(env.LANTOA_BACKUP_KEEP ?? 7) },
    signIn: {
      perMinutePerAddress: Number(env.LANTOA_SIGNIN_PER_MINUTE ?? 20),
      freeFailures: Number(env.LANTOA_SIGNIN_FREE_FAILURES ?? 5),
      addressFreeFailures: Number(env.LANTOA_SIGNIN_ADDRESS_FREE_FAILURES ?? 30),
      accountFreeFailures: Number(env.LANTOA_SIGNIN_ACCOUNT_FREE_FAILURES ?? 20),
      firstDelaySeconds: Number(env.LANTOA_SIGNIN_FIRST_DELAY_SECONDS ?? 2),
      maxDelaySeconds: Number(env.LANTOA_SIGNIN_MAX_DELAY_SECONDS ?? 900),
      accountMaxDelaySeconds: Number(env.LANTOA_SIGNIN_ACCOUNT_MAX_DELAY_SECONDS ?? 60),
    },
  };
}

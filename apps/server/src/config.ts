import { fileURLToPath } from 'node:url';
import { type UploadLimits, uploadLimitsFromEnv } from '@lantoa/media';
import { type SpeechConfig, speechConfigFromEnv } from '@lantoa/speech';

export interface Config {
  port: number;
  host: string;
  /** A PostgreSQL server; the embedded PGlite database in `dataDir` otherwise. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** The built staff web app, served at `/` when present. */
  webDist: string;
  /** Cookies marked Secure: on behind HTTPS in production. */
  secureCookies: boolean;
  sessionHours: number;
  /** Load the demo data (Tuyên Quang, demo accounts) into an empty database. */
  seedDemo: boolean;
  signIn: { maxFailures: number; lockMinutes: number; perMinutePerAddress: number };
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
  /** Requests per minute per address while taking the quiz (answers are saved one by one). */
  attemptPerMinute: number;
  /** Library uploads per kind (LANTOA_MAX_{IMAGE,DOCUMENT,AUDIO,VIDEO}_MB). */
  uploadLimits: UploadLimits;
  /** Speech engine for bulletins (LANTOA_SPEECH_ENGINE, …; espeak-ng by default). */
  speech: SpeechConfig;
  /** Requests per minute per station key to the loudspeaker-system API. */
  stationPerMinute: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataRoot = env.LANTOA_DATA_DIR ?? './data';
  return {
    port: Number(env.PORT ?? 8057),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: `${dataRoot}/pglite`,
    webDist: env.LANTOA_WEB_DIST ?? fileURLToPath(new URL('../../web/dist', import.meta.url)),
    secureCookies: env.LANTOA_SECURE_COOKIES === '1',
    sessionHours: Number(env.LANTOA_SESSION_HOURS ?? 12),
    seedDemo: env.LANTOA_SEED_DEMO !== '0',
    maxPlanBytes: Number(env.LANTOA_MAX_PLAN_MB ?? 25) * 1024 * 1024,
    maxEvidenceBytes: Number(env.LANTOA_MAX_EVIDENCE_MB ?? 10) * 1024 * 1024,
    smtpUrl: env.LANTOA_SMTP_URL || undefined,
    mailFrom: env.LANTOA_MAIL_FROM ?? 'Lan Tỏa <no-reply@lantoa.local>',
    publicUrl: env.LANTOA_PUBLIC_URL ?? `http://localhost:${env.PORT ?? 8057}`,
    reminderDaysBefore: Number(env.LANTOA_REMINDER_DAYS ?? 7),
    apiPerMinute: Number(env.LANTOA_API_PER_MINUTE ?? 600),
    publicPerMinute: Number(env.LANTOA_PUBLIC_PER_MINUTE ?? 300),
    registerPerMinute: Number(env.LANTOA_REGISTER_PER_MINUTE ?? 10),
    attemptPerMinute: Number(env.LANTOA_ATTEMPT_PER_MINUTE ?? 600),
    uploadLimits: uploadLimitsFromEnv(env),
    speech: speechConfigFromEnv(env),
    stationPerMinute: Number(env.LANTOA_STATION_PER_MINUTE ?? 120),
    signIn: {
      maxFailures: Number(env.LANTOA_SIGNIN_MAX_FAILURES ?? 5),
      lockMinutes: Number(env.LANTOA_SIGNIN_LOCK_MINUTES ?? 15),
      perMinutePerAddress: Number(env.LANTOA_SIGNIN_PER_MINUTE ?? 20),
    },
  };
}

import type { Database, Language, Role } from "@openleave/db";
import type { PiiCipher } from "@openleave/crypto";
import type { SessionCache } from "../auth/session-cache.ts";
import type { Config } from "../config.ts";
import type { FileStorage } from "../domains/documents/storage.ts";
import type { Mailer } from "../mail/mailer.ts";
import type { Logger } from "../observability/logger.ts";

/** Who is making the request, resolved from the session cookie once per request. */
export interface Actor {
  userId: string;
  sessionId: string;
  email: string;
  name: string;
  roles: Role[];
  /** The person record a claimant's wages are reported under. */
  personId: string | null;
  /** When the account's email address was proven (null until the mailed link is opened). */
  emailVerifiedAt: Date | null;
  /** The language the account holder reads; emails and notices use it. */
  preferredLanguage: Language;
  /** When this session ends unless it is extended. */
  sessionExpiresAt: Date;
  /** Employers this user is a verified leave administrator for. */
  verifiedEmployerIds: string[];
}

/** Per-request cookie access for the sign-in and sign-out mutations. */
export interface CookieJar {
  get(name: string): string | undefined;
  set(name: string, value: string, options: { httpOnly: boolean; maxAgeSeconds: number }): void;
  clear(name: string): void;
}

/** What every service function receives: dependencies plus the request's identity. */
export interface Services {
  db: Database;
  pii: PiiCipher;
  storage: FileStorage;
  config: Config;
  log: Logger;
  mailer: Mailer;
  /** Sessions this process has resolved recently; drop a user's entries when their access changes. */
  sessions: SessionCache;
  now: () => Date;
}

export interface RequestContext extends Services {
  requestId: string;
  actor: Actor | null;
  ip: string;
  userAgent: string | undefined;
  cookies: CookieJar;
  /** Whether the request presented the session's CSRF token (checked for every mutation). */
  csrfVerified: boolean;
}

export const STAFF_ROLES: readonly Role[] = ["ADJUDICATOR", "SUPERVISOR", "APPEALS_OFFICER", "PROGRAM_ADMIN"];

export function isStaff(actor: Actor | null): boolean {
  return !!actor && actor.roles.some((role) => STAFF_ROLES.includes(role));
}

export function hasRole(actor: Actor | null, ...roles: Role[]): boolean {
  return !!actor && actor.roles.some((role) => roles.includes(role));
}

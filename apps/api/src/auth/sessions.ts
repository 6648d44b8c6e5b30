import type { Database, Language, Role } from "@openleave/db";
import type { Actor } from "../graphql/context.ts";
import type { SessionCache } from "./session-cache.ts";
import { hashToken, newToken, sameHash } from "./tokens.ts";

export const SESSION_COOKIE = "ol_session";
export const CSRF_COOKIE = "ol_csrf";
export const CSRF_HEADER = "x-csrf-token";

/** Only write lastSeenAt this often, so reads do not become writes. */
const LAST_SEEN_GRANULARITY_MS = 5 * 60 * 1000;

export interface IssuedSession {
  sessionId: string;
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function issueSession(
  db: Pick<Database, "session">,
  userId: string,
  options: { ttlHours: number; userAgent?: string; now: Date },
): Promise<IssuedSession> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(options.now.getTime() + options.ttlHours * 3_600_000);
  const session = await db.session.create({
    data: {
      tokenHash: hashToken(token),
      csrfHash: hashToken(csrfToken),
      userId,
      expiresAt,
      userAgent: options.userAgent?.slice(0, 300),
    },
  });
  return { sessionId: session.id, token, csrfToken, expiresAt };
}

export interface ResolvedSession {
  actor: Actor;
  csrfHash: string;
}

interface SessionRow {
  sessionId: string;
  csrfHash: string;
  expiresAt: Date;
  lastSeenAt: Date;
  revokedAt: Date | null;
  userId: string;
  email: string;
  name: string;
  roles: Role[];
  personId: string | null;
  emailVerifiedAt: Date | null;
  preferredLanguage: Language;
  disabledAt: Date | null;
  verifiedEmployerIds: string[] | null;
}

/**
 * The signed-in actor for a session cookie, or null when it is unknown, expired or revoked.
 * Runs on every request, so it is one hand-written statement (session, user and verified
 * employers together) rather than a relation query the ORM would have to plan each time, and
 * with a cache it is not sent at all while this process has read the session within the last
 * few seconds (see session-cache.ts for how stale that may be across replicas).
 */
export async function resolveSession(
  db: Database,
  token: string | undefined,
  now: Date,
  cache?: SessionCache,
): Promise<ResolvedSession | null> {
  if (!token || token.length > 200) return null;
  const tokenHash = hashToken(token);
  const cached = cache?.get(tokenHash, now);
  if (cached) return cached;
  const rows = await db.$queryRaw<SessionRow[]>`
    SELECT s.id AS "sessionId", s."csrfHash", s."expiresAt", s."lastSeenAt", s."revokedAt",
           u.id AS "userId", u.email, u.name, u.roles::text[] AS roles, u."personId", u."disabledAt",
           u."emailVerifiedAt", u."preferredLanguage"::text AS "preferredLanguage",
           ARRAY(SELECT la."employerId"::text FROM "LeaveAdministrator" la
                 WHERE la."userId" = u.id AND la."verifiedAt" IS NOT NULL ORDER BY la."employerId") AS "verifiedEmployerIds"
    FROM "Session" s JOIN "User" u ON u.id = s."userId"
    WHERE s."tokenHash" = ${tokenHash}`;
  const session = rows[0];
  if (!session || session.revokedAt || session.expiresAt <= now || session.disabledAt) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > LAST_SEEN_GRANULARITY_MS) {
    await db.session.update({ where: { id: session.sessionId }, data: { lastSeenAt: now } });
  }
  const resolved: ResolvedSession = {
    csrfHash: session.csrfHash,
    actor: {
      userId: session.userId,
      sessionId: session.sessionId,
      email: session.email,
      name: session.name,
      roles: session.roles,
      personId: session.personId,
      emailVerifiedAt: session.emailVerifiedAt,
      preferredLanguage: session.preferredLanguage,
      sessionExpiresAt: session.expiresAt,
      verifiedEmployerIds: session.verifiedEmployerIds ?? [],
    },
  };
  cache?.set(tokenHash, resolved, session.expiresAt, now);
  return resolved;
}

export function csrfTokenMatches(csrfHash: string, presented: string | undefined): boolean {
  return !!presented && presented.length <= 200 && sameHash(csrfHash, hashToken(presented));
}

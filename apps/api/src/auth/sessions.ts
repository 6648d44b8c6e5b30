import type { Database } from "@openleave/db";
import type { Actor } from "../graphql/context.ts";
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

/** The signed-in actor for a session cookie, or null when it is unknown, expired or revoked. */
export async function resolveSession(db: Database, token: string | undefined, now: Date): Promise<ResolvedSession | null> {
  if (!token || token.length > 200) return null;
  const session = await db.session.findUnique({
    where: { tokenHash: hashToken(token) },
    include: {
      user: {
        include: { leaveAdministrators: { where: { verifiedAt: { not: null } }, select: { employerId: true } } },
      },
    },
  });
  if (!session || session.revokedAt || session.expiresAt <= now || session.user.disabledAt) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > LAST_SEEN_GRANULARITY_MS) {
    await db.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  const { user } = session;
  return {
    csrfHash: session.csrfHash,
    actor: {
      userId: user.id,
      sessionId: session.id,
      email: user.email,
      name: user.name,
      roles: user.roles,
      personId: user.personId,
      verifiedEmployerIds: user.leaveAdministrators.map((link) => link.employerId),
    },
  };
}

export function csrfTokenMatches(csrfHash: string, presented: string | undefined): boolean {
  return !!presented && presented.length <= 200 && sameHash(csrfHash, hashToken(presented));
}

// A short-lived, size-bounded, in-process cache of resolved sessions, keyed by the hash of the
// session token, so a signed-in request does not spend a statement on its session.
//
// Correctness across replicas: this process drops an entry itself at sign-out, password reset,
// expiry or a change to the user's roles made through it; a change made by ANOTHER replica (or
// straight in the database) is seen once the entry is older than `ttlMs`. So a replica serves a
// revoked session, a removed role or a disabled account for at most `ttlMs` (5 s by default,
// SESSION_CACHE_SECONDS) — stated in docs/ARCHITECTURE.md and docs/benchmarks.md.
import type { ResolvedSession } from "./sessions.ts";

interface Entry {
  session: ResolvedSession;
  /** When this entry must be read from the database again (cache time, in ms since epoch). */
  freshUntil: number;
  /** When the session itself expires; never served past it, whatever the cache time. */
  expiresAt: number;
}

export interface SessionCacheOptions {
  /** How long an entry is trusted without asking the database. 0 turns the cache off. */
  ttlMs: number;
  /** At most this many sessions are held; the least recently used is dropped first. */
  maxEntries: number;
}

export class SessionCache {
  /** Map iteration order is insertion order: re-inserting on a hit makes it an LRU. */
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly options: SessionCacheOptions) {}

  get size(): number {
    return this.entries.size;
  }

  get(tokenHash: string, now: Date): ResolvedSession | undefined {
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    const at = now.getTime();
    if (at >= entry.freshUntil || at >= entry.expiresAt) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    this.entries.delete(tokenHash);
    this.entries.set(tokenHash, entry);
    return entry.session;
  }

  set(tokenHash: string, session: ResolvedSession, expiresAt: Date, now: Date): void {
    if (this.options.ttlMs <= 0 || this.options.maxEntries <= 0) return;
    this.entries.delete(tokenHash);
    this.entries.set(tokenHash, {
      session,
      freshUntil: now.getTime() + this.options.ttlMs,
      expiresAt: expiresAt.getTime(),
    });
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  /** Sign-out: the session is gone from this process at once. */
  forgetSession(sessionId: string): void {
    for (const [key, entry] of this.entries) if (entry.session.actor.sessionId === sessionId) this.entries.delete(key);
  }

  /**
   * Every session of a user: call after changing the user's roles, disabling the account,
   * revoking its sessions (password reset) or its leave-administrator verification.
   */
  forgetUser(userId: string): void {
    for (const [key, entry] of this.entries) if (entry.session.actor.userId === userId) this.entries.delete(key);
  }
}

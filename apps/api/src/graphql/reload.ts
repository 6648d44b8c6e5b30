import type { RequestContext } from "./context.ts";

type Reloadable = "claim" | "employerResponse";

/**
 * Mutations run their service (which returns the changed row), then read it back with the
 * Prisma plugin's `query` so every field the client selected — relations included — is loaded
 * in one query.
 */
export function reload(ctx: RequestContext, query: object, model: Reloadable, id: string) {
  const delegate = ctx.db[model] as unknown as { findUniqueOrThrow(args: object): Promise<never> };
  return delegate.findUniqueOrThrow({ ...query, where: { id } });
}

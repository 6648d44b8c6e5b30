import type { RequestContext } from "./context.ts";

type Reloadable =
  | "claim"
  | "employerResponse"
  | "task"
  | "eligibilitySnapshot"
  | "document"
  | "appeal"
  | "wageReport"
  | "leaveAdministratorInvitation"
  | "paymentPreference"
  | "paymentRun"
  | "achReturnImport"
  | "checkSettlementImport"
  | "overpayment"
  | "leaveAdministrator"
  | "manualDetermination"
  | "privatePlanApplication"
  | "leaveHoursReport"
  | "leaveExtensionRequest";

/**
 * Mutations run their service (which returns the changed row), then read it back with the
 * Prisma plugin's `query` so every field the client selected — relations included — is loaded
 * in one query.
 */
export function reload(ctx: Pick<RequestContext, "db">, query: object, model: Reloadable, id: string) {
  const delegate = ctx.db[model] as unknown as { findUniqueOrThrow(args: object): Promise<never> };
  return delegate.findUniqueOrThrow({ ...prismaQuery(query), where: { id } });
}

/**
 * The plugin's `query` for a selection of only `__typename` is `{ select: {} }`, which Prisma
 * rejects; no selection at all is what that means.
 */
export function prismaQuery(query: object): object {
  const select = (query as { select?: object }).select;
  return select && Object.keys(select).length === 0 ? {} : query;
}

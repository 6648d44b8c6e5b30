import type { AppealStatus, Prisma } from "@openleave/db";
import { recordAuditEvent, type AuditScope } from "../../audit/record-audit-event.ts";
import { IllegalTransitionError, NotFoundError, StaleVersionError } from "../../errors/domain-errors.ts";
import { assertAppealTransition, type AppealCause } from "./appeal-status.machine.ts";

export interface AppealTransition {
  appealId: string;
  to: AppealStatus;
  by: AppealCause;
  /** The version the actor saw. When given, a newer version means someone else acted first. */
  expectedVersion?: number;
  /** Other columns to set in the same write (hearingAt, outcome, ...). */
  data?: Prisma.AppealUncheckedUpdateManyInput;
}

/**
 * Moves an appeal to a new status inside the caller's transaction, conditionally on the status
 * and version it read. Of two officers deciding one appeal at once, exactly one write matches;
 * the other gets StaleVersionError (or IllegalTransitionError) and its transaction rolls back.
 * Call it first in a transaction so the loser has written nothing else.
 */
export async function transitionAppeal(tx: Prisma.TransactionClient, scope: AuditScope, change: AppealTransition) {
  const current = await tx.appeal.findUnique({
    where: { id: change.appealId },
    select: { status: true, version: true },
  });
  if (!current) throw new NotFoundError("Appeal");
  if (change.expectedVersion !== undefined && change.expectedVersion !== current.version) {
    throw new StaleVersionError("appeal", current.version);
  }
  assertAppealTransition(current.status, change.to, change.by);

  const updated = await tx.appeal.updateMany({
    where: { id: change.appealId, status: current.status, version: current.version },
    data: { ...change.data, status: change.to, version: { increment: 1 } },
  });
  if (updated.count !== 1) {
    const now = await tx.appeal.findUniqueOrThrow({
      where: { id: change.appealId },
      select: { status: true, version: true },
    });
    // Someone acted between our read and our write. If the caller named the version it saw, that
    // is the answer ("reload"), exactly as when the version was already stale at the read.
    if (now.status !== current.status && change.expectedVersion === undefined)
      throw new IllegalTransitionError("appeal", now.status, change.to);
    throw new StaleVersionError("appeal", now.version);
  }
  await recordAuditEvent(tx, scope, {
    action: "appeal.status_changed",
    entityType: "Appeal",
    entityId: change.appealId,
    changedFields: ["status", "version", ...Object.keys(change.data ?? {})],
    metadata: { from: current.status, to: change.to, by: change.by },
  });
  return { from: current.status, to: change.to, version: current.version + 1 };
}

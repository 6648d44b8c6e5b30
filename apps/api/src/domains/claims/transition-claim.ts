import type { ClaimStatus, Prisma } from "@openleave/db";
import { recordAuditEvent, type AuditScope } from "../../audit/record-audit-event.ts";
import { IllegalTransitionError, NotFoundError, StaleVersionError } from "../../errors/domain-errors.ts";
import { assertClaimTransition, type TransitionCause } from "./claim-status.machine.ts";

export interface ClaimTransition {
  claimId: string;
  to: ClaimStatus;
  by: TransitionCause;
  /** The version the actor saw. When given, a newer version means someone else decided first. */
  expectedVersion?: number;
  reason?: string;
  /** Other columns to set in the same write (decidedAt, claimNumber, ...). */
  data?: Prisma.ClaimUpdateManyMutationInput;
}

/**
 * Moves a claim to a new status inside the caller's transaction: checks the state machine,
 * writes conditionally on the status (and version) read, records history and audit. Of two
 * concurrent decisions on one claim, exactly one matches the condition; the other gets a
 * StaleVersionError or IllegalTransitionError and its transaction rolls back.
 */
export async function transitionClaim(tx: Prisma.TransactionClient, scope: AuditScope, change: ClaimTransition) {
  const current = await tx.claim.findUnique({ where: { id: change.claimId }, select: { status: true, version: true } });
  if (!current) throw new NotFoundError("Claim");
  if (change.expectedVersion !== undefined && change.expectedVersion !== current.version) {
    throw new StaleVersionError("claim", current.version);
  }
  assertClaimTransition(current.status, change.to, change.by);

  const updated = await tx.claim.updateMany({
    where: { id: change.claimId, status: current.status, version: current.version },
    data: { ...change.data, status: change.to, version: { increment: 1 } },
  });
  if (updated.count !== 1) {
    const now = await tx.claim.findUniqueOrThrow({
      where: { id: change.claimId },
      select: { status: true, version: true },
    });
    if (now.status !== current.status) throw new IllegalTransitionError("claim", now.status, change.to);
    throw new StaleVersionError("claim", now.version);
  }
  await tx.claimStatusChange.create({
    data: {
      claimId: change.claimId,
      fromStatus: current.status,
      toStatus: change.to,
      actorId: scope.actor?.userId ?? null,
      reason: change.reason,
    },
  });
  await recordAuditEvent(tx, scope, {
    action: "claim.status_changed",
    entityType: "Claim",
    entityId: change.claimId,
    changedFields: ["status", "version", ...Object.keys(change.data ?? {})],
    metadata: { from: current.status, to: change.to, by: change.by },
  });
  return { from: current.status, to: change.to, version: current.version + 1 };
}

/** Bumps the version of a claim for an edit that does not change its status. */
export async function touchClaimVersion(
  tx: Prisma.TransactionClient,
  claimId: string,
  expectedVersion: number | undefined,
) {
  const where = expectedVersion === undefined ? { id: claimId } : { id: claimId, version: expectedVersion };
  const updated = await tx.claim.updateMany({ where, data: { version: { increment: 1 } } });
  if (updated.count !== 1) {
    const current = await tx.claim.findUnique({ where: { id: claimId }, select: { version: true } });
    if (!current) throw new NotFoundError("Claim");
    throw new StaleVersionError("claim", current.version);
  }
}

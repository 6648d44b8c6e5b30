import type { Prisma } from "@openleave/db";
import type { Actor } from "../graphql/context.ts";

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  /** Names of the fields that changed; never their values when they are PII. */
  changedFields?: string[];
  /** Non-PII detail (e.g. from/to status, counts). */
  metadata?: Prisma.InputJsonValue;
}

export interface AuditScope {
  actor: Actor | null;
  requestId?: string;
}

/**
 * Appends an audit event. Pass the transaction client of the change being audited so that the
 * change and its record commit or roll back together.
 */
export async function recordAuditEvent(tx: Prisma.TransactionClient, scope: AuditScope, entry: AuditEntry) {
  await tx.auditEvent.create({
    data: {
      actorId: scope.actor?.userId ?? null,
      actorRoles: scope.actor?.roles ?? [],
      requestId: scope.requestId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      changedFields: entry.changedFields ?? [],
      metadata: entry.metadata,
    },
  });
}

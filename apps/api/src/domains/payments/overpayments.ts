// When a decision changes (an appeal reverses or modifies it), the claim's payments are brought
// in line with what the new decision owes: weeks not yet paid are re-priced or cancelled, weeks
// newly owed are scheduled, and for each week already paid beyond what is now owed an
// overpayment is recorded — once per payment (unique paymentId), however often this runs.
// Overpayments are recovered by offset against later payments, at most the program's share of
// each weekly benefit (@openleave/rules, overpaymentOffsetRate), or waived by staff.
import Decimal from "decimal.js";
import { z } from "zod";
import { addDays, fromDateOnly, toDateOnly, type Database, type Prisma } from "@openleave/db";
import { overpaymentOffsetRate } from "@openleave/rules";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { IllegalTransitionError, InvalidInputError, NotFoundError } from "../../errors/domain-errors.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";
import { plannedPayments, scheduleClaimPayments } from "./schedule-payments.ts";

const SYSTEM = { actor: null };
const LIVE = ["SCHEDULED", "HELD", "SENT", "PAID"] as const;

export interface ReconcileResult {
  repriced: number;
  cancelled: number;
  scheduled: number;
  overpayments: number;
}

export async function reconcileClaimPayments(
  db: Database,
  claimId: string,
  determinationId: string | null,
): Promise<ReconcileResult> {
  return db.$transaction(async (tx) => {
    // One reconciliation of a claim at a time (two jobs for two quick decisions).
    await tx.$queryRaw`SELECT id FROM "Claim" WHERE id = ${claimId}::uuid FOR UPDATE`;
    const owed = new Map((await plannedPayments(tx, claimId)).map((row) => [toDateOnly(row.periodStart), row]));
    const payments = await tx.payment.findMany({
      where: { claimId, status: { in: [...LIVE] } },
      orderBy: [{ periodStart: "asc" }, { sequence: "desc" }],
    });
    const result: ReconcileResult = { repriced: 0, cancelled: 0, scheduled: 0, overpayments: 0 };
    const seen = new Set<string>();
    for (const payment of payments) {
      const week = toDateOnly(payment.periodStart);
      if (seen.has(week)) continue; // the latest live payment of the week speaks for it
      seen.add(week);
      const plan = owed.get(week);
      if (payment.status === "SCHEDULED" || payment.status === "HELD") {
        if (!plan) {
          await tx.payment.updateMany({
            where: { id: payment.id, status: payment.status },
            data: { status: "CANCELLED", statusReason: "Cancelled: no longer owed under the changed decision." },
          });
          result.cancelled++;
        } else if (!new Decimal(plan.gross).equals(payment.gross.toString())) {
          await tx.payment.updateMany({
            where: { id: payment.id, status: payment.status },
            data: {
              gross: plan.gross,
              federalWithholding: plan.federalWithholding,
              net: new Decimal(plan.net).minus(payment.recoveryOffset.toString()).toFixed(2),
              periodEnd: plan.periodEnd,
            },
          });
          result.repriced++;
        }
        continue;
      }
      // SENT or PAID: money went out for this week.
      const paid = new Decimal(payment.gross.toString());
      const stillOwed = plan ? new Decimal(plan.gross) : new Decimal(0);
      if (paid.lte(stillOwed)) continue;
      const amount = paid.minus(stillOwed).toFixed(2);
      const { count } = await tx.overpayment.createMany({
        data: [
          {
            claimId,
            paymentId: payment.id,
            amount,
            determinationId,
            reason: plan
              ? `The week of ${week} was paid $${paid.toFixed(2)}; the changed decision owes $${stillOwed.toFixed(2)}.`
              : `The week of ${week} was paid $${paid.toFixed(2)}; the changed decision owes nothing for it.`,
          },
        ],
        skipDuplicates: true,
      });
      if (count === 1) {
        result.overpayments++;
        const created = await tx.overpayment.findUniqueOrThrow({ where: { paymentId: payment.id } });
        await recordAuditEvent(tx, SYSTEM, {
          action: "overpayment.create",
          entityType: "Overpayment",
          entityId: created.id,
          metadata: { claimId, paymentId: payment.id, amount, determinationId },
        });
      }
    }
    result.scheduled = await scheduleClaimPayments(tx, claimId);
    if (result.overpayments > 0) {
      const open = await tx.task.count({
        where: { claimId, kind: "REVIEW_OVERPAYMENT", status: { in: ["OPEN", "IN_PROGRESS"] } },
      });
      if (open === 0) {
        await tx.task.create({
          data: {
            queue: "OVERPAYMENTS",
            kind: "REVIEW_OVERPAYMENT",
            claimId,
            dueAt: fromDateOnly(addDays(toDateOnly(new Date()), 7)),
          },
        });
      }
    }
    return result;
  });
}

export interface OffsetCandidate {
  id: string;
  gross: { toString(): string };
  net: { toString(): string };
  claim: { claimantId: string; program: { jurisdiction: string; code: string } };
}

/**
 * Inside a payment run's transaction: keeps from each payment what may be kept to recover the
 * claimant's open overpayments (oldest first), at most the program's offset share of the weekly
 * benefit and never more than the net. Returns each payment's new net.
 */
export async function offsetOverpayments(tx: Prisma.TransactionClient, payments: OffsetCandidate[]) {
  const nets = new Map<string, Decimal>();
  if (payments.length === 0) return nets;
  const claimantIds = [...new Set(payments.map((p) => p.claim.claimantId))];
  // Two runs paying the same claimant at once must not both spend one balance: the second waits
  // here for the first to commit, then reads what is left (locks taken in id order).
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT o.id FROM "Overpayment" o JOIN "Claim" c ON c.id = o."claimId"
    WHERE o.status IN ('OPEN', 'IN_RECOVERY') AND c."claimantId" = ANY(${claimantIds}::uuid[])
    ORDER BY o.id FOR UPDATE OF o`;
  if (locked.length === 0) return nets; // the usual case: a run of 100,000 payments stops here
  const open = await tx.overpayment.findMany({
    where: { id: { in: locked.map((row) => row.id) } },
    orderBy: { createdAt: "asc" },
    select: { id: true, amount: true, recoveredAmount: true, claim: { select: { claimantId: true } } },
  });
  if (open.length === 0) return nets;
  const balances = open.map((o) => ({
    id: o.id,
    claimantId: o.claim.claimantId,
    left: new Decimal(o.amount.toString()).minus(o.recoveredAmount.toString()),
  }));
  for (const payment of payments) {
    const rate = overpaymentOffsetRate(payment.claim.program.jurisdiction, payment.claim.program.code).value;
    if (rate === null) continue;
    let room = Decimal.min(
      new Decimal(payment.gross.toString()).mul(rate).toDecimalPlaces(2, Decimal.ROUND_DOWN),
      new Decimal(payment.net.toString()),
    );
    let net = new Decimal(payment.net.toString());
    let kept = new Decimal(0);
    for (const balance of balances) {
      if (room.lte(0)) break;
      if (balance.claimantId !== payment.claim.claimantId || balance.left.lte(0)) continue;
      const take = Decimal.min(room, balance.left);
      balance.left = balance.left.minus(take);
      room = room.minus(take);
      net = net.minus(take);
      kept = kept.plus(take);
      await tx.overpaymentRecovery.create({
        data: { overpaymentId: balance.id, paymentId: payment.id, amount: take.toFixed(2) },
      });
      await tx.overpayment.update({
        where: { id: balance.id },
        data: {
          recoveredAmount: { increment: take.toFixed(2) },
          status: balance.left.lte(0) ? "RECOVERED" : "IN_RECOVERY",
        },
      });
    }
    if (kept.gt(0)) {
      await tx.payment.update({
        where: { id: payment.id },
        data: { net: net.toFixed(2), recoveryOffset: { increment: kept.toFixed(2) } },
      });
      nets.set(payment.id, net);
    }
  }
  return nets;
}

const WaiveInput = z.object({
  overpaymentId: z.uuid("Choose an overpayment."),
  reason: z.string().trim().min(10, "Say why the overpayment is waived (at least 10 characters).").max(2_000),
});

/** Staff waive what is left of an overpayment; recovery stops. */
export async function waiveOverpayment(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(WaiveInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  return ctx.db.$transaction(async (tx) => {
    const overpayment = await tx.overpayment.findUnique({ where: { id: input.overpaymentId } });
    if (!overpayment) throw new NotFoundError("Overpayment");
    const { count } = await tx.overpayment.updateMany({
      where: { id: overpayment.id, status: { in: ["OPEN", "IN_RECOVERY"] } },
      data: { status: "WAIVED", waivedAt: ctx.now(), waivedById: actor.userId, waiverReason: input.reason },
    });
    if (count === 0) throw new IllegalTransitionError("overpayment", overpayment.status, "WAIVED");
    await recordAuditEvent(
      tx,
      { actor, requestId: ctx.requestId },
      {
        action: "overpayment.waive",
        entityType: "Overpayment",
        entityId: overpayment.id,
        changedFields: ["status", "waivedAt", "waivedById", "waiverReason"],
        metadata: {
          claimId: overpayment.claimId,
          waived: new Decimal(overpayment.amount.toString()).minus(overpayment.recoveredAmount.toString()).toFixed(2),
        },
      },
    );
    return tx.overpayment.findUniqueOrThrow({ where: { id: overpayment.id } });
  });
}

const RecordInput = z.object({
  claimId: z.uuid("Choose a claim."),
  amount: z
    .string()
    .trim()
    .regex(/^\d{1,9}(\.\d{1,2})?$/, "Enter the amount in dollars and cents, e.g. 350.00.")
    .refine(
      (amount) => !/^\d{1,9}(\.\d{1,2})?$/.test(amount) || new Decimal(amount).gt(0),
      "The amount must be more than $0.00.",
    ),
  reason: z.string().trim().min(10, "Say why this was overpaid (at least 10 characters).").max(2_000),
});

/**
 * Staff record an overpayment found outside an appeal (e.g. wages reported later for weeks
 * paid): at most what was paid on the claim and not yet owed back. Recovered by offset like
 * any other; audited in the same transaction.
 */
export async function recordOverpayment(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(RecordInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  return ctx.db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: input.claimId }, select: { id: true } });
    if (!claim) throw new NotFoundError("Claim");
    // One recording at a time per claim, so two cannot both fit under what was paid.
    await tx.$queryRaw`SELECT id FROM "Claim" WHERE id = ${claim.id}::uuid FOR UPDATE`;
    const paid = await tx.payment.aggregate({
      where: { claimId: claim.id, status: { in: ["SENT", "PAID"] } },
      _sum: { gross: true },
    });
    const owedBack = await tx.overpayment.aggregate({ where: { claimId: claim.id }, _sum: { amount: true } });
    const room = new Decimal(paid._sum.gross?.toString() ?? "0").minus(owedBack._sum.amount?.toString() ?? "0");
    if (new Decimal(input.amount).gt(room)) {
      throw InvalidInputError.field(
        ["input", "amount"],
        `At most $${Decimal.max(room, 0).toFixed(2)} was paid on this claim and is not already recorded as overpaid.`,
      );
    }
    const created = await tx.overpayment.create({
      data: { claimId: claim.id, amount: new Decimal(input.amount).toFixed(2), reason: input.reason },
    });
    await recordAuditEvent(
      tx,
      { actor, requestId: ctx.requestId },
      {
        action: "overpayment.record",
        entityType: "Overpayment",
        entityId: created.id,
        changedFields: ["amount", "reason", "status"],
        metadata: { claimId: claim.id, amount: created.amount.toFixed(2) },
      },
    );
    return created;
  });
}

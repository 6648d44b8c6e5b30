// When what a claim owes changes — an appeal reverses or modifies the decision, a redetermination
// after an employer grievance, the claimant corrects the hours of a week — the claim's payments
// are brought in line with it (reconcileClaimPayments, the one place that does): weeks not yet
// paid are re-priced, released or cancelled, weeks newly owed are scheduled, a week paid short
// gets a supplemental payment, and a week paid beyond what is now owed an overpayment for the
// difference — once, however often this runs (each run settles every week to even).
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
import { enqueueJob } from "../../jobs/job-queue.ts";
import { plannedPayments, withholdingOn } from "./schedule-payments.ts";

const SYSTEM = { actor: null };

/** Why a decided claim's unsent payments wait: it is back in review (an employer grievance). */
export const REVIEW_HOLD_REASON = "Held: the claim is back in review after an employer grievance.";

/**
 * A decided claim goes back for a redetermination: a payment run pays what is SCHEDULED
 * whatever the claim's status, so the weeks not yet paid are held until the claim is decided
 * again, when reconcileClaimPayments releases, re-prices or cancels them. Returns how many.
 */
export async function holdUnsentPayments(tx: Prisma.TransactionClient, claimId: string): Promise<number> {
  const { count } = await tx.payment.updateMany({
    where: { claimId, status: "SCHEDULED" },
    data: { status: "HELD", statusReason: REVIEW_HOLD_REASON },
  });
  return count;
}

/**
 * Queues the reconciliation of a claim's payments with what it owes now, in the caller's
 * transaction (so the change and its payments hook commit together). `cause` names the change
 * (a new determination's id, a corrected hours report): the same cause is queued once.
 */
export async function queuePaymentReconciliation(
  tx: Prisma.TransactionClient,
  input: { claimId: string; determinationId?: string | null; cause: string },
) {
  await enqueueJob(tx, "payments.reconcile", {
    key: `payments.reconcile:${input.cause}`,
    payload: { claimId: input.claimId, determinationId: input.determinationId ?? null },
  });
}

export interface ReconcileResult {
  repriced: number;
  cancelled: number;
  scheduled: number;
  /** Held weeks the new decision owes, back on the schedule. */
  released: number;
  /** A week paid less than it is now owed (e.g. more hours reported): the rest, paid as its own payment. */
  supplemental: number;
  overpayments: number;
  /** Open overpayments of a week owed more again, lowered by what it is now owed. */
  reduced: number;
}

/** Claim states that wait for a (re)determination: payments follow the decision that comes. */
const AWAITING_DECISION = new Set(["SUBMITTED", "PENDING_EMPLOYER_RESPONSE", "IN_REVIEW", "INFO_REQUESTED"]);

/**
 * Brings a claim's payments in line with what its current decision owes, week by week: what a
 * week is owed (the planner, from the decision and the hours reported), less what was sent for it
 * (SENT or PAID, a reissue after a return included) and not already recorded as overpaid, is
 * what its unsent payment should be. That unsent payment is re-priced, released from a review
 * hold, or cancelled when nothing is due; a week with nothing unsent that is still short gets a
 * payment of its own (the week's first, or a supplemental one); a week paid beyond what it is
 * owed gets an overpayment for the difference. Run twice, the second run finds every week even
 * and changes nothing; the claim's row lock makes two runs take turns, and its payments' row
 * locks keep a payment run from sending a week while it is being changed.
 */
export async function reconcileClaimPayments(
  db: Database,
  claimId: string,
  /** The decision that queued this run; null for a change of reported hours (the wording). */
  determinationId: string | null,
): Promise<ReconcileResult> {
  return db.$transaction(async (tx) => {
    const result: ReconcileResult = {
      repriced: 0,
      cancelled: 0,
      scheduled: 0,
      released: 0,
      supplemental: 0,
      overpayments: 0,
      reduced: 0,
    };
    const [claim] = await tx.$queryRaw<{ status: string }[]>`
      SELECT status::text AS status FROM "Claim" WHERE id = ${claimId}::uuid FOR UPDATE`;
    if (!claim) throw new Error(`No claim ${claimId}`);
    // Back in review: the redetermination will reconcile (and the old decision must not release holds).
    if (AWAITING_DECISION.has(claim.status)) return result;
    // A run sending one of these weeks finishes first; a later run skips them until this commits.
    await tx.$queryRaw`SELECT id FROM "Payment" WHERE "claimId" = ${claimId}::uuid FOR UPDATE`;
    // Overpayments are recorded under the decision in force (a job queued by an earlier decision
    // may run after a later one), whatever the job was queued by.
    const [inForce] = await tx.$queryRaw<{ id: string }[]>`
      SELECT x.id FROM "Determination" x WHERE x."claimId" = ${claimId}::uuid
        AND NOT EXISTS (SELECT 1 FROM "Determination" n WHERE n."supersedesId" = x.id)
      ORDER BY x."decidedAt" DESC LIMIT 1`;
    const decisionId = inForce?.id ?? determinationId;
    const planned = await plannedPayments(tx, claimId);
    const owed = new Map(planned.map((row) => [toDateOnly(row.periodStart), row]));
    const payments = await tx.payment.findMany({
      where: { claimId },
      orderBy: [{ periodStart: "asc" }, { sequence: "asc" }],
      include: {
        overpayments: {
          select: { id: true, amount: true, recoveredAmount: true, status: true },
          orderBy: { createdAt: "desc" },
        },
      },
    });
    const weeks = new Map<string, typeof payments>();
    for (const payment of payments) {
      const week = toDateOnly(payment.periodStart);
      weeks.set(week, [...(weeks.get(week) ?? []), payment]);
    }
    for (const week of owed.keys()) if (!weeks.has(week)) weeks.set(week, []);

    const newRows: Prisma.PaymentCreateManyInput[] = [];
    for (const [week, rows] of [...weeks].sort(([a], [b]) => a.localeCompare(b))) {
      const plan = owed.get(week);
      const want = plan ? new Decimal(plan.gross) : new Decimal(0);
      const sent = rows.filter((p) => ["IN_BATCH", "SENT", "PAID"].includes(p.status));
      const unsent = rows.filter((p) => p.status === "SCHEDULED" || p.status === "HELD");
      const paid = sent.reduce((sum, p) => sum.plus(p.gross.toString()), new Decimal(0));
      const overpaid = rows.reduce(
        (sum, p) => p.overpayments.reduce((s, o) => s.plus(o.amount.toString()), sum),
        new Decimal(0),
      );
      let counted = paid.minus(overpaid);
      // Owed minus counted; a week owed nothing is never due more than nothing.
      let due = plan ? want.minus(counted) : Decimal.min(0, counted.negated());
      // Owed more again after an overpayment was recorded (hours corrected back up): what is
      // still to be recovered of the week's open overpayments is forgiven first, newest first,
      // rather than paying a supplemental payment beside a debt for the same money.
      for (const open of rows.flatMap((p) => p.overpayments)) {
        if (due.lte(0)) break;
        if (open.status !== "OPEN" && open.status !== "IN_RECOVERY") continue;
        const left = new Decimal(open.amount.toString()).minus(open.recoveredAmount.toString());
        if (left.lte(0)) continue;
        const take = Decimal.min(due, left);
        const amount = new Decimal(open.amount.toString()).minus(take);
        await tx.overpayment.update({
          where: { id: open.id },
          data: { amount: amount.toFixed(2), ...(take.equals(left) ? { status: "RECOVERED" as const } : {}) },
        });
        await recordAuditEvent(tx, SYSTEM, {
          action: "overpayment.reduce",
          entityType: "Overpayment",
          entityId: open.id,
          changedFields: ["amount", ...(take.equals(left) ? ["status"] : [])],
          metadata: { claimId, week, from: open.amount.toFixed(2), to: amount.toFixed(2) },
        });
        result.reduced++;
        counted = counted.plus(take);
        due = due.minus(take);
      }
      // The week's latest unsent payment carries what is due; any older one is spare.
      const carrier = due.gt(0) ? unsent.at(-1) : undefined;
      for (const spare of unsent) {
        if (spare === carrier) continue;
        await tx.payment.updateMany({
          where: { id: spare.id, status: spare.status },
          data: { status: "CANCELLED", statusReason: "Cancelled: no longer owed under the changed decision." },
        });
        result.cancelled++;
      }
      if (carrier) {
        const federal = withholdingOn(due, plan!.withholdingElected);
        const changed = !due.equals(carrier.gross.toString());
        const release = carrier.status === "HELD" && carrier.statusReason === REVIEW_HOLD_REASON;
        if (changed || release) {
          await tx.payment.updateMany({
            where: { id: carrier.id, status: carrier.status },
            data: {
              ...(changed
                ? {
                    gross: due.toFixed(2),
                    federalWithholding: federal.toFixed(2),
                    net: due.minus(federal).minus(carrier.recoveryOffset.toString()).toFixed(2),
                    periodEnd: plan!.periodEnd,
                  }
                : {}),
              ...(release ? { status: "SCHEDULED" as const, statusReason: null } : {}),
            },
          });
          if (changed) result.repriced++;
          if (release) result.released++;
        }
      } else if (due.gt(0)) {
        const federal = withholdingOn(due, plan!.withholdingElected);
        const supplemental = sent.length > 0;
        newRows.push({
          claimId,
          periodStart: plan!.periodStart,
          periodEnd: plan!.periodEnd,
          // The week's next number: its first payment is 0, a later one follows the last.
          sequence: rows.length === 0 ? 0 : Math.max(...rows.map((p) => p.sequence)) + 1,
          gross: due.toFixed(2),
          federalWithholding: federal.toFixed(2),
          net: due.minus(federal).toFixed(2),
          method: plan!.method,
          scheduledFor: plan!.scheduledFor,
          statusReason: supplemental
            ? `Supplemental: the week of ${week} is owed $${want.toFixed(2)} and $${counted.toFixed(2)} was paid.`
            : null,
        });
        if (supplemental) result.supplemental++;
        else result.scheduled++;
      } else if (due.lt(0) && sent.length > 0) {
        // Money went out for this week beyond what it is owed now.
        const against = sent.at(-1)!;
        const amount = due.negated().toFixed(2);
        const created = await tx.overpayment.create({
          data: {
            claimId,
            paymentId: against.id,
            amount,
            determinationId: decisionId,
            reason: overpaymentReason(week, counted, plan ? want : null, determinationId !== null),
          },
        });
        result.overpayments++;
        await recordAuditEvent(tx, SYSTEM, {
          action: "overpayment.create",
          entityType: "Overpayment",
          entityId: created.id,
          metadata: { claimId, paymentId: against.id, amount, determinationId: decisionId },
        });
      }
    }
    if (newRows.length > 0) {
      // The daily schedule may insert a week's first payment at the same moment: it is the same row.
      await tx.payment.createMany({ data: newRows, skipDuplicates: true });
    }
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

/** In words for the claimant and staff: the week, what was paid, what is owed now and why. */
function overpaymentReason(week: string, paid: Decimal, owed: Decimal | null, decisionChanged: boolean) {
  const start = `The week of ${week} was paid $${paid.toFixed(2)}; `;
  if (decisionChanged)
    return (
      start + (owed ? `the changed decision owes $${owed.toFixed(2)}.` : "the changed decision owes nothing for it.")
    );
  return start + (owed ? `with the hours now reported it is owed $${owed.toFixed(2)}.` : "nothing is owed for it now.");
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

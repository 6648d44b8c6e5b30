// Check settlement: the bank's reconciliation (positive-pay) file says, check by check, what was
// paid and on which day, or that a check was voided or went stale uncashed. A paid check whose
// amount is the check's moves SENT → PAID (settled) with the day it was paid; a paid amount that
// differs is flagged for staff (a payments task) and not settled; a void or stale check moves
// SENT → RETURNED and is reissued by check exactly once (the reissue's `reissueOfId` is unique),
// as an ACH return is. A batch whose checks are all settled or returned is marked settled. Each
// row changes a payment only from the state it expects, and the same file imported twice (or at
// once) is one import (its content hash), so an import is idempotent.
import { createHash } from "node:crypto";
import Decimal from "decimal.js";
import { z } from "zod";
import { addDays, fromDateOnly, todayIn, type Prisma } from "@openleave/db";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { InvalidInputError } from "../../errors/domain-errors.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";
import { JOBS_TIME_ZONE } from "../../jobs/worker.ts";
import { reissueByCheck } from "./schedule-payments.ts";

export type CheckOutcome = "PAID" | "VOID" | "STALE";

export interface CheckSettlementRow {
  checkNumber: number;
  amount: Decimal;
  /** The day the bank paid the check (PAID rows). */
  paidDate: string | null;
  outcome: CheckOutcome;
  line: number;
}

export interface CheckSettlementProblem {
  checkNumber: number;
  amount: string;
  outcome: CheckOutcome;
  /** What the register says the check was for, when it differs. */
  expected?: string;
  code: "AMOUNT_MISMATCH" | "UNKNOWN_CHECK" | "ALREADY_SETTLED" | "ALREADY_VOIDED" | "NOT_SENT";
}

const OUTCOMES: Record<string, CheckOutcome> = { paid: "PAID", void: "VOID", voided: "VOID", stale: "STALE" };

/**
 * Reads the bank's CSV: a header naming `check_number`, `amount`, `paid_date` and `status` (in
 * any order; `status` is paid, void or stale, paid when left out), one check a row. Refuses a
 * file it cannot read whole, naming the line.
 */
export function parseCheckSettlementFile(content: string): CheckSettlementRow[] {
  const lines = content.replace(/\r\n/g, "\n").split("\n");
  const problem = (line: number, message: string) =>
    InvalidInputError.field(["input", "content"], `Line ${line}: ${message}`);
  const header = (lines[0] ?? "").split(",").map((name) =>
    name
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, "_"),
  );
  const column = (name: string) => header.indexOf(name);
  if (column("check_number") < 0 || column("amount") < 0)
    throw problem(1, "the header must name the columns check_number and amount (and paid_date, status).");
  const rows: CheckSettlementRow[] = [];
  const seen = new Set<number>();
  lines.slice(1).forEach((text, index) => {
    const line = index + 2;
    if (text.trim() === "") return;
    const cells = text.split(",").map((cell) => cell.trim().replace(/^"(.*)"$/, "$1"));
    if (cells.length !== header.length)
      throw problem(line, `expected ${header.length} columns, found ${cells.length}.`);
    const cell = (name: string) => (column(name) >= 0 ? cells[column(name)]! : "");
    const number = cell("check_number");
    if (!/^\d{1,10}$/.test(number)) throw problem(line, `"${number}" is not a check number.`);
    const amount = cell("amount").replace(/^\$/, "");
    if (!/^\d{1,9}(\.\d{1,2})?$/.test(amount)) throw problem(line, `"${amount}" is not an amount like 612.50.`);
    const status = cell("status").toLowerCase() || "paid";
    const outcome = OUTCOMES[status];
    if (!outcome) throw problem(line, `"${status}" is not a check status (paid, void or stale).`);
    const paidDate = cell("paid_date") || null;
    if (outcome === "PAID" && (!paidDate || !/^\d{4}-\d{2}-\d{2}$/.test(paidDate)))
      throw problem(line, "a paid check needs its paid_date as YYYY-MM-DD.");
    const checkNumber = Number(number);
    if (seen.has(checkNumber)) throw problem(line, `check ${checkNumber} is listed twice.`);
    seen.add(checkNumber);
    rows.push({
      checkNumber,
      amount: new Decimal(amount),
      paidDate: outcome === "PAID" ? paidDate : null,
      outcome,
      line,
    });
  });
  if (rows.length === 0) throw problem(2, "the file lists no checks.");
  return rows;
}

const ImportInput = z.object({
  fileName: z.string().trim().min(1, "Name the file.").max(200),
  content: z.string().min(1, "Upload the bank's check settlement file.").max(5_000_000),
});

export async function importCheckSettlements(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(ImportInput, rawInput, ["input"]);
  const rows = parseCheckSettlementFile(input.content);
  const contentHash = createHash("sha256").update(input.content.replace(/\r\n/g, "\n").trimEnd()).digest("hex");
  const actor = ctx.actor!;
  const audit = { actor, requestId: ctx.requestId };
  const today = todayIn(JOBS_TIME_ZONE, ctx.now());
  return ctx.db.$transaction(
    async (tx) => {
      const { count } = await tx.checkSettlementImport.createMany({
        data: [{ fileName: input.fileName, contentHash, importedById: actor.userId }],
        skipDuplicates: true,
      });
      const record = await tx.checkSettlementImport.findUniqueOrThrow({ where: { contentHash } });
      if (count === 0) return record; // this file was imported before: nothing changes
      let settled = 0;
      let voided = 0;
      const problems: CheckSettlementProblem[] = [];
      const batches = new Set<string>();
      for (const row of rows) {
        const outcome = await applyRow(tx, row, { today, audit, importId: record.id });
        if (outcome.batchId) batches.add(outcome.batchId);
        if (outcome.kind === "problem") problems.push(outcome.problem);
        else if (outcome.kind === "settled") settled++;
        else voided++;
      }
      // A batch is settled once none of its checks is still out.
      if (batches.size > 0)
        await tx.$executeRaw`
          UPDATE "PaymentBatch" b SET status = 'SETTLED', "settledAt" = now()
          WHERE b.id = ANY(${[...batches]}::uuid[]) AND b."settledAt" IS NULL
            AND NOT EXISTS (SELECT 1 FROM "Payment" p WHERE p."batchId" = b.id AND p.status IN ('IN_BATCH', 'SENT'))`;
      const saved = await tx.checkSettlementImport.update({
        where: { id: record.id },
        data: { settledCount: settled, voidedCount: voided, problems: problems as unknown as Prisma.InputJsonValue },
      });
      await recordAuditEvent(tx, audit, {
        action: "checkSettlement.import",
        entityType: "CheckSettlementImport",
        entityId: record.id,
        metadata: { fileName: input.fileName, rows: rows.length, settled, voided, problems: problems.length },
      });
      return saved;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

type RowOutcome =
  | { kind: "settled" | "voided"; batchId: string | null }
  | { kind: "problem"; problem: CheckSettlementProblem; batchId: string | null };

async function applyRow(
  tx: Prisma.TransactionClient,
  row: CheckSettlementRow,
  context: { today: string; audit: Parameters<typeof recordAuditEvent>[1]; importId: string },
): Promise<RowOutcome> {
  const base = { checkNumber: row.checkNumber, amount: row.amount.toFixed(2), outcome: row.outcome };
  const payment = await tx.payment.findUnique({ where: { checkNumber: row.checkNumber } });
  if (!payment || payment.method !== "CHECK")
    return { kind: "problem", batchId: null, problem: { ...base, code: "UNKNOWN_CHECK" } };
  const batchId = payment.batchId;
  const notNow = (code: CheckSettlementProblem["code"]): RowOutcome => ({
    kind: "problem",
    batchId,
    problem: { ...base, code },
  });
  if (payment.status === "PAID") return notNow("ALREADY_SETTLED");
  if (payment.status === "RETURNED") return notNow("ALREADY_VOIDED");
  if (payment.status !== "SENT") return notNow("NOT_SENT");

  if (row.outcome === "PAID") {
    if (!row.amount.equals(payment.net.toString())) {
      const expected = new Decimal(payment.net.toString()).toFixed(2);
      // Not settled: staff find out why the bank paid another amount (an altered check, a keying error).
      await tx.payment.update({
        where: { id: payment.id },
        data: {
          statusReason: `The bank paid check ${row.checkNumber} for $${row.amount.toFixed(2)}; it was written for $${expected}. Not settled until staff resolve it.`,
        },
      });
      const open = await tx.task.count({
        where: { claimId: payment.claimId, kind: "RESOLVE_PAYMENT", status: { in: ["OPEN", "IN_PROGRESS"] } },
      });
      if (open === 0)
        await tx.task.create({
          data: {
            queue: "PAYMENTS",
            kind: "RESOLVE_PAYMENT",
            claimId: payment.claimId,
            dueAt: fromDateOnly(addDays(context.today, 2)),
          },
        });
      await recordAuditEvent(tx, context.audit, {
        action: "payment.check_amount_mismatch",
        entityType: "Payment",
        entityId: payment.id,
        changedFields: ["statusReason"],
        metadata: {
          claimId: payment.claimId,
          checkNumber: row.checkNumber,
          paid: row.amount.toFixed(2),
          expected,
          importId: context.importId,
        },
      });
      return { kind: "problem", batchId, problem: { ...base, expected, code: "AMOUNT_MISMATCH" } };
    }
    const { count } = await tx.payment.updateMany({
      where: { id: payment.id, status: "SENT" },
      data: { status: "PAID", paidAt: new Date(`${row.paidDate}T12:00:00Z`), statusReason: null },
    });
    if (count === 0) return notNow("ALREADY_SETTLED");
    await recordAuditEvent(tx, context.audit, {
      action: "payment.settle_check",
      entityType: "Payment",
      entityId: payment.id,
      changedFields: ["status", "paidAt"],
      metadata: {
        claimId: payment.claimId,
        checkNumber: row.checkNumber,
        paidDate: row.paidDate,
        importId: context.importId,
      },
    });
    return { kind: "settled", batchId };
  }

  // Voided or stale: the money never left; the claimant is still owed the week.
  const why = row.outcome === "VOID" ? "voided" : "stale-dated and never cashed";
  const { count } = await tx.payment.updateMany({
    where: { id: payment.id, status: "SENT" },
    data: {
      status: "RETURNED",
      returnedAt: new Date(),
      statusReason: `Check ${row.checkNumber} was ${why}. Reissued by check.`,
    },
  });
  if (count === 0) return notNow("ALREADY_VOIDED");
  const reissue = await reissueByCheck(tx, payment, {
    today: context.today,
    statusReason: `Reissue of check ${row.checkNumber}, which was ${why}.`,
  });
  await recordAuditEvent(tx, context.audit, {
    action: "payment.void_check",
    entityType: "Payment",
    entityId: payment.id,
    changedFields: ["status"],
    metadata: {
      claimId: payment.claimId,
      checkNumber: row.checkNumber,
      outcome: row.outcome,
      reissueId: reissue.id,
      importId: context.importId,
    },
  });
  return { kind: "voided", batchId };
}

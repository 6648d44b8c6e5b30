// ACH returns: the bank's return file names each credit it could not post (a return entry whose
// 99 addenda carries the NACHA return reason code and the original trace number). Each returned
// payment is marked RETURNED with its code and reissued by check exactly once: the payment moves
// SENT/PAID → RETURNED only if not returned yet, and a reissue's `reissueOfId` is unique. The
// same file imported twice (or at once) is one import (its content hash). Return codes are the
// banking network's (NACHA Operating Rules, Appendix Four), not a program's, so they live here.
import { createHash } from "node:crypto";
import { z } from "zod";
import { todayIn, type Prisma } from "@openleave/db";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { InvalidInputError } from "../../errors/domain-errors.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";
import { JOBS_TIME_ZONE } from "../../jobs/worker.ts";
import { reissueByCheck } from "./schedule-payments.ts";

/** NACHA return reason codes a benefit credit meets most often (Appendix Four). */
export const ACH_RETURN_REASONS: Record<string, string> = {
  R01: "Insufficient funds",
  R02: "Account closed",
  R03: "No account, or unable to locate the account",
  R04: "Invalid account number",
  R06: "Returned at the originating bank's request",
  R07: "Authorization revoked by the customer",
  R08: "Payment stopped",
  R10: "Customer advises not authorized",
  R14: "Account holder deceased",
  R15: "Beneficiary deceased",
  R16: "Account frozen",
  R17: "File record edit criteria",
  R20: "Non-transaction account",
  R23: "Credit entry refused by the receiver",
  R24: "Duplicate entry",
  R29: "Corporate customer advises not authorized",
};

/** Codes that say the account itself cannot take deposits: later payments go by check. */
const ACCOUNT_UNUSABLE = new Set(["R02", "R03", "R04", "R14", "R15", "R16", "R20"]);

export const describeReturnCode = (code: string) => ACH_RETURN_REASONS[code] ?? `Return code ${code}`;

export interface AchReturnEntry {
  /** The original entry's individual identification number (our payment reference). */
  reference: string;
  returnCode: string;
  amountCents: bigint;
  originalTrace: string;
  line: number;
}

/** Reads the return entries of a NACHA return file, refusing anything that is not one. */
export function parseAchReturnFile(content: string): AchReturnEntry[] {
  const lines = content.replace(/\r\n/g, "\n").replace(/\n+$/, "").split("\n");
  const problem = (line: number, message: string) =>
    InvalidInputError.field(["input", "content"], `Line ${line}: ${message}`);
  if (!lines[0]?.startsWith("1")) throw problem(1, "a NACHA file starts with its file header (record type 1).");
  const entries: AchReturnEntry[] = [];
  let pending: Omit<AchReturnEntry, "returnCode" | "originalTrace"> | null = null;
  lines.forEach((record, index) => {
    const number = index + 1;
    if (record.length !== 94) throw problem(number, `records are 94 characters; this one has ${record.length}.`);
    const type = record[0];
    if (pending && type !== "7") throw problem(number - 1, "a return entry must be followed by its return addenda.");
    if (type === "6") {
      const code = record.slice(1, 3);
      if (!["21", "31"].includes(code))
        throw problem(number, `transaction code ${code} is not the return of a checking or savings credit.`);
      const amount = record.slice(29, 39);
      if (!/^\d{10}$/.test(amount)) throw problem(number, "the amount is not 10 digits.");
      pending = { reference: record.slice(39, 54).trim(), amountCents: BigInt(amount), line: number };
    } else if (type === "7") {
      if (!pending) throw problem(number, "an addenda record with no entry before it.");
      if (record.slice(1, 3) !== "99") throw problem(number, "a return entry's addenda has type code 99.");
      const returnCode = record.slice(3, 6);
      if (!/^R\d{2}$/.test(returnCode)) throw problem(number, `"${returnCode}" is not a return reason code.`);
      entries.push({ ...pending, returnCode, originalTrace: record.slice(6, 21) });
      pending = null;
    } else if (!["1", "5", "8", "9"].includes(type ?? "")) {
      throw problem(number, `unknown record type "${type}".`);
    }
  });
  if (pending) throw problem(lines.length, "the last return entry has no addenda.");
  return entries;
}

const ImportInput = z.object({
  fileName: z.string().trim().min(1, "Name the file.").max(200),
  content: z.string().min(94, "Paste or upload the bank's return file.").max(5_000_000),
});

export async function importAchReturns(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(ImportInput, rawInput, ["input"]);
  const entries = parseAchReturnFile(input.content);
  const contentHash = createHash("sha256").update(input.content.replace(/\r\n/g, "\n").trimEnd()).digest("hex");
  const actor = ctx.actor!;
  const today = todayIn(JOBS_TIME_ZONE, ctx.now());
  return ctx.db.$transaction(
    async (tx) => {
      const { count } = await tx.achReturnImport.createMany({
        data: [{ fileName: input.fileName, contentHash, importedById: actor.userId }],
        skipDuplicates: true,
      });
      const record = await tx.achReturnImport.findUniqueOrThrow({ where: { contentHash } });
      if (count === 0) return record; // this file was imported before: nothing changes
      let returned = 0;
      const unmatched: { reference: string; amount: string; returnCode: string; why: string }[] = [];
      for (const entry of entries) {
        const outcome = await returnPayment(tx, entry, today, { actor, requestId: ctx.requestId }, record.id);
        if (outcome === "returned") returned++;
        else
          unmatched.push({
            reference: entry.reference,
            amount: (Number(entry.amountCents) / 100).toFixed(2),
            returnCode: entry.returnCode,
            why: outcome,
          });
      }
      const saved = await tx.achReturnImport.update({
        where: { id: record.id },
        data: { returnedCount: returned, unmatched },
      });
      await recordAuditEvent(
        tx,
        { actor, requestId: ctx.requestId },
        {
          action: "achReturn.import",
          entityType: "AchReturnImport",
          entityId: record.id,
          metadata: { fileName: input.fileName, entries: entries.length, returned, unmatched: unmatched.length },
        },
      );
      return saved;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

async function returnPayment(
  tx: Prisma.TransactionClient,
  entry: AchReturnEntry,
  today: string,
  audit: Parameters<typeof recordAuditEvent>[1],
  importId: string,
): Promise<"returned" | string> {
  const payment = await tx.payment.findUnique({ where: { achReference: entry.reference } });
  if (!payment) return "no payment has this reference";
  const cents = BigInt(payment.net.mul(100).toFixed(0));
  if (cents !== entry.amountCents) return "the amount differs from the payment sent";
  const reason = describeReturnCode(entry.returnCode);
  const { count } = await tx.payment.updateMany({
    where: { id: payment.id, method: "ACH", status: { in: ["SENT", "PAID"] }, returnCode: null },
    data: {
      status: "RETURNED",
      returnCode: entry.returnCode,
      returnedAt: new Date(),
      statusReason: `Returned by the bank: ${entry.returnCode} ${reason}. Reissued by check.`,
    },
  });
  if (count === 0) return "already returned";
  const reissue = await reissueByCheck(tx, payment, {
    today,
    statusReason: `Reissue by check of a direct deposit the bank returned (${entry.returnCode} ${reason}).`,
  });
  if (ACCOUNT_UNUSABLE.has(entry.returnCode)) {
    const claim = await tx.claim.findUniqueOrThrow({ where: { id: payment.claimId }, select: { claimantId: true } });
    // The account cannot take deposits: stop using it until the claimant gives another.
    await tx.paymentPreference.updateMany({
      where: { personId: claim.claimantId, retiredAt: null, method: "ACH" },
      data: { retiredAt: new Date() },
    });
  }
  await recordAuditEvent(tx, audit, {
    action: "payment.return",
    entityType: "Payment",
    entityId: payment.id,
    changedFields: ["status", "returnCode"],
    metadata: { returnCode: entry.returnCode, reissueId: reissue.id, importId, claimId: payment.claimId },
  });
  return "returned";
}

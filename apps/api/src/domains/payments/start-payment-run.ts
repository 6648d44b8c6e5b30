// Staff start a payment run by hand from the console. The run for a date is one row (its key),
// so a second press, or two staff at once, return the run that exists; only the start that
// created it is audited, in the same transaction.
import { todayIn } from "@openleave/db";
import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";
import { JOBS_TIME_ZONE } from "../../jobs/worker.ts";
import { ensurePaymentRun } from "./payment-run.ts";

export async function startPaymentRun(ctx: RequestContext, rawInput: { runDate?: string }) {
  const today = todayIn(JOBS_TIME_ZONE, ctx.now());
  const input = parseInput(
    z.object({
      runDate: z
        .string()
        .optional()
        .refine((date) => !date || date <= today, "A payment run cannot be started for a future date."),
    }),
    rawInput,
  );
  const runDate = input.runDate ?? today;
  const actor = ctx.actor!;
  return ctx.db.$transaction(async (tx) => {
    const { run, created } = await ensurePaymentRun(tx, runDate, actor.userId);
    if (created) {
      await recordAuditEvent(
        tx,
        { actor, requestId: ctx.requestId },
        { action: "paymentRun.start", entityType: "PaymentRun", entityId: run.id, metadata: { runDate } },
      );
    }
    return run;
  });
}

// How a claimant wants to be paid: direct deposit (ACH) or a paper check. The bank account
// number is PII: it is stored sealed with a keyed hash and its last four digits, shown masked,
// and never written to logs or the audit trail.
import type { Prisma } from "@openleave/db";
import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { ForbiddenError } from "../../errors/domain-errors.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";
import { queueEmails } from "../notifications/email-outbox.ts";
import { paymentMethodChangedEmail } from "../notifications/email-templates.ts";

/** ABA routing numbers carry a checksum: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10). */
export function isValidRoutingNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const d = [...value].map(Number);
  const sum = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!);
  return sum % 10 === 0;
}

const PaymentPreferenceInput = z
  .object({
    method: z.enum(["ACH", "CHECK"], { error: "Choose direct deposit or a paper check." }),
    routingNumber: z.string().trim().nullish(),
    accountNumber: z.string().trim().nullish(),
    accountType: z.enum(["CHECKING", "SAVINGS"], { error: "Choose checking or savings." }).nullish(),
    federalWithholding: z.boolean({ error: "Choose whether to have federal income tax withheld." }).nullish(),
  })
  .superRefine((input, ctx) => {
    if (input.method !== "ACH") return;
    if (!input.routingNumber || !isValidRoutingNumber(input.routingNumber)) {
      ctx.addIssue({
        code: "custom",
        path: ["routingNumber"],
        message: "Enter the 9-digit routing number printed at the bottom left of a check.",
      });
    }
    if (!input.accountNumber || !/^\d{4,17}$/.test(input.accountNumber)) {
      ctx.addIssue({
        code: "custom",
        path: ["accountNumber"],
        message: "Enter your account number: 4 to 17 digits, no spaces or dashes.",
      });
    }
    if (!input.accountType)
      ctx.addIssue({ code: "custom", path: ["accountType"], message: "Choose checking or savings." });
  });

export async function setPaymentPreference(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(PaymentPreferenceInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  if (!actor.personId)
    throw new ForbiddenError(
      "Your account is not yet linked to your wage records. Contact us to finish setting it up.",
    );
  const personId = actor.personId;
  const ach = input.method === "ACH";
  return ctx.db.$transaction(async (tx) => {
    const current = await tx.paymentPreference.findFirst({
      where: { personId, retiredAt: null },
      orderBy: { createdAt: "desc" },
      select: { federalWithholdingElected: true },
    });
    const federalWithholdingElected = input.federalWithholding ?? current?.federalWithholdingElected ?? false;
    await tx.paymentPreference.updateMany({ where: { personId, retiredAt: null }, data: { retiredAt: ctx.now() } });
    const preference = await tx.paymentPreference.create({
      data: {
        personId,
        method: input.method,
        routingNumber: ach ? input.routingNumber! : null,
        accountNumberEncrypted: ach ? ctx.pii.seal(input.accountNumber!) : null,
        accountNumberHash: ach ? ctx.pii.lookupHash(input.accountNumber!) : null,
        accountNumberLast4: ach ? input.accountNumber!.slice(-4) : null,
        accountType: ach ? input.accountType! : null,
        federalWithholdingElected,
      },
    });
    await recordAuditEvent(
      tx,
      { actor, requestId: ctx.requestId },
      {
        action: "payment_preference.set",
        entityType: "PaymentPreference",
        entityId: preference.id,
        changedFields: [
          ...(ach ? ["method", "routingNumber", "accountNumber", "accountType"] : ["method"]),
          ...(input.federalWithholding == null ? [] : ["federalWithholdingElected"]),
        ],
        metadata: { method: input.method, federalWithholdingElected },
      },
    );
    // A change (not the first choice, made while applying) is confirmed by email in the same
    // transaction, so a change the person did not make does not go unnoticed.
    if (current) await confirmPaymentMethodChange(tx, actor.userId, preference);
    return preference;
  });
}

async function confirmPaymentMethodChange(
  tx: Prisma.TransactionClient,
  userId: string,
  preference: { id: string; personId: string; method: "ACH" | "CHECK"; accountNumberLast4: string | null },
) {
  const user = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { preferredLanguage: true, person: { select: { firstName: true } } },
  });
  const email = paymentMethodChangedEmail(user.preferredLanguage, {
    firstName: user.person?.firstName ?? "",
    method: preference.method,
    accountMasked: preference.accountNumberLast4 ? `••••${preference.accountNumberLast4}` : null,
  });
  await queueEmails(tx, [
    {
      key: `payment-method:${preference.id}`,
      kind: "PAYMENT_METHOD_CHANGED",
      recipientUserId: userId,
      language: user.preferredLanguage,
      ...email,
    },
  ]);
}

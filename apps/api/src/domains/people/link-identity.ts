// Linking a signed-up claimant's account to the person record their wages are reported under.
// The SSN/ITIN finds the record (by its keyed lookup hash, never by the number itself); the last
// name and date of birth must then agree with it. A number nobody has reported wages under makes
// a new person record. Refusals say the same thing whatever the reason (the number is someone
// else's, or the name or birth date differ), are audited, and use up one of a few tries.
import { Prisma, fromDateOnly, isDateOnly, toDateOnly, todayIn } from "@openleave/db";
import { normalizeTaxId } from "@openleave/crypto";
import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { DomainError, RateLimitedError } from "../../errors/domain-errors.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";

/** Tries per account; after that a person checks the documents (the message says how to reach us). */
export const MAX_IDENTITY_LINK_ATTEMPTS = 5;

export const IDENTITY_NOT_MATCHED_MESSAGE =
  "We could not confirm your identity with these details. Check your name, date of birth and number against your Social Security card or ITIN letter, or contact us for help.";

export class IdentityNotMatchedError extends DomainError {
  constructor() {
    super("IDENTITY_NOT_MATCHED", IDENTITY_NOT_MATCHED_MESSAGE);
  }
}

const Name = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter your ${what} as it appears on your Social Security card.`)
    .max(100, `Use at most 100 characters for your ${what}.`);

const LinkIdentityInput = z.object({
  firstName: Name("first name"),
  lastName: Name("last name"),
  dateOfBirth: z
    .string()
    .refine(isDateOnly, "Enter your date of birth as a real date, like 1990-04-12.")
    .refine((value) => value >= "1900-01-01", "Enter your date of birth, like 1990-04-12.")
    .refine((value) => value < todayIn("America/New_York"), "Your date of birth must be in the past."),
  ssn: z
    .string()
    .max(20, "Enter 9 digits, like 123-45-6789.")
    .transform((value, context) => {
      const tin = normalizeTaxId(value);
      if (!tin.ok) {
        context.addIssue({ code: "custom", message: tin.message });
        return z.NEVER;
      }
      return tin.digits;
    }),
});

/** Names compare without case, accents, spaces, hyphens or apostrophes ("O'Connor" = "oconnor", "García" = "Garcia"). */
export function sameName(a: string, b: string): boolean {
  const simplify = (value: string) =>
    value
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]/gu, "");
  return simplify(a) === simplify(b);
}

export async function linkIdentity(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(LinkIdentityInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  const scope = { actor, requestId: ctx.requestId };
  if (actor.personId)
    throw new DomainError("IDENTITY_ALREADY_LINKED", "Your account is already linked to your records.");

  // Take one of the account's tries before comparing anything, in one statement, so concurrent
  // requests cannot get more comparisons than the limit.
  const reserved = await ctx.db.$executeRaw`
    UPDATE "User" SET "identityLinkFailures" = "identityLinkFailures" + 1
    WHERE id = ${actor.userId}::uuid AND "personId" IS NULL AND "identityLinkFailures" < ${MAX_IDENTITY_LINK_ATTEMPTS}`;
  if (reserved !== 1) {
    await auditRefusal(ctx, "too_many_attempts");
    throw new RateLimitedError(
      24 * 3600,
      "There have been too many tries to confirm your identity on this account. Contact us and we will help you finish.",
    );
  }

  const ssnHash = ctx.pii.lookupHash(input.ssn);
  const existing = await ctx.db.person.findUnique({ where: { ssnHash }, include: { user: { select: { id: true } } } });
  if (existing) {
    const birthDateAgrees = !existing.dateOfBirth || toDateOnly(existing.dateOfBirth) === input.dateOfBirth;
    if (existing.user) return refuse(ctx, "linked_to_another_account");
    if (!sameName(existing.lastName, input.lastName) || !birthDateAgrees) return refuse(ctx, "details_differ");
  }

  // The record's own spelling wins over what was typed (they agreed, ignoring case and accents).
  const name = existing ? `${existing.firstName} ${existing.lastName}` : `${input.firstName} ${input.lastName}`;
  let personId: string;
  try {
    personId = await ctx.db.$transaction(async (tx) => {
      let id: string;
      if (existing) {
        id = existing.id;
        // Wage reports do not always carry a birth date; the claimant's completes the record.
        if (!existing.dateOfBirth) {
          await tx.person.update({ where: { id }, data: { dateOfBirth: fromDateOnly(input.dateOfBirth) } });
        }
      } else {
        const person = await tx.person.create({
          data: {
            firstName: input.firstName,
            lastName: input.lastName,
            dateOfBirth: fromDateOnly(input.dateOfBirth),
            ssnEncrypted: ctx.pii.seal(input.ssn),
            ssnHash,
            ssnLast4: input.ssn.slice(5),
            email: actor.email,
          },
        });
        id = person.id;
        await recordAuditEvent(tx, scope, {
          action: "person.create",
          entityType: "Person",
          entityId: id,
          changedFields: ["firstName", "lastName", "dateOfBirth", "ssnEncrypted", "ssnHash", "ssnLast4", "email"],
          metadata: { via: "identity_link" },
        });
      }
      // Conditional on the account still being unlinked: a second concurrent link of the same
      // account changes nothing.
      const linked = await tx.user.updateMany({
        where: { id: actor.userId, personId: null },
        data: { personId: id, name, identityLinkFailures: 0 },
      });
      if (linked.count !== 1)
        throw new DomainError("IDENTITY_ALREADY_LINKED", "Your account is already linked to your records.");
      await recordAuditEvent(tx, scope, {
        action: "user.identity_linked",
        entityType: "User",
        entityId: actor.userId,
        changedFields: ["personId", "name"],
        metadata: { personId: id, matched: existing ? "existing_person" : "new_person" },
      });
      return id;
    });
  } catch (error) {
    // Someone else linked this record, or created a record with this number, at the same moment.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return refuse(ctx, "linked_to_another_account");
    throw error;
  }
  ctx.sessions.forgetUser(actor.userId);
  // The rest of this request (the returned person) sees the account as linked.
  ctx.actor = { ...actor, personId, name };
  return personId;
}

async function refuse(ctx: RequestContext, reason: string): Promise<never> {
  await auditRefusal(ctx, reason);
  throw new IdentityNotMatchedError();
}

async function auditRefusal(ctx: RequestContext, reason: string) {
  await ctx.db.$transaction((tx) =>
    recordAuditEvent(
      tx,
      { actor: ctx.actor, requestId: ctx.requestId },
      { action: "user.identity_link_refused", entityType: "User", entityId: ctx.actor!.userId, metadata: { reason } },
    ),
  );
}

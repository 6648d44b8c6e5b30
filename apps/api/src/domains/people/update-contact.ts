// The claimant keeps their own phone number and mailing address (the application's contact
// step, and notices sent by mail). Name, date of birth and SSN come from the identity the
// account was linked with and are not changed here.
import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { ForbiddenError } from "../../errors/domain-errors.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";

/** USPS codes for the states, DC and the territories an address may be in. */
export const US_STATE_CODES = [
  ...["AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS"],
  ...["KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC"],
  ...["ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY"],
  ...["PR", "GU", "VI", "AS", "MP"],
] as const;

const line = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `Enter ${label}.`)
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} can be at most ${max} characters.`);

export const ContactInput = z.object({
  phone: z
    .string()
    .trim()
    .transform((value) => value.replace(/[\s().-]/g, ""))
    .pipe(z.string().regex(/^(\+?1)?\d{10}$/, "Enter a 10-digit phone number, like 206-555-0100."))
    .transform((digits) => digits.slice(-10))
    .nullish(),
  addressLine1: line("the street address", 100),
  addressLine2: z.string().trim().max(100, "The second address line can be at most 100 characters.").nullish(),
  city: line("the city", 60),
  state: z.enum(US_STATE_CODES, { error: "Choose the state." }),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{5}(-\d{4})?$/, "Enter a 5-digit ZIP code, like 98101 or 98101-1234."),
});

export async function updateMyContact(ctx: RequestContext, rawInput: unknown) {
  const input = parseInput(ContactInput, rawInput, ["input"]);
  const actor = ctx.actor!;
  if (!actor.personId)
    throw new ForbiddenError(
      "Your account is not yet linked to your wage records. Contact us to finish setting it up.",
    );
  const personId = actor.personId;
  return ctx.db.$transaction(async (tx) => {
    const person = await tx.person.update({
      where: { id: personId },
      data: {
        // An empty phone clears it; leaving the field out keeps the one on file.
        phone: input.phone === undefined ? undefined : input.phone || null,
        addressLine1: input.addressLine1,
        addressLine2: input.addressLine2 || null,
        city: input.city,
        state: input.state,
        postalCode: input.postalCode,
      },
    });
    await recordAuditEvent(
      tx,
      { actor, requestId: ctx.requestId },
      {
        action: "person.update_contact",
        entityType: "Person",
        entityId: person.id,
        // Field names only: an address is personal information.
        changedFields: ["phone", "addressLine1", "addressLine2", "city", "state", "postalCode"].filter(
          (field) => field !== "phone" || input.phone !== undefined,
        ),
      },
    );
    return person;
  });
}

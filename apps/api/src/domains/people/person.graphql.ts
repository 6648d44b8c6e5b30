// People (claimants). The SSN/ITIN is shown masked to everyone who can see the person; the
// full number only to adjudication and appeals staff through revealTaxId, which is audited.
import { maskTaxId } from "@openleave/crypto";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { InvalidInputError, NotFoundError } from "../../errors/domain-errors.ts";
import { prismaQuery } from "../../graphql/reload.ts";
import { builder, emptyList } from "../../graphql/builder.ts";
import { hasRole, isStaff, type Actor } from "../../graphql/context.ts";
import { isUuid } from "../claims/claim.graphql.ts";
import { updateMyContact } from "./update-contact.ts";

const isSelfOrStaff = (person: { id: string }, actor: Actor | null) => isStaff(actor) || actor?.personId === person.id;

interface MailingAddress {
  line1: string;
  line2: string | null;
  city: string;
  state: string;
  postalCode: string;
}

const MailingAddressRef = builder.objectRef<MailingAddress>("MailingAddress").implement({
  fields: (t) => ({
    line1: t.exposeString("line1"),
    line2: t.exposeString("line2", { nullable: true }),
    city: t.exposeString("city"),
    state: t.exposeString("state", { description: "USPS code, e.g. WA." }),
    postalCode: t.exposeString("postalCode"),
  }),
});

builder.prismaObject("Person", {
  description: "A claimant. Reached through a claim the viewer may see, or as the viewer's own record.",
  // The name on every load (see graphql/type-columns-plugin.ts); the rest only when asked for,
  // and the sealed SSN never to answer a read.
  select: { id: true, firstName: true, lastName: true },
  authScopes: (person, ctx) => isSelfOrStaff(person, ctx.actor) || hasRole(ctx.actor, "LEAVE_ADMIN"),
  fields: (t) => ({
    id: t.exposeID("id"),
    firstName: t.exposeString("firstName"),
    lastName: t.exposeString("lastName"),
    taxIdMasked: t.string({
      description: "SSN/ITIN as ***-**-1234.",
      select: { ssnLast4: true },
      resolve: (person) => maskTaxId(person.ssnLast4),
    }),
    dateOfBirth: t.expose("dateOfBirth", {
      type: "Date",
      nullable: true,
      authScopes: (person, _args, ctx) => isSelfOrStaff(person, ctx.actor),
      unauthorizedResolver: () => null,
    }),
    email: t.exposeString("email", {
      nullable: true,
      authScopes: (person, _args, ctx) => isSelfOrStaff(person, ctx.actor),
      unauthorizedResolver: () => null,
    }),
    phone: t.exposeString("phone", {
      nullable: true,
      authScopes: (person, _args, ctx) => isSelfOrStaff(person, ctx.actor),
      unauthorizedResolver: () => null,
    }),
    mailingAddress: t.field({
      type: MailingAddressRef,
      nullable: true,
      description: "Where letters go; null until the person gives one.",
      select: { addressLine1: true, addressLine2: true, city: true, state: true, postalCode: true },
      authScopes: (person, _args, ctx) => isSelfOrStaff(person, ctx.actor),
      unauthorizedResolver: () => null,
      resolve: (person) =>
        person.addressLine1 && person.city && person.state && person.postalCode
          ? {
              line1: person.addressLine1,
              line2: person.addressLine2,
              city: person.city,
              state: person.state,
              postalCode: person.postalCode,
            }
          : null,
    }),
    employers: t.prismaField({
      type: ["Employer"],
      description: "Employers that reported wages for this person (to choose from when applying).",
      authScopes: (person, _args, ctx) => isSelfOrStaff(person, ctx.actor),
      unauthorizedResolver: emptyList,
      resolve: (query, person, _args, ctx) =>
        ctx.db.employer.findMany({
          ...query,
          where: {
            OR: [
              { employments: { some: { personId: person.id } } },
              { wageRecords: { some: { personId: person.id } } },
            ],
          },
          orderBy: { name: "asc" },
        }),
    }),
    paymentPreference: t.prismaField({
      type: "PaymentPreference",
      nullable: true,
      description: "The current way this person is paid (the person and staff only).",
      authScopes: (person, _args, ctx) => isSelfOrStaff(person, ctx.actor),
      unauthorizedResolver: () => null,
      resolve: (query, person, _args, ctx) =>
        ctx.db.paymentPreference.findFirst({
          ...prismaQuery(query),
          where: { personId: person.id, retiredAt: null },
          orderBy: { createdAt: "desc" },
        }),
    }),
    wageRecords: t.relation("wageRecords", {
      description: "Quarterly wages reported for this person, newest first.",
      query: { orderBy: [{ year: "desc" }, { quarter: "desc" }] },
      authScopes: (person, _args, ctx) => isSelfOrStaff(person, ctx.actor),
      unauthorizedResolver: emptyList,
    }),
  }),
});

builder.prismaObject("WageRecord", {
  fields: (t) => ({
    id: t.exposeID("id"),
    employer: t.relation("employer"),
    year: t.exposeInt("year"),
    quarter: t.exposeInt("quarter"),
    wages: t.expose("wages", { type: "Decimal" }),
    hours: t.expose("hours", { type: "Decimal", nullable: true }),
  }),
});

builder.queryField("myProfile", (t) =>
  t.prismaField({
    type: "Person",
    nullable: true,
    authScopes: { claimant: true },
    description: "The signed-in claimant's person record (null until the account is linked).",
    resolve: (query, _root, _args, ctx) =>
      ctx.actor!.personId
        ? ctx.db.person.findUnique({ ...prismaQuery(query), where: { id: ctx.actor!.personId } })
        : null,
  }),
);

const ContactInputRef = builder.inputType("ContactInput", {
  fields: (t) => ({
    phone: t.string({ description: "10 digits; punctuation is ignored. Empty clears it; omitted keeps it." }),
    addressLine1: t.string({ required: true }),
    addressLine2: t.string(),
    city: t.string({ required: true }),
    state: t.string({ required: true, description: "USPS code, e.g. WA." }),
    postalCode: t.string({ required: true, description: "ZIP or ZIP+4." }),
  }),
});

builder.mutationField("updateMyContact", (t) =>
  t.prismaField({
    type: "Person",
    errors: {},
    authScopes: { claimant: true },
    description: "The signed-in claimant's phone number and mailing address.",
    args: { input: t.arg({ type: ContactInputRef, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const person = await updateMyContact(ctx, input);
      return ctx.db.person.findUniqueOrThrow({ ...prismaQuery(query), where: { id: person.id } });
    },
  }),
);

builder.mutationField("revealTaxId", (t) =>
  t.string({
    errors: {},
    description: "The full SSN/ITIN of a person, for adjudication. Every call is recorded in the audit trail.",
    authScopes: (_root, _args, ctx) => hasRole(ctx.actor, "ADJUDICATOR", "SUPERVISOR", "APPEALS_OFFICER"),
    args: { personId: t.arg.id({ required: true }), purpose: t.arg.string({ required: true }) },
    resolve: async (_root, { personId, purpose }, ctx) => {
      // The purpose goes into the audit trail; a reveal nobody can account for is refused.
      const reason = purpose.trim();
      if (reason.length < 5) {
        throw InvalidInputError.field(["purpose"], 'Say why you need the full number, for example "identity check".');
      }
      const id = String(personId);
      const person = isUuid(id) ? await ctx.db.person.findUnique({ where: { id } }) : null;
      if (!person) throw new NotFoundError("Person");
      await ctx.db.$transaction((tx) =>
        recordAuditEvent(
          tx,
          { actor: ctx.actor, requestId: ctx.requestId },
          {
            action: "person.tax_id.read",
            entityType: "Person",
            entityId: person.id,
            metadata: { purpose: reason.slice(0, 200) },
          },
        ),
      );
      const digits = ctx.pii.open(person.ssnEncrypted);
      return `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`;
    },
  }),
);

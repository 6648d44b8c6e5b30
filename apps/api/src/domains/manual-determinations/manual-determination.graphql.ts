// Manual determinations (two people): where the rules cannot compute a figure for the claim's
// dates, an adjudicator proposes the figures with a reason and a second staff member approves
// them. Staff only: the reason is staff text about the claim.
import { builder, emptyList } from "../../graphql/builder.ts";
import { hasRole, isStaff } from "../../graphql/context.ts";
import { DeterminationOutcomeEnum, ManualDeterminationStatusEnum } from "../../graphql/enums.ts";
import { reload } from "../../graphql/reload.ts";
import { proposeManualDetermination } from "./propose-manual-determination.ts";
import { reviewManualDetermination } from "./review-manual-determination.ts";

const decides = (_root: unknown, _args: unknown, ctx: { actor: Parameters<typeof hasRole>[0] }) =>
  hasRole(ctx.actor, "ADJUDICATOR", "SUPERVISOR");

builder.prismaObject("ManualDetermination", {
  description: "Figures staff entered where the rules could not compute them, and the second person's review.",
  authScopes: { staff: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    status: t.expose("status", { type: ManualDeterminationStatusEnum }),
    rulesErrorCode: t.exposeString("rulesErrorCode", {
      description: "What the rules answered, e.g. PARAMETER_NOT_KNOWN.",
    }),
    outcome: t.expose("outcome", { type: DeterminationOutcomeEnum }),
    weeklyBenefitAmount: t.expose("weeklyBenefitAmount", { type: "Decimal" }),
    benefitWeeks: t.expose("benefitWeeks", { type: "Decimal" }),
    approvedStartDate: t.expose("approvedStartDate", { type: "Date" }),
    approvedEndDate: t.expose("approvedEndDate", { type: "Date" }),
    reason: t.exposeString("reason"),
    proposedBy: t.relation("proposedBy"),
    proposedAt: t.expose("proposedAt", { type: "DateTime" }),
    reviewedBy: t.relation("reviewedBy", { nullable: true }),
    reviewedAt: t.expose("reviewedAt", { type: "DateTime", nullable: true }),
    reviewNote: t.exposeString("reviewNote", { nullable: true }),
  }),
});

builder.prismaObjectField("Claim", "manualDeterminations", (t) =>
  t.relation("manualDeterminations", {
    description: "Manual determinations proposed on this claim, newest first (staff only; empty for anyone else).",
    query: { orderBy: [{ proposedAt: "desc" }, { id: "desc" }] },
    authScopes: (_claim, _args, ctx) => isStaff(ctx.actor),
    unauthorizedResolver: emptyList,
  }),
);

const ProposeManualDeterminationInputRef = builder.inputType("ProposeManualDeterminationInput", {
  fields: (t) => ({
    claimId: t.id({ required: true }),
    expectedVersion: t.int({ required: true }),
    outcome: t.field({ type: DeterminationOutcomeEnum, required: true, description: "APPROVED or PARTIALLY_APPROVED" }),
    weeklyBenefitAmount: t.string({ required: true, description: "Dollars and cents, e.g. 1234.50" }),
    benefitWeeks: t.string({ required: true, description: "Weeks of benefits, e.g. 12" }),
    approvedStartDate: t.string({ required: true, description: "YYYY-MM-DD" }),
    approvedEndDate: t.string({ required: true, description: "YYYY-MM-DD" }),
    reason: t.string({ required: true, description: "Why these figures, with their source." }),
  }),
});

builder.mutationField("proposeManualDetermination", (t) =>
  t.prismaField({
    type: "ManualDetermination",
    errors: {},
    authScopes: decides,
    description:
      "Enters the figures the rules could not compute (PARAMETER_NOT_KNOWN) with a reason; a second staff member must approve them (audited).",
    args: { input: t.arg({ type: ProposeManualDeterminationInputRef, required: true }) },
    resolve: async (query, _root, { input }, ctx) =>
      reload(ctx, query, "manualDetermination", (await proposeManualDetermination(ctx, input)).id),
  }),
);

const ReviewManualDeterminationInputRef = builder.inputType("ReviewManualDeterminationInput", {
  fields: (t) => ({
    manualDeterminationId: t.id({ required: true }),
    approve: t.boolean({ required: true }),
    note: t.string({ description: "Required when rejecting." }),
  }),
});

builder.mutationField("reviewManualDetermination", (t) =>
  t.prismaField({
    type: "ManualDetermination",
    errors: {},
    authScopes: decides,
    description:
      "A second staff member (never the proposer) approves the figures — which decides the claim, with its notice — or rejects them with a note (audited).",
    args: { input: t.arg({ type: ReviewManualDeterminationInputRef, required: true }) },
    resolve: async (query, _root, { input }, ctx) =>
      reload(ctx, query, "manualDetermination", (await reviewManualDetermination(ctx, input)).id),
  }),
);

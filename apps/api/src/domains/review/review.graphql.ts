// Staff adjudication: review, requests for information and determinations (their notices: notices/).
import { reload } from "../../graphql/reload.ts";
import { builder } from "../../graphql/builder.ts";
import { hasRole } from "../../graphql/context.ts";
import { DeterminationOutcomeEnum } from "../../graphql/enums.ts";
import { CLAIM_PARTY_SELECT, employerWording, mayReadMedicalDetail } from "../privacy/medical-detail.ts";
import { visibleDocumentsFilter } from "../documents/document-access.ts";
import { recordDetermination } from "./record-determination.ts";
import { requestInformation, respondToInformationRequest } from "./request-information.ts";
import { startReview } from "./start-review.ts";

const adjudicates = (_root: unknown, _args: unknown, ctx: { actor: Parameters<typeof hasRole>[0] }) =>
  hasRole(ctx.actor, "ADJUDICATOR", "SUPERVISOR");

builder.prismaObject("Determination", {
  fields: (t) => ({
    id: t.exposeID("id"),
    outcome: t.expose("outcome", { type: DeterminationOutcomeEnum }),
    reasonCode: t.exposeString("reasonCode"),
    explanation: t.string({
      description:
        "Why, as the adjudicator wrote it for the claimant. Employers get wording that names no condition (medical-detail rule).",
      select: CLAIM_PARTY_SELECT,
      resolve: (determination, _args, ctx) =>
        mayReadMedicalDetail(ctx.actor, determination.claim)
          ? determination.explanation
          : employerWording(determination),
    }),
    weeklyBenefitAmount: t.expose("weeklyBenefitAmount", { type: "Decimal", nullable: true }),
    approvedStartDate: t.expose("approvedStartDate", { type: "Date", nullable: true }),
    approvedEndDate: t.expose("approvedEndDate", { type: "Date", nullable: true }),
    decidedAt: t.expose("decidedAt", { type: "DateTime" }),
    decidedBy: t.relation("decidedBy"),
    appealDeadline: t.expose("appealDeadline", { type: "Date", nullable: true }),
    superseded: t.boolean({
      select: { supersededBy: { select: { id: true } } },
      resolve: (d) => d.supersededBy !== null,
    }),
  }),
});

builder.prismaObject("InfoRequest", {
  fields: (t) => ({
    id: t.exposeID("id"),
    message: t.exposeString("message"),
    dueDate: t.expose("dueDate", { type: "Date" }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    respondedAt: t.expose("respondedAt", { type: "DateTime", nullable: true }),
    response: t.exposeString("response", { nullable: true }),
    lapsedAt: t.expose("lapsedAt", {
      type: "DateTime",
      nullable: true,
      description: "The due date passed without an answer.",
    }),
    documents: t.relation("documents", {
      description: "Documents the claimant sent with the answer.",
      query: (_args, ctx) => ({ where: visibleDocumentsFilter(ctx.actor), orderBy: { createdAt: "asc" } }),
    }),
  }),
});

const StartReviewInputRef = builder.inputType("StartReviewInput", {
  fields: (t) => ({ claimId: t.id({ required: true }), expectedVersion: t.int({ required: true }) }),
});

builder.mutationField("startReview", (t) =>
  t.prismaField({
    type: "Claim",
    errors: {},
    authScopes: adjudicates,
    args: { input: t.arg({ type: StartReviewInputRef, required: true }) },
    resolve: async (query, _root, { input }, ctx) => reload(ctx, query, "claim", (await startReview(ctx, input)).id),
  }),
);

const RequestInformationInputRef = builder.inputType("RequestInformationInput", {
  fields: (t) => ({
    claimId: t.id({ required: true }),
    expectedVersion: t.int({ required: true }),
    message: t.string({ required: true }),
    dueDate: t.string({ required: true, description: "YYYY-MM-DD" }),
  }),
});

builder.mutationField("requestInformation", (t) =>
  t.prismaField({
    type: "Claim",
    errors: {},
    authScopes: adjudicates,
    args: { input: t.arg({ type: RequestInformationInputRef, required: true }) },
    resolve: async (query, _root, { input }, ctx) =>
      reload(ctx, query, "claim", (await requestInformation(ctx, input)).id),
  }),
);

const RespondToInformationRequestInputRef = builder.inputType("RespondToInformationRequestInput", {
  fields: (t) => ({
    infoRequestId: t.id({ required: true }),
    response: t.string({ required: true }),
    documentIds: t.idList({
      required: false,
      description: "Documents already uploaded to the claim that answer the request.",
    }),
  }),
});

builder.mutationField("respondToInformationRequest", (t) =>
  t.prismaField({
    type: "Claim",
    errors: {},
    authScopes: { claimant: true },
    args: { input: t.arg({ type: RespondToInformationRequestInputRef, required: true }) },
    resolve: async (query, _root, { input }, ctx) =>
      reload(ctx, query, "claim", (await respondToInformationRequest(ctx, input)).id),
  }),
);

const RecordDeterminationInputRef = builder.inputType("RecordDeterminationInput", {
  fields: (t) => ({
    claimId: t.id({ required: true }),
    expectedVersion: t.int({ required: true }),
    outcome: t.field({ type: DeterminationOutcomeEnum, required: true }),
    reasonCode: t.string({ required: true }),
    explanation: t.string({ required: true }),
    approvedStartDate: t.string({ description: "YYYY-MM-DD; required unless denied." }),
    approvedEndDate: t.string({ description: "YYYY-MM-DD; required unless denied." }),
  }),
});

builder.mutationField("recordDetermination", (t) =>
  t.prismaField({
    type: "Claim",
    errors: {},
    authScopes: adjudicates,
    description:
      "Approve, partially approve or deny. Fails with StaleVersionError if the claim changed since expectedVersion.",
    args: { input: t.arg({ type: RecordDeterminationInputRef, required: true }) },
    resolve: async (query, _root, { input }, ctx) =>
      reload(ctx, query, "claim", (await recordDetermination(ctx, input)).id),
  }),
);

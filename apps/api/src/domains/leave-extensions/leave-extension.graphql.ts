// Asking to extend approved leave: the request type, Claim.leaveExtensionRequests (the claimant
// and staff only: the reason may be medical), the claimant's requestLeaveExtension mutation and
// staff's decideLeaveExtension.
import { builder, emptyList } from "../../graphql/builder.ts";
import { hasRole } from "../../graphql/context.ts";
import { reload } from "../../graphql/reload.ts";
import { mayReadMedicalDetail } from "../claims/claim-access.ts";
import { decideLeaveExtension } from "./decide-leave-extension.ts";
import { requestLeaveExtension } from "./request-leave-extension.ts";

const LeaveExtensionStatusEnum = builder.enumType("LeaveExtensionStatus", {
  values: ["PENDING", "APPROVED", "DENIED"] as const,
});

builder.prismaObject("LeaveExtensionRequest", {
  description: "A claimant's request to extend an approved leave period past its end date, for staff to decide.",
  fields: (t) => ({
    id: t.exposeID("id"),
    leavePeriodId: t.exposeID("leavePeriodId"),
    currentEndDate: t.expose("currentEndDate", {
      type: "Date",
      description: "The period's last day when the request was made.",
    }),
    requestedEndDate: t.expose("requestedEndDate", { type: "Date", description: "The last day asked for." }),
    reason: t.exposeString("reason", { description: "The claimant's words." }),
    status: t.expose("status", { type: LeaveExtensionStatusEnum }),
    document: t.relation("document", { nullable: true, description: "A document sent with the request." }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    decidedAt: t.expose("decidedAt", { type: "DateTime", nullable: true }),
    approvedEndDate: t.expose("approvedEndDate", {
      type: "Date",
      nullable: true,
      description: "The new last day of leave staff approved (the day asked for, or earlier).",
    }),
    denialReasonCode: t.exposeString("denialReasonCode", {
      nullable: true,
      description: "Why staff did not approve: one of the program's denial reasons.",
    }),
    explanation: t.exposeString("explanation", {
      nullable: true,
      description: "Staff's explanation, as the claimant's notice gives it.",
    }),
  }),
});

builder.prismaObjectField("Claim", "leaveExtensionRequests", (t) =>
  t.relation("leaveExtensionRequests", {
    description: "Requests to extend the leave, newest first; empty for employers (the reason may be medical).",
    query: { orderBy: { createdAt: "desc" } },
    authScopes: (claim, _args, ctx) => mayReadMedicalDetail(ctx.actor, claim),
    unauthorizedResolver: emptyList,
  }),
);

const RequestLeaveExtensionInputRef = builder.inputType("RequestLeaveExtensionInput", {
  fields: (t) => ({
    leavePeriodId: t.id({ required: true, description: "The approved period to extend." }),
    requestedEndDate: t.string({ required: true, description: "YYYY-MM-DD: the new last day of leave." }),
    reason: t.string({ required: true, description: "Why more time is needed." }),
    documentId: t.id({ description: "A document uploaded to the claim (e.g. an updated certification)." }),
  }),
});

builder.mutationField("requestLeaveExtension", (t) =>
  t.prismaField({
    type: "LeaveExtensionRequest",
    errors: {},
    authScopes: { claimant: true },
    description:
      "Asks to extend an approved leave period of an approved claim (until the program's window after it ends closes); staff review it.",
    args: { input: t.arg({ type: RequestLeaveExtensionInputRef, required: true }) },
    resolve: async (query, _root, { input }, ctx) =>
      reload(ctx, query, "leaveExtensionRequest", (await requestLeaveExtension(ctx, input)).id),
  }),
);

const adjudicates = (_root: unknown, _args: unknown, ctx: { actor: Parameters<typeof hasRole>[0] }) =>
  hasRole(ctx.actor, "ADJUDICATOR", "SUPERVISOR");

const LeaveExtensionDecisionEnum = builder.enumType("LeaveExtensionDecision", {
  values: ["APPROVED", "DENIED"] as const,
});

const DecideLeaveExtensionInputRef = builder.inputType("DecideLeaveExtensionInput", {
  fields: (t) => ({
    requestId: t.id({ required: true }),
    expectedVersion: t.int({ required: true, description: "The claim version the decision was made on." }),
    decision: t.field({ type: LeaveExtensionDecisionEnum, required: true }),
    approvedEndDate: t.string({
      description:
        "YYYY-MM-DD: the new last day of leave, after the current one and up to the day asked for; required to approve.",
    }),
    reasonCode: t.string({ description: "One of the program's denial reasons; required to deny." }),
    explanation: t.string({ required: true, description: "For the claimant's notice." }),
  }),
});

builder.mutationField("decideLeaveExtension", (t) =>
  t.prismaField({
    type: "Claim",
    errors: {},
    authScopes: adjudicates,
    description:
      "Approve (extending the approved leave to approvedEndDate, within the leave caps, and scheduling the added weeks) or deny a claimant's request to extend leave; the claimant gets a notice. Fails with StaleVersionError if the claim changed since expectedVersion.",
    args: { input: t.arg({ type: DecideLeaveExtensionInputRef, required: true }) },
    resolve: async (query, _root, { input }, ctx) =>
      reload(ctx, query, "claim", (await decideLeaveExtension(ctx, input)).id),
  }),
);

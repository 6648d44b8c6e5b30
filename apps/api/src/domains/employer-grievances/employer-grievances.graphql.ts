// Employer grievances for staff: the queue of contests, each with the employer's reasons, comment
// and evidence, and the finding staff record on it (record-grievance-finding.ts). The people who
// work the grievance queue (supervisors and program administrators) record findings; every staff
// member may read them. The claimant never reads the employer's comment or evidence, nor the
// staff's written findings; the employer never reads the findings either (they may name a condition).
import { GRIEVANCE_FINDING_REASONS } from "@openleave/rules";
import { builder, emptyList } from "../../graphql/builder.ts";
import { hasRole, isStaff } from "../../graphql/context.ts";
import { GrievanceOutcomeEnum } from "../../graphql/enums.ts";
import { prismaQuery, reload } from "../../graphql/reload.ts";
import { visibleDocumentsFilter } from "../documents/document-access.ts";
import { recordGrievanceFinding } from "./record-grievance-finding.ts";

const decidesGrievances = (_root: unknown, _args: unknown, ctx: { actor: Parameters<typeof hasRole>[0] }) =>
  hasRole(ctx.actor, "SUPERVISOR", "PROGRAM_ADMIN");

builder.prismaObject("GrievanceFinding", {
  description: "Staff's finding on an employer's contest (staff only).",
  authScopes: { staff: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    outcome: t.expose("outcome", { type: GrievanceOutcomeEnum }),
    reasonCode: t.exposeString("reasonCode"),
    findings: t.exposeString("findings", { description: "The staff's written findings." }),
    claimStatus: t.exposeString("claimStatus", { description: "The claim's status when the finding was made." }),
    decidedAt: t.expose("decidedAt", { type: "DateTime" }),
    decidedBy: t.relation("decidedBy"),
  }),
});

interface FindingReason {
  code: string;
  outcome: "UPHELD" | "RETURNED_TO_REVIEW";
}
const GrievanceFindingReasonRef = builder.objectRef<FindingReason>("GrievanceFindingReason").implement({
  description:
    "A reason staff may give for a grievance finding (the rules package's list), and the finding it supports.",
  fields: (t) => ({
    code: t.exposeString("code"),
    outcome: t.field({ type: GrievanceOutcomeEnum, resolve: (reason) => reason.outcome }),
  }),
});

const staffOrThisEmployer = (
  response: { employerId: string },
  _args: unknown,
  ctx: { actor: Parameters<typeof isStaff>[0] },
) => isStaff(ctx.actor) || !!ctx.actor?.verifiedEmployerIds.includes(response.employerId);

builder.prismaObjectFields("EmployerResponse", (t) => ({
  claim: t.relation("claim", { description: "The contested claim." }),
  documents: t.relation("documents", {
    description: "Evidence the employer attached: staff and the employer's administrators, never the claimant.",
    query: (_args, ctx) => ({ where: visibleDocumentsFilter(ctx.actor), orderBy: { createdAt: "asc" } }),
    authScopes: staffOrThisEmployer,
    unauthorizedResolver: emptyList,
  }),
  grievanceFinding: t.relation("grievanceFinding", {
    nullable: true,
    description: "Staff's finding on the contest (staff only; null until recorded).",
    authScopes: (_response, _args, ctx) => isStaff(ctx.actor),
    unauthorizedResolver: () => null,
  }),
  grievanceDueAt: t.field({
    type: "DateTime",
    nullable: true,
    description: "When staff should have decided the contest (its grievance task's due date; staff only).",
    select: { id: true, claimId: true },
    authScopes: (_response, _args, ctx) => isStaff(ctx.actor),
    unauthorizedResolver: () => null,
    resolve: async (response, _args, ctx) => {
      const task = await ctx.db.task.findFirst({
        where: { claimId: response.claimId, kind: "REVIEW_EMPLOYER_GRIEVANCE" },
        orderBy: { createdAt: "desc" },
        select: { dueAt: true },
      });
      return task?.dueAt ?? null;
    },
  }),
}));

builder.queryField("grievanceFindingReasons", (t) =>
  t.field({
    type: [GrievanceFindingReasonRef],
    authScopes: { staff: true },
    description: "The reasons a grievance finding may give (the rules package's), each with the finding it supports.",
    resolve: () => GRIEVANCE_FINDING_REASONS.map((reason) => ({ ...reason })),
  }),
);

builder.queryField("employerGrievances", (t) =>
  t.prismaConnection({
    type: "EmployerResponse",
    cursor: "id",
    authScopes: { staff: true },
    description:
      "Employer contests, oldest first: those waiting for a finding (default) or, with decided: true, those decided.",
    args: { decided: t.arg.boolean() },
    resolve: (query, _root, args, ctx) =>
      ctx.db.employerResponse.findMany({
        ...prismaQuery(query),
        where: { status: "CONTESTED", grievanceFinding: args.decided ? { isNot: null } : { is: null } },
        orderBy: [{ respondedAt: args.decided ? "desc" : "asc" }, { id: "asc" }],
      }),
  }),
);

builder.queryField("employerGrievance", (t) =>
  t.prismaField({
    type: "EmployerResponse",
    nullable: true,
    authScopes: { staff: true },
    description:
      "One employer contest, for review (staff only). Null when there is no contested response with this id.",
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.employerResponse.findFirst({ ...prismaQuery(query), where: { id: String(args.id), status: "CONTESTED" } }),
  }),
);

const RecordGrievanceFindingInputRef = builder.inputType("RecordGrievanceFindingInput", {
  fields: (t) => ({
    employerResponseId: t.id({ required: true }),
    expectedVersion: t.int({ required: true, description: "The employer response's version on screen." }),
    outcome: t.field({ type: GrievanceOutcomeEnum, required: true }),
    reasonCode: t.string({ required: true, description: "One of grievanceFindingReasons, for the outcome chosen." }),
    findings: t.string({ required: true, description: "The written findings (staff only)." }),
  }),
});

builder.mutationField("recordGrievanceFinding", (t) =>
  t.prismaField({
    type: "EmployerResponse",
    errors: {},
    authScopes: decidesGrievances,
    description:
      "Record the finding on an employer's contest: the decision stands, or the claim goes back to adjudication for a redetermination. Closes the grievance task and notifies the claimant and the employer.",
    args: { input: t.arg({ type: RecordGrievanceFindingInputRef, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const finding = await recordGrievanceFinding(ctx, input);
      return reload(ctx, query, "employerResponse", finding.employerResponseId);
    },
  }),
);

// Employers, their leave administrators' view of claims, and the employer response.
import { prismaQuery, reload } from "../../graphql/reload.ts";
import { builder } from "../../graphql/builder.ts";
import { hasRole, isStaff } from "../../graphql/context.ts";
import { ClaimStatusEnum, ContestReasonEnum, EmployerResponseStatusEnum } from "../../graphql/enums.ts";
import { respondToClaim } from "../employer-responses/respond-to-claim.ts";

builder.prismaObject("Employer", {
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    dba: t.exposeString("dba", { nullable: true }),
    jurisdiction: t.exposeString("jurisdiction"),
    fein: t.string({
      description: "Federal employer id; shown in full to staff and the employer's own administrators.",
      resolve: (employer, _args, ctx) =>
        isStaff(ctx.actor) || ctx.actor?.verifiedEmployerIds.includes(employer.id)
          ? `${employer.fein.slice(0, 2)}-${employer.fein.slice(2)}`
          : `**-***${employer.fein.slice(5)}`,
    }),
    employeeCount: t.exposeInt("employeeCount", {
      nullable: true,
      authScopes: (employer, _args, ctx) =>
        isStaff(ctx.actor) || !!ctx.actor?.verifiedEmployerIds.includes(employer.id),
      unauthorizedResolver: () => null,
    }),
  }),
});

builder.prismaObject("LeaveAdministrator", {
  fields: (t) => ({
    id: t.exposeID("id"),
    employer: t.relation("employer"),
    verified: t.boolean({ resolve: (link) => link.verifiedAt !== null }),
    verifiedAt: t.expose("verifiedAt", { type: "DateTime", nullable: true }),
  }),
});

builder.prismaObject("EmployerResponse", {
  fields: (t) => ({
    id: t.exposeID("id"),
    employer: t.relation("employer"),
    status: t.expose("status", { type: EmployerResponseStatusEnum }),
    dueDate: t.expose("dueDate", { type: "Date" }),
    dueDateBasis: t.exposeString("dueDateBasis", {
      description: "How the due date was set: the program rule cited, or the configured default.",
    }),
    respondedAt: t.expose("respondedAt", { type: "DateTime", nullable: true }),
    contestReasons: t.expose("contestReasons", { type: [ContestReasonEnum] }),
    comment: t.exposeString("comment", { nullable: true }),
    version: t.exposeInt("version"),
  }),
});

builder.queryField("myEmployerLinks", (t) =>
  t.prismaField({
    type: ["LeaveAdministrator"],
    authScopes: { leaveAdmin: true },
    description: "The employers the signed-in leave administrator is linked to, verified or not.",
    resolve: (query, _root, _args, ctx) =>
      ctx.db.leaveAdministrator.findMany({
        ...prismaQuery(query),
        where: { userId: ctx.actor!.userId },
        orderBy: { createdAt: "asc" },
      }),
  }),
);

builder.queryField("employerClaims", (t) =>
  t.prismaConnection({
    type: "Claim",
    cursor: "id",
    authScopes: { leaveAdmin: true },
    description: "Claims filed by employees of the employers you are a verified administrator for.",
    args: {
      employerId: t.arg.id({ description: "Limit to one employer." }),
      status: t.arg({ type: ClaimStatusEnum }),
      awaitingResponse: t.arg.boolean({ description: "Only claims waiting for your response." }),
    },
    resolve: (query, _root, args, ctx) => {
      const verified = ctx.actor!.verifiedEmployerIds;
      const employerIds = args.employerId ? verified.filter((id) => id === String(args.employerId)) : verified;
      return ctx.db.claim.findMany({
        ...query,
        where: {
          employerId: { in: employerIds },
          status: args.status ? args.status : { not: "DRAFT" },
          ...(args.awaitingResponse
            ? { employerResponses: { some: { status: "PENDING", employerId: { in: employerIds } } } }
            : {}),
        },
        orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
      });
    },
  }),
);

const RespondToClaimInputRef = builder.inputType("RespondToClaimInput", {
  fields: (t) => ({
    employerResponseId: t.id({ required: true }),
    expectedVersion: t.int({ required: true }),
    decision: t.string({ required: true, description: "CONFIRM or CONTEST" }),
    contestReasons: t.field({ type: [ContestReasonEnum] }),
    comment: t.string(),
  }),
});

builder.mutationField("respondToClaim", (t) =>
  t.prismaField({
    type: "EmployerResponse",
    errors: {},
    authScopes: (_root, _args, ctx) => hasRole(ctx.actor, "LEAVE_ADMIN"),
    description: "Confirm or contest an employee's claim within the response window.",
    args: { input: t.arg({ type: RespondToClaimInputRef, required: true }) },
    resolve: async (query, _root, { input }, ctx) =>
      reload(ctx, query, "employerResponse", (await respondToClaim(ctx, input)).id),
  }),
);

// Private (voluntary) plans: an employer's application to provide the program's benefits through
// its own insured or self-funded plan, and, once approved with effective dates, its exemption.
import { builder } from "../../graphql/builder.ts";
import { hasRole } from "../../graphql/context.ts";
import { reload } from "../../graphql/reload.ts";
import { isUuid } from "../claims/claim.graphql.ts";
import { visibleDocumentsFilter } from "../documents/document-access.ts";
import { exemptEmployers, type ExemptEmployerAccount } from "./exempt-employers.ts";
import { applyForPrivatePlan, decidePrivatePlan, privatePlanOptionFor } from "./private-plan-decisions.ts";
import { PrivatePlanFundingEnum, PrivatePlanStatusEnum } from "../../graphql/enums.ts";
import { mayViewWageReports } from "../wages/wage-report-access.ts";
import type { PrivatePlanFundingKind } from "@openleave/rules";

builder.prismaObject("PrivatePlanApplication", {
  name: "PrivatePlan",
  description:
    "An employer's application for a private-plan exemption; approved, with effective dates, it is the exemption.",
  authScopes: (plan, ctx) => mayViewWageReports(ctx.actor, plan.employerId),
  fields: (t) => ({
    id: t.exposeID("id"),
    employer: t.relation("employer"),
    status: t.expose("status", { type: PrivatePlanStatusEnum }),
    funding: t.expose("funding", { type: PrivatePlanFundingEnum }),
    administratorName: t.exposeString("administratorName", {
      description: "The insurer or third-party administrator running the plan's claims.",
    }),
    policyNumber: t.exposeString("policyNumber", { nullable: true }),
    claimsContactPhone: t.exposeString("claimsContactPhone"),
    claimsContactEmail: t.exposeString("claimsContactEmail", { nullable: true }),
    requestedEffectiveDate: t.expose("requestedEffectiveDate", { type: "Date" }),
    effectiveFrom: t.expose("effectiveFrom", { type: "Date", nullable: true }),
    effectiveTo: t.expose("effectiveTo", { type: "Date", nullable: true }),
    submittedAt: t.expose("submittedAt", { type: "DateTime" }),
    submittedBy: t.relation("submittedBy"),
    decidedAt: t.expose("decidedAt", { type: "DateTime", nullable: true }),
    decisionReason: t.exposeString("decisionReason", { nullable: true }),
    version: t.exposeInt("version"),
    documents: t.relation("documents", {
      description:
        "The plan's documents the employer sent with the application (the employer's administrators and staff).",
      query: (_args, ctx) => ({ where: visibleDocumentsFilter(ctx.actor), orderBy: { createdAt: "asc" } }),
    }),
  }),
});

const ApplyForPrivatePlanInputRef = builder.inputType("ApplyForPrivatePlanInput", {
  fields: (t) => ({
    employerId: t.id({ required: true }),
    funding: t.field({ type: PrivatePlanFundingEnum, required: true }),
    administratorName: t.string({ required: true, description: "The insurer or plan administrator." }),
    policyNumber: t.string(),
    claimsContactPhone: t.string({ required: true, description: "Where the employer's workers call to claim." }),
    claimsContactEmail: t.string(),
    requestedEffectiveDate: t.string({ required: true, description: "The first day of a quarter, YYYY-MM-DD." }),
  }),
});

builder.mutationField("applyForPrivatePlan", (t) =>
  t.prismaField({
    type: "PrivatePlanApplication",
    errors: {},
    authScopes: { leaveAdmin: true },
    description:
      "A verified leave administrator applies for a private-plan exemption, where the rules package says the employer's program allows that kind of plan. Staff decide it.",
    args: { input: t.arg({ type: ApplyForPrivatePlanInputRef, required: true }) },
    resolve: async (query, _root, { input }, ctx) =>
      reload(
        ctx,
        query,
        "privatePlanApplication",
        (await applyForPrivatePlan(ctx, { ...input, employerId: String(input.employerId) })).id,
      ),
  }),
);

const DecidePrivatePlanInputRef = builder.inputType("DecidePrivatePlanInput", {
  fields: (t) => ({
    privatePlanId: t.id({ required: true }),
    expectedVersion: t.int({ required: true }),
    decision: t.string({ required: true, description: "APPROVE or DENY." }),
    effectiveFrom: t.string({ description: "Required to approve: the first day of a quarter." }),
    effectiveTo: t.string({ description: "The last day of a quarter; empty for no end." }),
    reason: t.string({ required: true }),
  }),
});

builder.mutationField("decidePrivatePlan", (t) =>
  t.prismaField({
    type: "PrivatePlanApplication",
    errors: {},
    authScopes: (_root, _args, ctx) => hasRole(ctx.actor, "SUPERVISOR", "PROGRAM_ADMIN"),
    description:
      "Approve (with effective dates by whole quarters) or deny a private-plan application. An approval re-issues the statements of the quarters it covers.",
    args: { input: t.arg({ type: DecidePrivatePlanInputRef, required: true }) },
    resolve: async (query, _root, { input }, ctx) =>
      reload(
        ctx,
        query,
        "privatePlanApplication",
        (await decidePrivatePlan(ctx, { ...input, privatePlanId: String(input.privatePlanId) })).id,
      ),
  }),
);

builder.queryField("privatePlans", (t) =>
  t.prismaField({
    type: ["PrivatePlanApplication"],
    description: "An employer's private-plan applications, newest first.",
    args: { employerId: t.arg.id({ required: true }) },
    authScopes: (_root, args, ctx) => mayViewWageReports(ctx.actor, String(args.employerId)),
    resolve: (query, _root, args, ctx) => {
      const employerId = String(args.employerId);
      if (!isUuid(employerId)) return [];
      return ctx.db.privatePlanApplication.findMany({
        ...query,
        where: { employerId },
        orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
        take: 50,
      });
    },
  }),
);

const ExemptEmployerRef = builder.objectRef<ExemptEmployerAccount>("ExemptEmployer").implement({
  description:
    "An employer with an approved private plan (its latest), and its account from the stored premium statements: what it owes for quarters no exemption covers, what it paid (reported) for quarters the exemption now covers, which the program owes back, and the net.",
  fields: (t) => ({
    plan: t.prismaField({
      type: "PrivatePlanApplication",
      resolve: (query, row, _args, ctx) =>
        ctx.db.privatePlanApplication.findUniqueOrThrow({ ...query, where: { id: row.planId } }),
    }),
    owedBeforeExemption: t.field({
      type: "Decimal",
      description:
        "What the current statements of the quarters no exemption covers (before the plan, or after it ended) say the employer owes.",
      resolve: (row) => row.owedBeforeExemption,
    }),
    paidWhileExempt: t.field({
      type: "Decimal",
      description:
        "Premiums the employer reported for quarters its exemption now covers (each quarter's last statement before the exemption): the program owes them back.",
      resolve: (row) => row.paidWhileExempt,
    }),
    net: t.field({
      type: "Decimal",
      description:
        "owedBeforeExemption less paidWhileExempt: positive, the employer owes the program; negative, the program owes the employer.",
      resolve: (row) => row.net,
    }),
    exemptQuarters: t.exposeInt("exemptQuarters", {
      description: "Quarters (per program) whose current statement shows the exemption.",
    }),
    owed: t.field({
      type: "Decimal",
      description: "What all its current statements say it owes.",
      resolve: (row) => row.owed,
    }),
    remitted: t.field({
      type: "Decimal",
      description: "Premium payments staff recorded as received.",
      resolve: (row) => row.remitted,
    }),
    balance: t.field({
      type: "Decimal",
      description: "owed less remitted (negative: the program owes the employer).",
      resolve: (row) => row.balance,
    }),
  }),
});

builder.queryField("exemptEmployers", (t) =>
  t.field({
    type: [ExemptEmployerRef],
    description: "Every employer with an approved private plan and what it owes or is owed: for staff.",
    authScopes: { staff: true },
    resolve: (_root, _args, ctx) => exemptEmployers(ctx.db),
  }),
);

builder.queryField("privatePlanApplications", (t) =>
  t.prismaField({
    type: ["PrivatePlanApplication"],
    description:
      "Private-plan applications across employers, for staff: by default those waiting for a decision, oldest first.",
    args: { status: t.arg({ type: PrivatePlanStatusEnum }) },
    authScopes: { staff: true },
    resolve: (query, _root, args, ctx) =>
      ctx.db.privatePlanApplication.findMany({
        ...query,
        where: { status: args.status ?? "SUBMITTED" },
        orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
        take: 100,
      }),
  }),
);

const PrivatePlanOptionRef = builder
  .objectRef<{ allowed: boolean; funding: PrivatePlanFundingKind[] }>("PrivatePlanOption")
  .implement({
    description:
      "Whether the employer's programs let it apply for a private-plan exemption, and with which kinds of plan (from the rules package).",
    fields: (t) => ({
      allowed: t.exposeBoolean("allowed"),
      funding: t.field({ type: [PrivatePlanFundingEnum], resolve: (option) => option.funding }),
    }),
  });

builder.queryField("privatePlanOption", (t) =>
  t.field({
    type: PrivatePlanOptionRef,
    nullable: true,
    description: "What kinds of private plan an employer may apply for; null for an unknown employer.",
    args: { employerId: t.arg.id({ required: true }) },
    authScopes: (_root, args, ctx) => mayViewWageReports(ctx.actor, String(args.employerId)),
    resolve: (_root, args, ctx) => {
      const employerId = String(args.employerId);
      return isUuid(employerId) ? privatePlanOptionFor(ctx.db, employerId) : null;
    },
  }),
);

// Private (voluntary) plans: an employer's application to provide the program's benefits through
// its own insured or self-funded plan, and, once approved with effective dates, its exemption.
import { builder } from "../../graphql/builder.ts";
import { PrivatePlanFundingEnum, PrivatePlanStatusEnum } from "../../graphql/enums.ts";
import { mayViewWageReports } from "../wages/wage-report-access.ts";

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
    documents: t.relation("documents", { query: { orderBy: { createdAt: "asc" } } }),
  }),
});

// Stored premium statements: per employer, program and quarter, every version (the current one
// and those an amendment or exemption decision superseded), for the employer's verified leave
// administrators and program staff.
import { builder } from "../../graphql/builder.ts";
import { isUuid } from "../claims/claim.graphql.ts";
import { mayViewWageReports } from "../wages/wage-report-access.ts";

builder.prismaObject("PremiumStatement", {
  description:
    "What an employer owes for one quarter and program, computed worker by worker by the rules package from the wage records on file. A later report or an exemption decision supersedes it with the next version.",
  authScopes: (statement, ctx) => mayViewWageReports(ctx.actor, statement.employerId),
  fields: (t) => ({
    id: t.exposeID("id"),
    program: t.relation("program"),
    year: t.exposeInt("year"),
    quarter: t.exposeInt("quarter"),
    version: t.exposeInt("version", { description: "1 for the quarter's first statement, then one more per change." }),
    reason: t.exposeString("reason", {
      description: "WAGE_REPORT, LATER_QUARTER_CAP (an earlier quarter moved the yearly cap), EXEMPTION or BACKFILL.",
    }),
    current: t.boolean({ resolve: (s) => s.supersededAt === null, select: { supersededAt: true } }),
    supersededAt: t.expose("supersededAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    wageReport: t.relation("wageReport", { nullable: true, description: "The report that issued this version." }),
    workerCount: t.exposeInt("workerCount"),
    employerSize: t.exposeInt("employerSize", { description: "Employees counted for the small-employer rule." }),
    totalWages: t.expose("totalWages", { type: "Decimal" }),
    taxableWages: t.expose("taxableWages", { type: "Decimal", description: "Wages up to each worker's yearly cap." }),
    wageCap: t.expose("wageCap", { type: "Decimal", nullable: true, description: "The yearly wage cap in force." }),
    totalRate: t.exposeString("totalRate"),
    employeeRate: t.exposeString("employeeRate"),
    employerRate: t.exposeString("employerRate"),
    employerShareRequired: t.exposeBoolean("employerShareRequired", {
      description: "False under the small-employer rule: the employer share is not owed.",
    }),
    employeeShare: t.expose("employeeShare", {
      type: "Decimal",
      description: "What the employer may withhold from its workers' pay.",
    }),
    employerShare: t.expose("employerShare", { type: "Decimal" }),
    amountDue: t.expose("amountDue", {
      type: "Decimal",
      description: "What the employer owes the program: both shares, or 0 under an approved private plan.",
    }),
    exempt: t.boolean({ resolve: (s) => s.privatePlanId !== null, select: { privatePlanId: true } }),
    privatePlan: t.relation("privatePlan", {
      nullable: true,
      description: "The approved private plan that exempts this quarter.",
    }),
  }),
});

builder.queryField("premiumStatements", (t) =>
  t.prismaField({
    type: ["PremiumStatement"],
    description:
      "An employer's premium statements, newest quarter first and, within a quarter, newest version first. Superseded versions only with includeHistory.",
    args: {
      employerId: t.arg.id({ required: true }),
      includeHistory: t.arg.boolean({ required: false }),
    },
    authScopes: (_root, args, ctx) => mayViewWageReports(ctx.actor, String(args.employerId)),
    resolve: (query, _root, args, ctx) => {
      const employerId = String(args.employerId);
      if (!isUuid(employerId)) return [];
      return ctx.db.premiumStatement.findMany({
        ...query,
        where: { employerId, ...(args.includeHistory ? {} : { supersededAt: null }) },
        orderBy: [{ year: "desc" }, { quarter: "desc" }, { programId: "asc" }, { version: "desc" }],
        take: 200,
      });
    },
  }),
);

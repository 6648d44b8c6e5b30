// The program dashboards: `programDashboard(programId, from, to)` answers one object whose
// fields are each one SQL statement (claim-flow, operations and finance statistics), so a page
// asks only for the figures it shows. Supervisors and program administrators only.
import { builder } from "../../graphql/builder.ts";
import { hasRole } from "../../graphql/context.ts";
import {
  claimsPerWeek,
  daysToDecision,
  daysToFirstPayment,
  type Durations,
  type WeekRow,
} from "./claim-flow-statistics.ts";
import {
  benefitsByLeaveReason,
  type LeaveReasonBenefits,
  type QuarterFinances,
  quarterlyFinances,
  type Utilization,
  utilization,
} from "./finance-statistics.ts";
import {
  type AppealOutcomeCount,
  appealOutcomes,
  type EmployerResponseRates,
  employerResponseRates,
  type QueueAgeing,
  queueAgeing,
} from "./operations-statistics.ts";
import { type StatisticsScope, statisticsScope } from "./statistics-period.ts";

interface Dashboard {
  scope: StatisticsScope;
  allPrograms: boolean;
}

const WeekRef = builder.objectRef<WeekRow>("DashboardWeek").implement({
  description: "Applications submitted and first decisions made in one week (Monday to Sunday).",
  fields: (t) => ({
    weekStart: t.field({ type: "Date", resolve: (w) => w.weekStart }),
    applications: t.exposeInt("applications"),
    approved: t.exposeInt("approved"),
    partiallyApproved: t.exposeInt("partiallyApproved"),
    denied: t.exposeInt("denied"),
  }),
});

const DurationsRef = builder.objectRef<Durations>("DashboardDurations").implement({
  description:
    "Days from submission, over claims submitted in the period; those still waiting count their days so far.",
  fields: (t) => ({
    claims: t.exposeInt("claims"),
    waiting: t.exposeInt("waiting"),
    onHold: t.exposeInt("onHold", { description: "Waiting with a payment on hold (first payment only)." }),
    medianDays: t.exposeString("medianDays", { nullable: true }),
    p90Days: t.exposeString("p90Days", { nullable: true, description: "90th percentile." }),
  }),
});

const QueueAgeingRef = builder.objectRef<QueueAgeing>("DashboardQueue").implement({
  description: "Open tasks of one queue now, by age since they were created.",
  fields: (t) => ({
    queue: t.exposeString("queue"),
    open: t.exposeInt("open"),
    overdue: t.exposeInt("overdue"),
    ageUnder3Days: t.exposeInt("ageUnder3Days"),
    age3To7Days: t.exposeInt("age3To7Days"),
    age8To14Days: t.exposeInt("age8To14Days"),
    age15DaysOrMore: t.exposeInt("age15DaysOrMore"),
  }),
});

const EmployerResponsesRef = builder.objectRef<EmployerResponseRates>("DashboardEmployerResponses").implement({
  description: "Employers' answers to claims whose response was due in the period.",
  fields: (t) => ({
    due: t.exposeInt("due"),
    onTime: t.exposeInt("onTime"),
    late: t.exposeInt("late"),
    missed: t.exposeInt("missed"),
    open: t.exposeInt("open"),
    contested: t.exposeInt("contested"),
    onTimeRate: t.exposeString("onTimeRate", { nullable: true, description: "0–1, four places." }),
    responseRate: t.exposeString("responseRate", { nullable: true, description: "0–1, four places." }),
  }),
});

const AppealOutcomeRef = builder.objectRef<AppealOutcomeCount>("DashboardAppealOutcome").implement({
  description: "Appeals filed in the period, by what became of them.",
  fields: (t) => ({
    outcome: t.exposeString("outcome", {
      description: "AFFIRMED, REVERSED, MODIFIED, DISMISSED, WITHDRAWN or PENDING.",
    }),
    appeals: t.exposeInt("appeals"),
  }),
});

const QuarterRef = builder.objectRef<QuarterFinances>("DashboardQuarter").implement({
  description: "Premiums reported and benefits paid in one calendar quarter, and the fund's position at its end.",
  fields: (t) => ({
    quarter: t.exposeString("quarter", { description: '"2026-Q3"' }),
    premiumsReported: t.field({ type: "Decimal", resolve: (q) => q.premiumsReported }),
    benefitsPaid: t.field({ type: "Decimal", resolve: (q) => q.benefitsPaid }),
    netPosition: t.field({ type: "Decimal", resolve: (q) => q.netPosition }),
  }),
});

const UtilizationRef = builder.objectRef<Utilization>("DashboardUtilization").implement({
  fields: (t) => ({
    claims: t.exposeInt("claims"),
    coveredWorkers: t.exposeInt("coveredWorkers", {
      description: "Workers with wages reported in the four quarters ending with the period's last.",
    }),
    claimsPerThousandWorkers: t.field({
      type: "Decimal",
      nullable: true,
      resolve: (u) => u.claimsPerThousandWorkers,
    }),
  }),
});

const LeaveReasonRef = builder.objectRef<LeaveReasonBenefits>("DashboardLeaveReason").implement({
  description: "Claims approved in the period (current decisions) for one leave reason.",
  fields: (t) => ({
    leaveReason: t.exposeString("leaveReason"),
    approvedClaims: t.exposeInt("approvedClaims"),
    averageWeeklyBenefit: t.field({ type: "Decimal", nullable: true, resolve: (r) => r.averageWeeklyBenefit }),
    averageWeeks: t.field({ type: "Decimal", nullable: true, resolve: (r) => r.averageWeeks }),
  }),
});

const DashboardRef = builder.objectRef<Dashboard>("ProgramDashboard").implement({
  description: "The program's figures for a period, computed on the database when asked.",
  fields: (t) => ({
    from: t.field({ type: "Date", resolve: (d) => d.scope.from }),
    to: t.field({ type: "Date", resolve: (d) => d.scope.to }),
    weeks: t.field({ type: [WeekRef], resolve: (d, _a, ctx) => claimsPerWeek(ctx.db, d.scope) }),
    daysToDecision: t.field({ type: DurationsRef, resolve: (d, _a, ctx) => daysToDecision(ctx.db, d.scope) }),
    daysToFirstPayment: t.field({
      type: DurationsRef,
      description: "Over claims approved in full or in part.",
      resolve: (d, _a, ctx) => daysToFirstPayment(ctx.db, d.scope),
    }),
    queues: t.field({
      type: [QueueAgeingRef],
      description: "Now, not over the period.",
      resolve: (d, _a, ctx) => queueAgeing(ctx.db, d.scope, d.allPrograms),
    }),
    employerResponses: t.field({
      type: EmployerResponsesRef,
      resolve: (d, _a, ctx) => employerResponseRates(ctx.db, d.scope),
    }),
    appealOutcomes: t.field({ type: [AppealOutcomeRef], resolve: (d, _a, ctx) => appealOutcomes(ctx.db, d.scope) }),
    quarters: t.field({ type: [QuarterRef], resolve: (d, _a, ctx) => quarterlyFinances(ctx.db, d.scope) }),
    utilization: t.field({ type: UtilizationRef, resolve: (d, _a, ctx) => utilization(ctx.db, d.scope) }),
    byLeaveReason: t.field({ type: [LeaveReasonRef], resolve: (d, _a, ctx) => benefitsByLeaveReason(ctx.db, d.scope) }),
  }),
});

builder.queryField("programDashboard", (t) =>
  t.field({
    type: DashboardRef,
    authScopes: (_root, _args, ctx) => hasRole(ctx.actor, "SUPERVISOR", "PROGRAM_ADMIN"),
    description:
      "Dashboard figures for one program (or all, without programId) over a period of calendar dates, at most two years (else an INVALID_INPUT error). Supervisors and program administrators.",
    args: {
      programId: t.arg.id({ required: false }),
      from: t.arg({ type: "Date", required: true }),
      to: t.arg({ type: "Date", required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const scope = await statisticsScope(ctx, {
        programId: args.programId ? String(args.programId) : null,
        from: args.from,
        to: args.to,
      });
      return { scope, allPrograms: !args.programId };
    },
  }),
);

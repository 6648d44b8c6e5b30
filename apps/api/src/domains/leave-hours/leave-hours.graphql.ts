// Weekly hours of intermittent or reduced-schedule leave: the report type, Claim.leaveHoursReports
// and the claimant's reportLeaveHours mutation.
import { builder } from "../../graphql/builder.ts";
import { reload } from "../../graphql/reload.ts";
import { addDays, toDateOnly } from "@openleave/db";
import { programToday } from "../programs/program-calendar.ts";
import { isReportablePeriod, reportLeaveHours, weeklyAllowance } from "./report-leave-hours.ts";

builder.prismaObject("LeaveHoursReport", {
  description:
    "Hours of leave taken in one week of an intermittent or reduced-schedule period, as the claimant reported them.",
  fields: (t) => ({
    id: t.exposeID("id"),
    leavePeriodId: t.exposeID("leavePeriodId"),
    weekStart: t.expose("weekStart", { type: "Date", description: "The week is this day and the six after it." }),
    hours: t.expose("hours", { type: "Decimal" }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

builder.prismaObjectField("Claim", "leaveHoursReports", (t) =>
  t.relation("leaveHoursReports", {
    description: "Weekly hours the claimant reported for intermittent or reduced-schedule leave, newest week first.",
    query: { orderBy: { weekStart: "desc" } },
  }),
);

builder.prismaObjectField("LeavePeriod", "weeklyHoursAllowed", (t) =>
  t.field({
    type: "Decimal",
    nullable: true,
    description:
      "Most hours of leave a week the approval allows (reduced schedule: its hours a week; intermittent: episodes times hours each); null for continuous leave.",
    resolve: (period) => weeklyAllowance(period)?.toFixed(2) ?? null,
  }),
);

builder.prismaObjectField("LeavePeriod", "reportableWeeks", (t) =>
  t.field({
    type: ["Date"],
    description:
      "First days of the weeks whose hours may be reported now: from the period's first day in 7-day steps, each week begun (program calendar) and within the period; empty unless the period is approved intermittent or reduced-schedule leave of an approved claim.",
    select: { claim: { select: { status: true, program: { select: { jurisdiction: true } } } } },
    resolve: (period, _args, ctx) => {
      if (!isReportablePeriod(period, period.claim.status)) return [];
      const today = programToday(period.claim.program.jurisdiction, ctx.now(), ctx.config.programPolicy);
      const end = toDateOnly(period.endDate);
      const weeks: string[] = [];
      for (let week = toDateOnly(period.startDate); week <= end && week <= today; week = addDays(week, 7))
        weeks.push(week);
      return weeks;
    },
  }),
);

const ReportLeaveHoursInputRef = builder.inputType("ReportLeaveHoursInput", {
  fields: (t) => ({
    leavePeriodId: t.id({ required: true }),
    weekStart: t.string({ required: true, description: "YYYY-MM-DD: the first day of the week reported." }),
    hours: t.string({ required: true, description: 'Hours of leave taken that week, e.g. "7.5".' }),
  }),
});

builder.mutationField("reportLeaveHours", (t) =>
  t.prismaField({
    type: "LeaveHoursReport",
    errors: {},
    authScopes: { claimant: true },
    description:
      "Reports (or corrects) the hours of leave taken in one week of an approved intermittent or reduced-schedule period; payments read the report.",
    args: { input: t.arg({ type: ReportLeaveHoursInputRef, required: true }) },
    resolve: async (query, _root, { input }, ctx) =>
      reload(ctx, query, "leaveHoursReport", (await reportLeaveHours(ctx, input)).id),
  }),
);

// Weekly hours of intermittent or reduced-schedule leave: the report type, Claim.leaveHoursReports
// and the claimant's reportLeaveHours mutation.
import { builder } from "../../graphql/builder.ts";
import { reload } from "../../graphql/reload.ts";
import { reportLeaveHours } from "./report-leave-hours.ts";

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

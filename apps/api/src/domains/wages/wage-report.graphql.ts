// Employer quarterly wage reports: the import mutation, the report with its rejected rows, and
// the employer's list of reports. The file format is documented in wage-report-rows.ts.
import { builder } from "../../graphql/builder.ts";
import { WageReportStatusEnum } from "../../graphql/enums.ts";
import { reload } from "../../graphql/reload.ts";
import { isUuid } from "../claims/claim.graphql.ts";
import { importWageReport, MAX_STORED_REJECTIONS } from "./import-wage-report.ts";
import { mayViewWageReports } from "./wage-report-access.ts";
import type { RowRejection } from "./wage-report-rows.ts";

const RowRejectionRef = builder.objectRef<RowRejection>("WageRowRejection").implement({
  description: "Why one row of a wage report was not imported. Never includes the SSN.",
  fields: (t) => ({
    row: t.exposeInt("row", { description: "Row number as a spreadsheet shows it (the header is row 1)." }),
    field: t.exposeString("field", {
      description: 'The column (ssn, first_name, last_name, wages, hours), or "row" for the whole row.',
    }),
    code: t.exposeString("code", {
      description:
        "REQUIRED, INVALID_SSN, INVALID_AMOUNT, NEGATIVE_AMOUNT, TOO_MANY_DECIMALS, OUT_OF_RANGE, TOO_LONG, WRONG_COLUMN_COUNT or DUPLICATE_SSN.",
    }),
    message: t.exposeString("message"),
  }),
});

const rejectionsOf = (report: { rejections: unknown }) =>
  Array.isArray(report.rejections) ? (report.rejections as RowRejection[]) : [];

builder.prismaObject("WageReport", {
  description: "One quarterly wage report file an employer filed, with the rows it rejected and why.",
  authScopes: (report, ctx) => mayViewWageReports(ctx.actor, report.employerId),
  fields: (t) => ({
    id: t.exposeID("id"),
    employer: t.relation("employer"),
    year: t.exposeInt("year"),
    quarter: t.exposeInt("quarter"),
    fileName: t.exposeString("fileName"),
    sha256: t.exposeString("sha256"),
    status: t.expose("status", { type: WageReportStatusEnum }),
    rowCount: t.exposeInt("rowCount"),
    acceptedCount: t.exposeInt("acceptedCount"),
    rejectedCount: t.exposeInt("rejectedCount", { description: "Rows rejected (a row can have several rejections)." }),
    rejections: t.field({ type: [RowRejectionRef], resolve: rejectionsOf }),
    rejectionsTruncated: t.boolean({
      description: `True when the report had more problems than the first ${MAX_STORED_REJECTIONS} kept here.`,
      resolve: (report) => new Set(rejectionsOf(report).map((r) => r.row)).size < report.rejectedCount,
    }),
    submittedBy: t.relation("submittedBy"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

const ImportWageReportInputRef = builder.inputType("ImportWageReportInput", {
  fields: (t) => ({
    employerId: t.id({ required: true }),
    year: t.int({ required: true }),
    quarter: t.int({ required: true, description: "1 to 4; the quarter must be over in the employer's state." }),
    fileName: t.string({ required: true }),
    csv: t.string({
      required: true,
      description:
        "The file's text, at most 5 MB: a header row, then one row per employee. Columns ssn, first_name, last_name, wages (e.g. 12345.67) and optionally hours.",
    }),
  }),
});

builder.mutationField("importWageReport", (t) =>
  t.prismaField({
    type: "WageReport",
    errors: {},
    authScopes: { $any: { leaveAdmin: true, role: "PROGRAM_ADMIN" } },
    description:
      "Files an employer's quarterly wage report. Valid rows become wage records (replacing what an earlier report said for the same person and quarter); invalid rows are listed with reasons. Uploading the same file again returns the same report.",
    args: { input: t.arg({ type: ImportWageReportInputRef, required: true }) },
    resolve: async (query, _root, { input }, ctx) =>
      reload(
        ctx,
        query,
        "wageReport",
        (await importWageReport(ctx, { ...input, employerId: String(input.employerId) })).id,
      ),
  }),
);

builder.queryField("wageReports", (t) =>
  t.prismaConnection({
    type: "WageReport",
    cursor: "id",
    description: "An employer's wage reports, newest first: for its verified leave administrators and program staff.",
    args: { employerId: t.arg.id({ required: true }) },
    authScopes: (_root, args, ctx) => mayViewWageReports(ctx.actor, String(args.employerId)),
    resolve: (query, _root, args, ctx) => {
      const employerId = String(args.employerId);
      if (!isUuid(employerId)) return [];
      return ctx.db.wageReport.findMany({
        ...query,
        where: { employerId },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      });
    },
  }),
);

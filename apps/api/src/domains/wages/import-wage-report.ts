// An employer's quarterly wage report: check the file row by row, store the report with its
// rejections, and write the accepted rows as wage records (the figures eligibility is computed
// from). Everything happens in one transaction: a failure part-way leaves nothing behind.
import { createHash } from "node:crypto";
import type { Prisma } from "@openleave/db";
import { z } from "zod";
import { recordAuditEvent } from "../../audit/record-audit-event.ts";
import { ForbiddenError, InvalidInputError, NotFoundError } from "../../errors/domain-errors.ts";
import type { RequestContext } from "../../graphql/context.ts";
import { parseInput } from "../../graphql/parse-input.ts";
import { issuePremiumStatements } from "../premiums/issue-premium-statements.ts";
import { readWageReportFile } from "./read-wage-report-file.ts";
import { isCompletedQuarter, quarterEndDate } from "./reporting-quarter.ts";
import { mayFileWageReports } from "./wage-report-access.ts";
import type { CheckedReport, RowRejection } from "./wage-report-rows.ts";
import { planWageWrite, upsertWageRecords, type HashedWageRow } from "./write-wage-records.ts";

export const MAX_CSV_BYTES = 5 * 1024 * 1024;
/** Rejections kept per report; the counts stay exact, the list says when it was cut short. */
export const MAX_STORED_REJECTIONS = 1_000;
const IMPORT_TIMEOUT_MS = 120_000;

const ImportWageReportInput = z.object({
  employerId: z.uuid("Choose an employer."),
  year: z
    .number({ error: "Enter the year as a number." })
    .int()
    .min(2000, "Reports before 2000 are not accepted.")
    .max(2100, "Enter a real year."),
  quarter: z
    .number({ error: "Choose a quarter: 1, 2, 3 or 4." })
    .int()
    .min(1, "Choose a quarter: 1, 2, 3 or 4.")
    .max(4, "Choose a quarter: 1, 2, 3 or 4."),
  fileName: z
    .string({ error: "Give the file's name." })
    .trim()
    .min(1, "Give the file's name.")
    .max(255, "Keep the file name under 255 characters."),
  csv: z
    .string({ error: "Attach the CSV file's contents." })
    .min(1, "The file is empty.")
    .refine(
      (csv) => Buffer.byteLength(csv, "utf8") <= MAX_CSV_BYTES,
      "The file is larger than 5 MB. Split it into several reports for the same quarter.",
    ),
});

export async function importWageReport(ctx: RequestContext, rawInput: unknown) {
  const actor = ctx.actor!;
  // Authorize on the employer before looking at anything else in the request.
  const employerId =
    typeof (rawInput as { employerId?: unknown })?.employerId === "string"
      ? (rawInput as { employerId: string }).employerId
      : "";
  if (!mayFileWageReports(actor, employerId))
    throw new ForbiddenError("Only a verified leave administrator of this employer can file its wage reports.");
  const input = parseInput(ImportWageReportInput, rawInput, ["input"]);
  const employer = await ctx.db.employer.findUnique({
    where: { id: input.employerId },
    select: { id: true, jurisdiction: true },
  });
  if (!employer) throw new NotFoundError("Employer");
  if (!isCompletedQuarter(employer.jurisdiction, input.year, input.quarter, ctx.now())) {
    throw InvalidInputError.field(
      ["input", "quarter"],
      `Q${input.quarter} ${input.year} is not over yet. Report it after ${quarterEndDate(input.year, input.quarter)}.`,
    );
  }

  const checked = readWageReportFile(input.csv);
  const sha256 = createHash("sha256").update(input.csv, "utf8").digest("hex");
  // Hash before opening the transaction: it is CPU work that needs no database.
  const rows: HashedWageRow[] = checked.accepted.map((row) => ({ ...row, ssnHash: ctx.pii.lookupHash(row.ssn) }));
  const period = { employerId: employer.id, year: input.year, quarter: input.quarter };

  return ctx.db.$transaction(
    async (tx) => {
      // One import per employer and quarter at a time, so "amended" is counted against a settled state.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`wage-report:${employer.id}:${input.year}:${input.quarter}`}))`;
      const latest = await tx.wageReport.findFirst({ where: period, orderBy: { createdAt: "desc" } });
      // A retried upload of the file just imported is the same report, not a second one.
      if (latest?.sha256 === sha256) return latest;

      const { records, summary } = await planWageWrite(tx, ctx.pii, rows, period);
      const report = await tx.wageReport.create({
        data: {
          ...period,
          fileName: input.fileName,
          sha256,
          status: reportStatus(checked),
          rowCount: checked.rowCount,
          acceptedCount: checked.accepted.length,
          rejectedCount: checked.rejectedRowCount,
          rejections: storedRejections(checked.rejections) as unknown as Prisma.InputJsonValue,
          submittedById: actor.userId,
        },
      });
      await upsertWageRecords(tx, records, { ...period, reportId: report.id, now: ctx.now() });

      const scope = { actor, requestId: ctx.requestId };
      // The quarter's premium statement (a new version when this amends it), in the same transaction.
      await issuePremiumStatements(tx, scope, { ...period, reason: "WAGE_REPORT", wageReportId: report.id });
      await recordAuditEvent(tx, scope, {
        action: "wage_report.import",
        entityType: "WageReport",
        entityId: report.id,
        metadata: {
          ...period,
          status: report.status,
          rowCount: report.rowCount,
          acceptedCount: report.acceptedCount,
          rejectedCount: report.rejectedCount,
          created: summary.created,
          amended: summary.amended,
          unchanged: summary.unchanged,
          newPeople: summary.newPeople,
        },
      });
      if (summary.amended > 0) {
        await recordAuditEvent(tx, scope, {
          action: "wage_report.amend",
          entityType: "WageReport",
          entityId: report.id,
          changedFields: ["wages", "hours"],
          metadata: { ...period, amendedCount: summary.amended, replacedReportIds: summary.replacedReportIds },
        });
      }
      return report;
    },
    { timeout: IMPORT_TIMEOUT_MS, maxWait: 10_000 },
  );
}

function reportStatus(checked: CheckedReport) {
  if (checked.accepted.length === 0) return "REJECTED" as const;
  return checked.rejectedRowCount === 0 ? ("ACCEPTED" as const) : ("PARTIALLY_ACCEPTED" as const);
}

function storedRejections(rejections: RowRejection[]): RowRejection[] {
  return rejections
    .slice(0, MAX_STORED_REJECTIONS)
    .map(({ row, field, code, message }) => ({ row, field, code, message }));
}

// Premium statements are stored, one current version per employer, program and quarter. A wage
// report for a quarter issues that quarter's statement (version 1, or the next version when it
// amends the quarter); because the wage cap is yearly, it also re-issues the same year's later
// quarters whose figures it moved. A private plan decision re-issues the quarters it covers. A
// version identical to the current one is not issued again. The old versions stay as history
// (supersededAt), and every version issued is audited in the caller's transaction.
import { Prisma, type Database } from "@openleave/db";
import { recordAuditEvent, type AuditScope } from "../../audit/record-audit-event.ts";
import { exemptionCovering } from "../private-plans/plan-exemption.ts";
import { computeQuarterPremium, type QuarterPremiumFigures } from "./quarter-premium.ts";

export type StatementReason = "WAGE_REPORT" | "LATER_QUARTER_CAP" | "EXEMPTION" | "BACKFILL";

export interface IssuedStatement {
  id: string;
  programCode: string;
  year: number;
  quarter: number;
  version: number;
  amountDue: string;
}

export async function issuePremiumStatements(
  tx: Prisma.TransactionClient,
  scope: AuditScope,
  request: {
    employerId: string;
    year: number;
    /** The quarter that changed; later quarters of the year follow it. */
    quarter: number;
    reason: StatementReason;
    wageReportId?: string;
    /** Only these quarters (an exemption decision); default: the quarter and the later ones on file. */
    onlyQuarter?: boolean;
  },
): Promise<IssuedStatement[]> {
  // One issuer per employer and year at a time, so versions are counted against a settled state.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`premium-statements:${request.employerId}:${request.year}`}))`;
  const employer = await tx.employer.findUniqueOrThrow({
    where: { id: request.employerId },
    select: { id: true, jurisdiction: true, employeeCount: true },
  });
  const programs = await tx.program.findMany({
    where: { jurisdiction: employer.jurisdiction, active: true },
    select: { id: true, code: true },
    orderBy: { code: "asc" },
  });
  const issued: IssuedStatement[] = [];
  const lastQuarter = request.onlyQuarter ? request.quarter : 4;
  for (let quarter = request.quarter; quarter <= lastQuarter; quarter++) {
    for (const program of programs) {
      const period = { employerId: employer.id, programId: program.id, year: request.year, quarter };
      const current = await tx.premiumStatement.findFirst({ where: { ...period, supersededAt: null } });
      // A later quarter is re-issued only when it has a statement whose cap may have moved.
      const later = quarter !== request.quarter;
      if (later && !current) continue;
      const outcome = await computeQuarterPremium(tx, employer, program.code, request.year, quarter);
      if (!outcome || !outcome.ok) continue; // no wages on file, or the rules cannot price the quarter yet
      const plan = await exemptionCovering(tx, employer.id, request.year, quarter);
      const figures = outcome.figures;
      const amountDue = plan
        ? "0.00"
        : new Prisma.Decimal(figures.employeeShare).plus(figures.employerShare).toFixed(2);
      if (current && sameStatement(current, figures, amountDue, plan?.id ?? null)) continue;

      const previous = await tx.premiumStatement.aggregate({ where: period, _max: { version: true } });
      if (current) await tx.premiumStatement.update({ where: { id: current.id }, data: { supersededAt: new Date() } });
      const statement = await tx.premiumStatement.create({
        data: {
          ...period,
          version: (previous._max.version ?? 0) + 1,
          reason: later ? "LATER_QUARTER_CAP" : request.reason,
          wageReportId: later || !request.wageReportId ? (current?.wageReportId ?? null) : request.wageReportId,
          workerCount: figures.workerCount,
          employerSize: figures.employerSize,
          totalWages: figures.totalWages,
          taxableWages: figures.taxableWages,
          totalRate: figures.totalRate,
          employeeRate: figures.employeeRate,
          employerRate: figures.employerRate,
          wageCap: figures.wageCap,
          employerShareRequired: figures.employerShareRequired,
          employeeShare: figures.employeeShare,
          employerShare: figures.employerShare,
          amountDue,
          privatePlanId: plan?.id ?? null,
          explanation: figures.explanation as unknown as Prisma.InputJsonValue,
        },
      });
      await recordAuditEvent(tx, scope, {
        action: "premium_statement.issue",
        entityType: "PremiumStatement",
        entityId: statement.id,
        metadata: {
          employerId: employer.id,
          program: program.code,
          year: request.year,
          quarter,
          version: statement.version,
          reason: statement.reason,
          amountDue,
          privatePlanId: plan?.id ?? null,
          supersedes: current?.id ?? null,
        },
      });
      issued.push({
        id: statement.id,
        programCode: program.code,
        year: request.year,
        quarter,
        version: statement.version,
        amountDue,
      });
    }
  }
  return issued;
}

function sameStatement(
  current: {
    totalWages: Prisma.Decimal;
    taxableWages: Prisma.Decimal;
    employeeShare: Prisma.Decimal;
    employerShare: Prisma.Decimal;
    amountDue: Prisma.Decimal;
    workerCount: number;
    employerSize: number;
    totalRate: string;
    employerRate: string;
    privatePlanId: string | null;
  },
  figures: QuarterPremiumFigures,
  amountDue: string,
  privatePlanId: string | null,
): boolean {
  return (
    current.totalWages.toFixed(2) === figures.totalWages &&
    current.taxableWages.toFixed(2) === figures.taxableWages &&
    current.employeeShare.toFixed(2) === figures.employeeShare &&
    current.employerShare.toFixed(2) === figures.employerShare &&
    current.amountDue.toFixed(2) === amountDue &&
    current.workerCount === figures.workerCount &&
    current.employerSize === figures.employerSize &&
    current.totalRate === figures.totalRate &&
    current.employerRate === figures.employerRate &&
    current.privatePlanId === privatePlanId
  );
}

/**
 * Quarters with wages on file but no statement (wages loaded before statements were stored, or
 * by the demo seed): issue their first statements. Idempotent; the worker runs it daily.
 */
export async function issueMissingPremiumStatements(db: Database) {
  const missing = await db.$queryRaw<{ employerId: string; year: number; quarter: number }[]>`
    SELECT DISTINCT w."employerId"::text AS "employerId", w."year", w."quarter"
    FROM "WageRecord" w
    WHERE NOT EXISTS (
      SELECT 1 FROM "PremiumStatement" s
      WHERE s."employerId" = w."employerId" AND s."year" = w."year" AND s."quarter" = w."quarter")
    ORDER BY 1, 2, 3`;
  let issued = 0;
  for (const period of missing) {
    const run = async (tx: Prisma.TransactionClient) =>
      issuePremiumStatements(tx, { actor: null }, { ...period, reason: "BACKFILL", onlyQuarter: true });
    issued += (await db.$transaction(run)).length;
  }
  return issued;
}

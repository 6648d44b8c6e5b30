// What an employer owes for one quarter and program, from the wage records on file: the rules
// package's calculatePayrollPremium (calculatePremium per worker, summed) on the quarter's wages,
// with each worker's wages from the same employer earlier in the calendar year (the yearly cap),
// the employer's size (the small-employer rule) and the rates in force at the quarter's end. The
// employee share is what the employer may withhold from pay; the employer share is its own.
import { Prisma } from "@openleave/db";
import { calculatePayrollPremium, isRulesErrorResult, type PayrollPremiumResult } from "@openleave/rules";
import { quarterEndDate } from "../wages/reporting-quarter.ts";

type Db = Prisma.TransactionClient;

export interface QuarterPremiumFigures {
  workerCount: number;
  employerSize: number;
  totalWages: string;
  taxableWages: string;
  totalRate: string;
  employeeRate: string;
  employerRate: string;
  wageCap: string | null;
  employerShareRequired: boolean;
  employeeShare: string;
  employerShare: string;
  /** The rules' steps: the parameters used, each with its citation. */
  explanation: PayrollPremiumResult["explanation"];
}

export type QuarterPremiumOutcome =
  | { ok: true; figures: QuarterPremiumFigures }
  /** The rules cannot compute it (no premium rule for the program, rates not published yet). */
  | { ok: false; reason: string };

const money = (value: Prisma.Decimal) => value.toFixed(2);

export async function computeQuarterPremium(
  db: Db,
  employer: { id: string; jurisdiction: string; employeeCount: number },
  programCode: string,
  year: number,
  quarter: number,
): Promise<QuarterPremiumOutcome | null> {
  // numeric::text keeps the exact decimal; the year's earlier quarters feed the cap.
  const rows = await db.$queryRaw<{ personId: string; quarter: number; wages: string }[]>`
    SELECT "personId"::text AS "personId", "quarter", "wages"::text AS "wages" FROM "WageRecord"
    WHERE "employerId" = ${employer.id}::uuid AND "year" = ${year}::int AND "quarter" <= ${quarter}::int`;
  const earlier = new Map<string, Prisma.Decimal>();
  const current: { personId: string; wages: string }[] = [];
  for (const row of rows) {
    if (row.quarter === quarter) current.push(row);
    else earlier.set(row.personId, (earlier.get(row.personId) ?? new Prisma.Decimal(0)).plus(row.wages));
  }
  if (current.length === 0) return null;

  const premium = calculatePayrollPremium({
    jurisdiction: employer.jurisdiction,
    program: programCode,
    date: quarterEndDate(year, quarter),
    employerSize: employer.employeeCount,
    workers: current.map((row) => ({
      wages: row.wages,
      wagesYearToDate: money(earlier.get(row.personId) ?? new Prisma.Decimal(0)),
    })),
  });
  if (isRulesErrorResult(premium)) return { ok: false, reason: premium.error.message };
  return {
    ok: true,
    figures: {
      workerCount: premium.workerCount,
      employerSize: employer.employeeCount,
      totalWages: premium.totalWages,
      taxableWages: premium.taxableWages,
      totalRate: premium.totalRate,
      employeeRate: premium.employeeRate,
      employerRate: premium.employerRate,
      wageCap: premium.wageCap,
      employerShareRequired: premium.employerShareRequired,
      employeeShare: premium.employeeShare,
      employerShare: premium.employerShare,
      explanation: premium.explanation,
    },
  };
}

// What an employer owes for one quarter and program, from the wage records on file: for each
// worker, the rules package's calculatePremium on that quarter's wages (with the worker's wages
// from the same employer earlier in the calendar year, for the yearly cap; the employer's size,
// for the small-employer rule; the rates in force at the quarter's end), summed in decimal. The
// employee share is what the employer may withhold from pay; the employer share is its own.
import { Prisma } from "@openleave/db";
import { calculatePremium, isRulesErrorResult, type PremiumResult } from "@openleave/rules";
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
  /** The rules' steps for one worker's premium: the parameters used, each with its citation. */
  explanation: PremiumResult["explanation"];
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

  const date = quarterEndDate(year, quarter);
  // Workers with the same wages and year-to-date owe the same: compute each pair once.
  const memo = new Map<string, ReturnType<typeof calculatePremium>>();
  let totalWages = new Prisma.Decimal(0);
  let taxable = new Prisma.Decimal(0);
  let employeeShare = new Prisma.Decimal(0);
  let employerShare = new Prisma.Decimal(0);
  let first: PremiumResult | null = null;
  for (const row of current) {
    const yearToDate = money(earlier.get(row.personId) ?? new Prisma.Decimal(0));
    const wages = money(new Prisma.Decimal(row.wages));
    const key = `${wages}|${yearToDate}`;
    let premium = memo.get(key);
    if (!premium) {
      premium = calculatePremium({
        jurisdiction: employer.jurisdiction,
        program: programCode,
        date,
        wages,
        employerSize: employer.employeeCount,
        wagesYearToDate: yearToDate,
      });
      memo.set(key, premium);
    }
    if (isRulesErrorResult(premium)) return { ok: false, reason: premium.error.message };
    first ??= premium;
    totalWages = totalWages.plus(wages);
    taxable = taxable.plus(premium.taxableWages);
    employeeShare = employeeShare.plus(premium.employeeShare);
    employerShare = employerShare.plus(premium.employerShare);
  }
  return {
    ok: true,
    figures: {
      workerCount: current.length,
      employerSize: employer.employeeCount,
      totalWages: money(totalWages),
      taxableWages: money(taxable),
      totalRate: first!.totalRate,
      employeeRate: first!.employeeRate,
      employerRate: first!.employerRate,
      wageCap: first!.wageCap,
      employerShareRequired: first!.employerShareRequired,
      employeeShare: money(employeeShare),
      employerShare: money(employerShare),
      explanation: first!.explanation,
    },
  };
}

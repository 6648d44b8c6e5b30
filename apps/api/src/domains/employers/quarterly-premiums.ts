// What an employer owes per quarter, from the wage records its reports put on file: for each
// worker, the rules package's calculatePremium on that quarter's wages (with the year's earlier
// wages for the yearly cap, the employer's size for the small-employer rule, the rates in force
// at the quarter's end), summed in decimal. The employee share is what the employer may withhold
// from pay; the employer share is its own; both are remitted.
import { Prisma } from "@openleave/db";
import { calculatePremium, isRulesErrorResult } from "@openleave/rules";
import type { RequestContext } from "../../graphql/context.ts";
import { quarterEndDate } from "../wages/reporting-quarter.ts";

export interface QuarterPremium {
  programName: string;
  year: number;
  quarter: number;
  workerCount: number;
  employerSize: number;
  totalWages: string;
  taxableWages: string;
  employeeShare: string;
  employerShare: string;
  amountDue: string;
  employeeRate: string | null;
  employerRate: string | null;
  employerShareRequired: boolean | null;
  /** Why the rules could not compute this quarter (no premium rule, rates not known yet), else null. */
  unavailableReason: string | null;
}

const money = (value: Prisma.Decimal) => value.toFixed(2);

export async function quarterlyPremiums(ctx: RequestContext, employerId: string): Promise<QuarterPremium[]> {
  const employer = await ctx.db.employer.findUnique({
    where: { id: employerId },
    select: { jurisdiction: true, employeeCount: true },
  });
  if (!employer) return [];
  const programs = await ctx.db.program.findMany({
    where: { jurisdiction: employer.jurisdiction, active: true },
    select: { code: true, name: true },
    orderBy: { code: "asc" },
  });
  const records = await ctx.db.wageRecord.findMany({
    where: { employerId },
    select: { personId: true, year: true, quarter: true, wages: true },
    orderBy: [{ year: "asc" }, { quarter: "asc" }],
  });
  const quarters = new Map<string, typeof records>();
  for (const record of records) {
    const key = `${record.year}-${record.quarter}`;
    quarters.set(key, [...(quarters.get(key) ?? []), record]);
  }
  const results: QuarterPremium[] = [];
  for (const program of programs) {
    for (const rows of quarters.values()) {
      const { year, quarter } = rows[0]!;
      const employerSize = employer.employeeCount ?? rows.length;
      let totalWages = new Prisma.Decimal(0);
      let taxable = new Prisma.Decimal(0);
      let employeeShare = new Prisma.Decimal(0);
      let employerShare = new Prisma.Decimal(0);
      let rates: { employeeRate: string; employerRate: string; employerShareRequired: boolean } | null = null;
      let unavailableReason: string | null = null;
      for (const row of rows) {
        totalWages = totalWages.plus(row.wages);
        // Wages this worker earned from this employer earlier in the same calendar year (the cap).
        const yearToDate = records
          .filter((r) => r.personId === row.personId && r.year === year && r.quarter < quarter)
          .reduce((sum, r) => sum.plus(r.wages), new Prisma.Decimal(0));
        const premium = calculatePremium({
          jurisdiction: employer.jurisdiction,
          program: program.code,
          date: quarterEndDate(year, quarter),
          wages: money(new Prisma.Decimal(row.wages)),
          employerSize,
          wagesYearToDate: money(yearToDate),
        });
        if (isRulesErrorResult(premium)) {
          unavailableReason = premium.error.message;
          break;
        }
        taxable = taxable.plus(premium.taxableWages);
        employeeShare = employeeShare.plus(premium.employeeShare);
        employerShare = employerShare.plus(premium.employerShare);
        rates = {
          employeeRate: premium.employeeRate,
          employerRate: premium.employerRate,
          employerShareRequired: premium.employerShareRequired,
        };
      }
      const computed = unavailableReason === null;
      results.push({
        programName: program.name,
        year,
        quarter,
        workerCount: rows.length,
        employerSize,
        totalWages: money(totalWages),
        taxableWages: computed ? money(taxable) : "0.00",
        employeeShare: computed ? money(employeeShare) : "0.00",
        employerShare: computed ? money(employerShare) : "0.00",
        amountDue: computed ? money(employeeShare.plus(employerShare)) : "0.00",
        employeeRate: rates?.employeeRate ?? null,
        employerRate: rates?.employerRate ?? null,
        employerShareRequired: rates?.employerShareRequired ?? null,
        unavailableReason,
      });
    }
  }
  // Newest quarter first, as a statement history reads.
  return results.sort((a, b) => b.year - a.year || b.quarter - a.quarter || a.programName.localeCompare(b.programName));
}

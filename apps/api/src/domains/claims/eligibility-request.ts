// The one place the API turns what the database knows about a claim into the rules package's
// EvaluationRequest: wage records per employer (the rules add them per quarter, or measure one
// employer's wages where the program does), the weeks of pay the claimant stated, employment
// facts (the employer's response first, then the employment record, then the application),
// prior approved leave tagged with its employer, and the child's birth or placement date.
import { toDateOnly, type Prisma } from "@openleave/db";
import type {
  EmploymentFactsInput,
  EvaluationRequest,
  PolicyOverrides,
  PriorLeaveInput,
  WageQuarterInput,
} from "@openleave/rules";
import { InvalidInputError } from "../../errors/domain-errors.ts";
import { programToday } from "../programs/program-calendar.ts";

export type ClaimForEligibility = Prisma.ClaimGetPayload<{ include: { program: true; leavePeriods: true } }>;

const quarterLabel = (year: number, quarter: number) => `${year}-Q${quarter}`;
const hoursNumber = (value: Prisma.Decimal | null | undefined) => (value == null ? null : value.toNumber());
const dateOrNull = (value: Date | null | undefined) => (value == null ? null : toDateOnly(value));

/** The evaluation request for `claim` as the database stands now. */
export async function eligibilityRequestFor(
  tx: Prisma.TransactionClient,
  claim: ClaimForEligibility,
  now: Date,
  policy: PolicyOverrides,
): Promise<EvaluationRequest> {
  const leaveReason = claim.leaveReason;
  const leaveStartDate = claim.leavePeriods.map((p) => toDateOnly(p.startDate)).sort()[0];
  if (!leaveReason || leaveStartDate === undefined) {
    const issues = [];
    if (!leaveReason) issues.push({ path: ["leaveReason"], message: "Choose a reason for leave first." });
    if (leaveStartDate === undefined) issues.push({ path: ["leavePeriods"], message: "Enter your leave dates first." });
    throw new InvalidInputError(issues, "We need the reason and dates of leave to estimate your benefit.");
  }
  const jurisdiction = claim.program.jurisdiction;
  const [records, weeks, priorPeriods, employment, response, employer, lastReport] = await Promise.all([
    // Wages from every employer in the program's jurisdiction count, each tagged with its employer.
    tx.wageRecord.findMany({
      where: { personId: claim.claimantId, employer: { jurisdiction } },
      select: { year: true, quarter: true, wages: true, hours: true, employerId: true },
      orderBy: [{ year: "asc" }, { quarter: "asc" }],
    }),
    tx.claimWeeklyWage.findMany({ where: { claimId: claim.id }, orderBy: { weekEnding: "asc" } }),
    tx.leavePeriod.findMany({
      where: {
        decision: "APPROVED",
        claim: {
          id: { not: claim.id },
          claimantId: claim.claimantId,
          programId: claim.programId,
          status: { in: ["APPROVED", "PARTIALLY_APPROVED", "CLOSED"] },
        },
      },
      select: { startDate: true, endDate: true, claim: { select: { leaveReason: true, employerId: true } } },
    }),
    claim.employerId
      ? tx.employment.findFirst({
          where: { personId: claim.claimantId, employerId: claim.employerId },
          orderBy: { startDate: "desc" },
        })
      : null,
    claim.employerId
      ? tx.employerResponse.findFirst({
          where: { claimId: claim.id, employerId: claim.employerId, respondedAt: { not: null } },
        })
      : null,
    claim.employerId ? tx.employer.findUnique({ where: { id: claim.employerId } }) : null,
    // The last quarter the claimant's employer has reported wages for: later quarters are not
    // yet reported (data lag), which the rules treat as the agency does rather than as zero.
    claim.employerId
      ? tx.wageReport.findFirst({
          where: { employerId: claim.employerId },
          orderBy: [{ year: "desc" }, { quarter: "desc" }],
          select: { year: true, quarter: true },
        })
      : null,
  ]);

  const wageQuarters: WageQuarterInput[] = records.map((record) => ({
    quarter: quarterLabel(record.year, record.quarter),
    wages: record.wages.toFixed(2),
    hours: hoursNumber(record.hours),
    employer: record.employerId,
  }));

  const priorLeave: PriorLeaveInput[] = [];
  for (const period of priorPeriods) {
    if (!period.claim.leaveReason) continue;
    priorLeave.push({
      leaveReason: period.claim.leaveReason,
      startDate: toDateOnly(period.startDate),
      endDate: toDateOnly(period.endDate),
      employer: period.claim.employerId,
    });
  }

  // The employer's confirmed facts win over its employment record, which wins over what the
  // claimant wrote in the application.
  const employmentFacts: EmploymentFactsInput = {
    startDate:
      dateOrNull(response?.reportedStartDate) ??
      dateOrNull(employment?.startDate) ??
      dateOrNull(claim.employmentStartDate),
    endDate: dateOrNull(employment?.endDate) ?? dateOrNull(claim.employmentEndDate),
    regularHoursPerWeek:
      hoursNumber(response?.reportedHoursPerWeek) ??
      hoursNumber(employment?.hoursPerWeek) ??
      hoursNumber(claim.regularHoursPerWeek),
    hoursLast12Months: hoursNumber(claim.hoursLast12Months),
    daysWorked: claim.daysWorked,
    employerSize: employer?.employeeCount ?? null,
    percentWorkTimeInJurisdiction: hoursNumber(claim.percentWorkTimeInState),
  };
  const hasEmploymentFacts = Object.values(employmentFacts).some((value) => value !== null);

  const applicationDate = claim.applicationDate
    ? toDateOnly(claim.applicationDate)
    : programToday(jurisdiction, now, policy);

  return {
    id: claim.id,
    jurisdiction,
    program: claim.program.code,
    leaveReason,
    applicationDate,
    leaveStartDate,
    wageQuarters,
    weeklyWages:
      weeks.length > 0 ? weeks.map((w) => ({ weekEnding: toDateOnly(w.weekEnding), wages: w.wages.toFixed(2) })) : null,
    employment: hasEmploymentFacts ? employmentFacts : null,
    familyRelationship: claim.familyRelationship,
    priorLeave,
    birthOrPlacementDate: dateOrNull(claim.birthOrPlacementDate),
    leaveFromEmployer: claim.employerId,
    wagesReportedThrough: lastReport ? quarterLabel(lastReport.year, lastReport.quarter) : null,
  };
}

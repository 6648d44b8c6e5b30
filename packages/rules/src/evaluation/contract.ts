/**
 * The evaluation request as callers send it (JSON: decimal strings, YYYY-MM-DD dates), written
 * once as a zod schema so the API can build and check its requests against the same contract
 * the engine enforces. `EvaluationRequest` is the type callers build; the engine's own parser
 * (request.ts) checks the same shapes without zod on the hot path and answers with the stable
 * error codes of the CLI contract. test/contract.test.ts keeps the two in agreement.
 */
import { z } from "zod";
import { FAMILY_RELATIONSHIPS, LEAVE_REASONS } from "../core/vocabulary";

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const QUARTER_SHAPE = /^\d{4}-Q[1-4]$/;
const MONEY_SHAPE = /^\d{1,12}(\.\d{1,2})?$/;
const MAX_LIST_LENGTH = 200;

function isCalendarDate(value: string): boolean {
  if (!DATE_SHAPE.test(value) || value < "1970-01-01" || value > "2099-12-31") return false;
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

const calendarDate = z.string().refine(isCalendarDate, "a real calendar date YYYY-MM-DD from 1970 to 2099");
const amount = z.string().regex(MONEY_SHAPE, 'a decimal string with at most 2 decimals, e.g. "1234.56"');
const quarter = z
  .string()
  .regex(QUARTER_SHAPE, 'a quarter such as "2024-Q3"')
  .refine((q) => q >= "1970" && q < "2100", "a quarter from 1970 to 2099");
/** Hours with at most two decimals (the engine counts hundredths exactly). */
const hours = (max: number) =>
  z
    .number()
    .min(0)
    .max(max)
    .refine((h) => Math.abs(Math.round(h * 100) - h * 100) <= 1e-6, "at most two decimal places");
const count = (max: number) => z.number().int().min(0).max(max);
/** An employer's identifier as the caller knows it (the API sends its employer id). */
const employerTag = z.string().min(1).max(100);

export const wageQuarterSchema = z.object({
  quarter,
  wages: amount,
  hours: hours(2208).nullish(),
  /** The employer that paid these wages. Programs that measure wages per employer (MA) use it;
   * records without it count toward every employer. */
  employer: employerTag.nullish(),
  /** Earnings from self-employment rather than wages (WA presumes their hours from the state
   * minimum wage when `hours` is not given). */
  selfEmployment: z.boolean().nullish(),
});

export const selfEmploymentSchema = z.object({
  /** The date the program accepted the election of coverage (or the coverage date it set). */
  coverageStartDate: calendarDate,
  /** Quarters the self-employed person paid contributions for. */
  contributionQuarters: z.array(quarter).max(MAX_LIST_LENGTH).nullish(),
});

export const weeklyWageSchema = z.object({ weekEnding: calendarDate, wages: amount });

export const employmentFactsSchema = z.object({
  startDate: calendarDate.nullish(),
  regularHoursPerWeek: hours(168).nullish(),
  daysWorked: count(40000).nullish(),
  endDate: calendarDate.nullish(),
  hoursLast12Months: hours(8784).nullish(),
  employerSize: count(10_000_000).nullish(),
  percentWorkTimeInJurisdiction: hours(100).nullish(),
});

export const priorLeaveSchema = z
  .object({
    leaveReason: z.enum(LEAVE_REASONS),
    startDate: calendarDate,
    endDate: calendarDate,
    /** The employer the leave was taken from; see `leaveFromEmployer`. */
    employer: employerTag.nullish(),
  })
  .refine((leave) => leave.endDate >= leave.startDate, { message: "endDate is before startDate", path: ["endDate"] });

export const evaluationRequestSchema = z
  .object({
    id: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
    jurisdiction: z.string().regex(/^[A-Z]{2}$/, 'a USPS code such as "WA"'),
    program: z.string().regex(/^[A-Z]{2,6}$/, 'a program code such as "PFML"'),
    leaveReason: z.enum(LEAVE_REASONS),
    applicationDate: calendarDate,
    leaveStartDate: calendarDate,
    wageQuarters: z.array(wageQuarterSchema).max(MAX_LIST_LENGTH).nullish(),
    averageWeeklyWage: amount.nullish(),
    weeklyWages: z.array(weeklyWageSchema).max(MAX_LIST_LENGTH).nullish(),
    employment: employmentFactsSchema.nullish(),
    familyRelationship: z.enum(FAMILY_RELATIONSHIPS).nullish(),
    priorLeave: z.array(priorLeaveSchema).max(MAX_LIST_LENGTH).nullish(),
    birthOrPlacementDate: calendarDate.nullish(),
    /** The employer this leave is taken from (matches `wageQuarters[].employer`). */
    leaveFromEmployer: employerTag.nullish(),
    /** The last quarter employers have reported wages for when the request was built. A base
     * period quarter after it is not yet reported (data lag), not a quarter of zero wages. */
    wagesReportedThrough: quarter.nullish(),
    /** A self-employed claimant who elected coverage (see self-employment/coverage.ts). */
    selfEmployment: selfEmploymentSchema.nullish(),
  })
  .superRefine((request, ctx) => {
    const hasAww = request.averageWeeklyWage != null;
    const hasRecords = request.wageQuarters != null || request.weeklyWages != null;
    if (hasAww && hasRecords) {
      ctx.addIssue({
        code: "custom",
        path: ["averageWeeklyWage"],
        message: "give either averageWeeklyWage or wage records (wageQuarters, weeklyWages), not both",
      });
    }
    if (!hasAww && !hasRecords) {
      ctx.addIssue({
        code: "custom",
        path: ["wageQuarters"],
        message: "give wageQuarters (or weeklyWages) or an averageWeeklyWage",
      });
    }
  });

/** A request as callers build it (the JSON the CLI reads, one object per line). */
export type EvaluationRequest = z.input<typeof evaluationRequestSchema>;
export type WageQuarterInput = z.input<typeof wageQuarterSchema>;
export type WeeklyWageInput = z.input<typeof weeklyWageSchema>;
export type EmploymentFactsInput = z.input<typeof employmentFactsSchema>;
export type PriorLeaveInput = z.input<typeof priorLeaveSchema>;
export type SelfEmploymentInput = z.input<typeof selfEmploymentSchema>;

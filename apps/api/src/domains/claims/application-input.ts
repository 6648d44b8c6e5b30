// What a claimant may put in an application, and what a complete application needs before it
// can be submitted. Messages are written for the person filling in the form.
import { isDateOnly } from "@openleave/db";
import { FAMILY_RELATIONSHIPS, LEAVE_REASONS } from "@openleave/rules";
import { z } from "zod";

/** The longest single leave period we accept; no program pays more than 52 weeks. */
const MAX_PERIOD_DAYS = 52 * 7;

export const calendarDate = (label: string) =>
  z
    .string({ error: `Enter the ${label} as a date.` })
    .refine(isDateOnly, `Enter the ${label} as a real date, like 2026-03-14.`);

const hours = (label: string, max: number) =>
  z
    .string()
    .regex(/^\d{1,3}(\.\d{1,2})?$/, `Enter ${label} as a number, like 20 or 7.5.`)
    .refine(
      (value) => Number(value) > 0 && Number(value) <= max,
      `${label[0]!.toUpperCase()}${label.slice(1)} must be more than 0 and at most ${max}.`,
    );

export const LeavePeriodInput = z
  .object({
    kind: z.enum(["CONTINUOUS", "INTERMITTENT", "REDUCED_SCHEDULE"], { error: "Choose the kind of leave." }),
    startDate: calendarDate("first day of leave"),
    endDate: calendarDate("last day of leave"),
    hoursPerWeek: hours("hours of leave per week", 80).nullish(),
    episodesPerMonth: z
      .number()
      .int()
      .min(1, "Enter at least 1 episode a month.")
      .max(31, "Enter at most 31 episodes a month.")
      .nullish(),
    hoursPerEpisode: hours("hours per episode", 24).nullish(),
  })
  .superRefine((period, ctx) => {
    if (isDateOnly(period.startDate) && isDateOnly(period.endDate)) {
      if (period.endDate < period.startDate) {
        ctx.addIssue({
          code: "custom",
          path: ["endDate"],
          message: "The last day of leave must be on or after the first day.",
        });
      } else if ((Date.parse(period.endDate) - Date.parse(period.startDate)) / 86_400_000 + 1 > MAX_PERIOD_DAYS) {
        ctx.addIssue({ code: "custom", path: ["endDate"], message: "A leave period can be at most 52 weeks long." });
      }
    }
    if (period.kind === "REDUCED_SCHEDULE" && !period.hoursPerWeek) {
      ctx.addIssue({
        code: "custom",
        path: ["hoursPerWeek"],
        message: "Enter how many hours a week you will be on leave.",
      });
    }
    if (period.kind === "INTERMITTENT" && (!period.episodesPerMonth || !period.hoursPerEpisode)) {
      ctx.addIssue({
        code: "custom",
        path: ["episodesPerMonth"],
        message: "Enter how often you expect to need leave and for how long.",
      });
    }
  });

export type LeavePeriodInputValue = z.output<typeof LeavePeriodInput>;

/** The most weeks of pay an application carries (DE measures 52 weeks before the application). */
export const MAX_WEEKLY_WAGES = 60;

const amount = (label: string) =>
  z.string().regex(/^\d{1,9}(\.\d{1,2})?$/, `Enter ${label} in dollars and cents, like 1000 or 1000.50.`);

const decimalUpTo = (label: string, max: number) =>
  z
    .string()
    .regex(/^\d{1,4}(\.\d{1,2})?$/, `Enter ${label} as a number, like 40 or 37.5.`)
    .refine((value) => Number(value) <= max, `${label[0]!.toUpperCase()}${label.slice(1)} can be at most ${max}.`);

/** One week of gross pay, as the claimant states it (for programs that average recent weeks). */
export const WeeklyWageInput = z.object({
  weekEnding: calendarDate("last day of the pay week"),
  wages: amount("the week's gross pay"),
});

const name = (label: string) =>
  z.string().trim().min(1, `Enter the ${label}.`).max(100, `The ${label} can be at most 100 characters.`);

/** A save of partial progress: every field optional; what is sent is validated. */
export const ApplicationChanges = z.object({
  employerId: z.uuid("Choose an employer from the list.").nullish(),
  leaveReason: z.enum(LEAVE_REASONS, { error: "Choose a reason for leave." }).nullish(),
  familyRelationship: z.enum(FAMILY_RELATIONSHIPS, { error: "Choose how you are related." }).nullish(),
  familyMemberFirstName: name("family member's first name").nullish(),
  familyMemberLastName: name("family member's last name").nullish(),
  familyMemberDateOfBirth: calendarDate("family member's date of birth").nullish(),
  conditionDescription: z.string().trim().max(2000, "Keep the description under 2,000 characters.").nullish(),
  leavePeriods: z
    .array(LeavePeriodInput)
    .max(10, "Enter at most 10 leave periods; call us if you need more.")
    .nullish(),
  // Employment facts the program's eligibility tests use (see the rules' EmploymentFacts).
  employmentStartDate: calendarDate("first day with this employer").nullish(),
  employmentEndDate: calendarDate("last day with this employer").nullish(),
  regularHoursPerWeek: decimalUpTo("hours a week you usually work", 168).nullish(),
  hoursLast12Months: decimalUpTo("hours you worked in the last 12 months", 8784).nullish(),
  daysWorked: z
    .number({ error: "Enter the number of days you worked." })
    .int("Enter a whole number of days.")
    .min(0)
    .max(40000)
    .nullish(),
  percentWorkTimeInState: decimalUpTo("share of your work time in this state", 100).nullish(),
  birthOrPlacementDate: calendarDate("date of the birth or placement").nullish(),
  weeklyWages: z
    .array(WeeklyWageInput)
    .max(MAX_WEEKLY_WAGES, `Enter at most ${MAX_WEEKLY_WAGES} weeks of pay.`)
    .refine((weeks) => new Set(weeks.map((w) => w.weekEnding)).size === weeks.length, "Enter each pay week once.")
    .nullish(),
});

export type ApplicationChangesValue = z.output<typeof ApplicationChanges>;

export function periodsOverlap(periods: { startDate: string; endDate: string }[]): boolean {
  const sorted = [...periods].sort((a, b) => a.startDate.localeCompare(b.startDate));
  return sorted.some((period, i) => i > 0 && period.startDate <= sorted[i - 1]!.endDate);
}

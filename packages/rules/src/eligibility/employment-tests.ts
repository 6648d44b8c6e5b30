/**
 * Eligibility tests several programs share (FMLA, CT, DE, MD, DC): on the request's
 * `employment` facts (months with the employer, hours in the 12 months before the leave), a
 * leave reason whose coverage began on a date, and a narrower list of family members for some
 * reasons. Each test records an explanation step.
 *
 * Missing facts: with a given AWW (an estimate) the test is skipped with a note; with wage
 * records the answer is EMPLOYMENT_DATA_REQUIRED, because the claim cannot be decided without
 * them (the same rule NY PFL uses).
 */
import { addMonths } from "../core/calendar-date";
import { ErrorCode, RulesError } from "../core/errors";
import type { Citation, Parameter } from "../core/parameter";
import type { FamilyRelationship, LeaveReason } from "../core/vocabulary";
import type { ValidatedRequest } from "../evaluation/request";
import { type EligibilityTest, IneligibleCode, type TestOutcome, type WageMeasure } from "../programs/program";

const SKIPPED = new Map<string, TestOutcome>();

/** The outcome when a needed employment fact is absent (see the file comment). */
export function missingEmploymentFact(wages: WageMeasure, programName: string, field: string): TestOutcome {
  if (wages.source === "given") {
    // Built once per field: estimates without employment facts are a common, hot request.
    let skipped = SKIPPED.get(field);
    if (skipped === undefined) {
      skipped = {
        outcome: "skipped",
        why: `No employment.${field} was given with the estimated AWW, so this test was not run.`,
      };
      SKIPPED.set(field, skipped);
    }
    return skipped;
  }
  throw new RulesError(ErrorCode.EMPLOYMENT_DATA_REQUIRED, `${programName} eligibility needs employment.${field}`);
}

export interface MonthsWithEmployerSpec {
  readonly id: string;
  readonly what: string;
  readonly months: Parameter<number>;
  readonly programName: string;
  readonly cite: readonly Citation[];
  readonly note?: string;
}

/** Employed by the employer for at least N months before the leave starts (from employment.startDate). */
export function monthsWithEmployerTest(spec: MonthsWithEmployerSpec): EligibilityTest {
  return {
    id: spec.id,
    kind: "employment",
    what: spec.what,
    run({ request, wages }, ctx) {
      const start = request.employment?.startDate ?? null;
      if (start === null) return missingEmploymentFact(wages, spec.programName, "startDate");
      const months = ctx.param(spec.months);
      const reachedOn = addMonths(start, months.value);
      const passed = reachedOn <= request.leaveStartDate;
      ctx.step({
        step: `eligibility-${spec.id}`,
        what: spec.what,
        inputs: { employmentStartDate: start, leaveStartDate: request.leaveStartDate, monthsReachedOn: reachedOn },
        parameters: [months.use],
        result: passed,
        cite: spec.cite,
        ...(spec.note === undefined ? {} : { note: spec.note }),
      });
      return passed
        ? { outcome: "passed" }
        : {
            outcome: "failed",
            reason: {
              code: IneligibleCode.INSUFFICIENT_EMPLOYMENT,
              message: `Employed since ${start}: ${months.value} months with the employer are reached on ${reachedOn}`,
            },
          };
    },
  };
}

export interface HoursInLast12MonthsSpec {
  readonly id: string;
  readonly what: string;
  readonly hours: Parameter<number>;
  readonly programName: string;
  readonly cite: readonly Citation[];
  readonly note?: string;
}

/** At least N hours worked in the 12 months before the leave (from employment.hoursLast12Months). */
export function hoursInLast12MonthsTest(spec: HoursInLast12MonthsSpec): EligibilityTest {
  return {
    id: spec.id,
    kind: "employment",
    what: spec.what,
    run({ request, wages }, ctx) {
      const worked = request.employment?.hoursLast12Months ?? null;
      if (worked === null) return missingEmploymentFact(wages, spec.programName, "hoursLast12Months");
      const required = ctx.param(spec.hours);
      const passed = worked >= required.value;
      ctx.step({
        step: `eligibility-${spec.id}`,
        what: spec.what,
        inputs: { hoursLast12Months: worked, required: required.value },
        parameters: [required.use],
        result: passed,
        cite: spec.cite,
        ...(spec.note === undefined ? {} : { note: spec.note }),
      });
      return passed
        ? { outcome: "passed" }
        : {
            outcome: "failed",
            reason: {
              code: IneligibleCode.INSUFFICIENT_HOURS,
              message: `${worked} hours in the last 12 months are fewer than ${required.value}`,
            },
          };
    },
  };
}

/**
 * A reason the program lists but whose coverage is effective-dated (FMLA military leave from
 * 2008/2009; DC prenatal leave from 2021-10-01): the reason must be in force on the leave start
 * date, else LEAVE_REASON_NOT_COVERED.
 */
export function reasonInForceTest(
  reasons: Parameter<readonly LeaveReason[]>,
  programReasons: readonly LeaveReason[],
  programName: string,
  cite: readonly Citation[],
): EligibilityTest {
  return {
    id: "reason-in-force",
    kind: "leave",
    what: "The leave reason must be covered on the date the leave starts",
    run({ request }: { request: ValidatedRequest }, ctx) {
      // A reason the program never covers is already reported by the shared evaluator.
      if (!programReasons.includes(request.leaveReason)) return { outcome: "passed" };
      const inForce = ctx.paramAt(reasons, request.leaveStartDate);
      const covered = inForce.value.includes(request.leaveReason);
      ctx.step({
        step: "eligibility-reason-in-force",
        what: "The leave reason must be covered on the date the leave starts",
        inputs: { leaveReason: request.leaveReason, leaveStartDate: request.leaveStartDate },
        parameters: [inForce.use],
        result: covered,
        cite,
      });
      return covered
        ? { outcome: "passed" }
        : {
            outcome: "failed",
            reason: {
              code: IneligibleCode.LEAVE_REASON_NOT_COVERED,
              message: `${programName} did not cover ${request.leaveReason} leave starting ${request.leaveStartDate}`,
            },
          };
    },
  };
}

/**
 * Some reasons cover fewer family members than the program's list (CT and FMLA military
 * exigency: spouse, child or parent; FMLA family care: spouse, child or parent, while military
 * caregiver leave also covers the next of kin). Tested only when a relationship is given that the
 * program's own list covers (the shared evaluator reports the others).
 */
export function relationshipForReasonTest(
  id: string,
  reasons: readonly LeaveReason[],
  relationships: Parameter<readonly FamilyRelationship[]>,
  programRelationships: Parameter<readonly FamilyRelationship[]>,
  programName: string,
  cite: readonly Citation[],
): EligibilityTest {
  return {
    id,
    kind: "leave",
    what: "The family member's relationship must be one this leave reason covers",
    run({ request }, ctx) {
      const relationship = request.familyRelationship;
      if (relationship === null || !reasons.includes(request.leaveReason)) return { outcome: "passed" };
      // A relationship outside the program's list is already reported by the shared evaluator.
      if (!ctx.paramAt(programRelationships, request.leaveStartDate).value.includes(relationship))
        return { outcome: "passed" };
      const covered = ctx.paramAt(relationships, request.leaveStartDate);
      const ok = covered.value.includes(relationship);
      ctx.step({
        step: `eligibility-${id}`,
        what: "The family member's relationship must be one this leave reason covers",
        inputs: { leaveReason: request.leaveReason, familyRelationship: relationship },
        parameters: [covered.use],
        result: ok,
        cite,
      });
      return ok
        ? { outcome: "passed" }
        : {
            outcome: "failed",
            reason: {
              code: IneligibleCode.RELATIONSHIP_NOT_COVERED,
              message: `${programName} ${request.leaveReason} leave does not cover a family member related as ${relationship}`,
            },
          };
    },
  };
}

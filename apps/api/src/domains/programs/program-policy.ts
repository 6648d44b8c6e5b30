// A program's administration facts for the API's services (filing window, employer-response
// and appeal deadlines, decision and hearing times, denial reasons), read from the rules
// package's catalog with this deployment's program policy applied. No service keeps its own
// constant for any of these.
import { addDays } from "@openleave/db";
import {
  type PolicyDueDate,
  type PolicyOverrides,
  type ProgramRules,
  appealDue,
  employerResponseDue,
  isRulesErrorResult,
  programRules,
} from "@openleave/rules";

interface ProgramRef {
  jurisdiction: string;
  code: string;
}

/** The program's rules on `on`. Every program the API runs is in the catalog; one that is not
 * (a row added without rules) is a configuration error worth failing loudly on. */
export function rulesFor(program: ProgramRef, on: string, policy: PolicyOverrides): ProgramRules {
  const rules = programRules({ jurisdiction: program.jurisdiction, program: program.code, on, overrides: policy });
  if (isRulesErrorResult(rules)) throw new Error(`${program.jurisdiction} ${program.code}: ${rules.error.message}`);
  return rules;
}

function sourceLabel(due: PolicyDueDate): string {
  if (due.source.kind === "cited") return `Program rule: ${due.source.cite[0]?.title ?? "cited"}`;
  return `Deployment policy: ${due.period.amount} ${due.period.unit} (${due.source.note})`;
}

/** When the employer must respond to a claim noticed on `from`, and why that date. */
export function employerResponseDueDate(
  program: ProgramRef,
  from: string,
  policy: PolicyOverrides,
): { dueDate: string; basis: string } {
  const due = employerResponseDue({
    jurisdiction: program.jurisdiction,
    program: program.code,
    from,
    overrides: policy,
  });
  if (isRulesErrorResult(due)) throw new Error(`${program.jurisdiction} ${program.code}: ${due.error.message}`);
  return { dueDate: due.dueDate, basis: sourceLabel(due) };
}

/** The last day to appeal a determination made on `decidedOn`. */
export function appealDueDate(program: ProgramRef, decidedOn: string, policy: PolicyOverrides): string {
  const due = appealDue({
    jurisdiction: program.jurisdiction,
    program: program.code,
    from: decidedOn,
    overrides: policy,
  });
  if (isRulesErrorResult(due)) throw new Error(`${program.jurisdiction} ${program.code}: ${due.error.message}`);
  return due.dueDate;
}

/** The date staff are to decide a claim submitted `submittedOn`. */
export function decisionDueDate(program: ProgramRef, submittedOn: string, policy: PolicyOverrides): string {
  return addDays(submittedOn, rulesFor(program, submittedOn, policy).decisionDays.value);
}

/** The date an appeal filed `filedOn` is to be heard by. */
export function hearingDueDate(program: ProgramRef, filedOn: string, policy: PolicyOverrides): string {
  return addDays(filedOn, rulesFor(program, filedOn, policy).appealHearingDays.value);
}

/** The last day a claimant may ask to extend approved leave that ends `leaveEnd`. */
export function extensionRequestLastDay(program: ProgramRef, leaveEnd: string, policy: PolicyOverrides): string {
  return addDays(leaveEnd, rulesFor(program, leaveEnd, policy).extensionRequestDays.value);
}

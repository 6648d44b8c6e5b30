/**
 * The shared evaluator: validates the request, finds the program, runs its rule functions in
 * the fixed order (see programs/program.ts) and builds the result. Bad input and unknown
 * parameters come back as error results with stable codes; this function never throws.
 */
import { ErrorCode, RulesError, isRulesError } from "../core/errors";
import { type Money, formatMoney, formatStableMoney } from "../core/money";
import { RELATIONSHIP_REASONS } from "../core/vocabulary";
import { findProgram } from "../programs/index";
import { IneligibleCode, type IneligibleReason, type ProgramDefinition, type WageMeasure } from "../programs/program";
import { RuleContext } from "./context";
import {
  type ValidatedRequest,
  type JsonValue,
  parseEvaluationRequest,
  parseProgramIdentity,
  requestId,
} from "./request";
import type { PublishedFigures } from "../published-figures/published-figures";
import { checkSelfEmployedCoverage } from "../self-employment/coverage";
import type { BasePeriodResult, EvaluationErrorResult, EvaluationResult } from "./result";

export interface EvaluateOptions {
  /** Figures the deployment published and approved (see publishedFigures()); they replace the
   * packaged values for their dates, and the explanation names them as the source. */
  readonly publishedFigures?: PublishedFigures;
}

function errorResult(id: JsonValue, error: unknown): EvaluationErrorResult {
  if (isRulesError(error)) return { id, error: { code: error.code, message: error.message } };
  const detail = error instanceof Error ? error.message : String(error);
  return { id, error: { code: ErrorCode.INTERNAL_ERROR, message: `internal error: ${detail}` } };
}

/** Validates `body` and evaluates it. Never throws. */
export function evaluate(body: unknown, options: EvaluateOptions = {}): EvaluationResult | EvaluationErrorResult {
  const id = requestId(body);
  try {
    const identity = parseProgramIdentity(body);
    const program = findProgram(identity.jurisdiction, identity.program);
    const request = parseEvaluationRequest(body, identity);
    return runProgram(program, request, options.publishedFigures);
  } catch (error) {
    return errorResult(id, error);
  }
}

const GIVEN_AWW_WHAT =
  "Average weekly wage given in the request (an estimate or a staff override): wage-based eligibility tests are skipped";

function basePeriodResult(wages: WageMeasure): BasePeriodResult | null {
  const period = wages.basePeriod;
  if (period === null) return null;
  return {
    kind: period.role,
    rule: period.rule.label,
    quarters: period.labels,
    wages: formatMoney(period.totalWages),
    hours: period.totalHoursHundredths === null ? null : period.totalHoursHundredths / 100,
  };
}

function runProgram(
  program: ProgramDefinition,
  request: ValidatedRequest,
  published: PublishedFigures | undefined,
): EvaluationResult {
  const rules = program.benefit;
  if (request.leaveStartDate < program.firstBenefitDate) {
    throw new RulesError(
      ErrorCode.BENEFITS_NOT_YET_PAYABLE,
      `${program.name} pays benefits for leave starting on or after ${program.firstBenefitDate}; this leave starts ${request.leaveStartDate}`,
    );
  }
  const window = rules.leaveWindow(request);
  const dateChoice = rules.parameterDate(request, window);
  const ctx = new RuleContext(dateChoice.date, false, published?.size ? published : undefined);
  ctx.step({
    step: "parameter-date",
    what: "The date that selects the parameters in force for this claim",
    inputs: {
      applicationDate: request.applicationDate,
      leaveStartDate: request.leaveStartDate,
      windowStart: window.start,
    },
    result: dateChoice.date,
    cite: dateChoice.cite,
    note: dateChoice.rule,
  });

  const ineligible: IneligibleReason[] = [];
  const covered = program.coveredLeaveReasons.includes(request.leaveReason);
  if (!covered) {
    ineligible.push({
      code: IneligibleCode.LEAVE_REASON_NOT_COVERED,
      message: `${program.name} does not cover ${request.leaveReason} leave`,
    });
  }
  checkRelationship(program, request, ctx, ineligible);
  checkSelfEmployedCoverage(program, request, ctx, ineligible);

  let wages: WageMeasure;
  const given: Money | null = request.averageWeeklyWage;
  if (given !== null) {
    wages = { source: "given", basePeriod: null, averageWeeklyWage: given };
    ctx.step({
      step: "average-weekly-wage",
      what: GIVEN_AWW_WHAT,
      inputs: { averageWeeklyWage: given },
      result: given,
    });
  } else {
    wages = rules.measureWages(request, ctx);
  }
  const stateAverage = rules.stateAverageWeeklyWage(ctx);
  const benefit = rules.weeklyBenefit(wages, ctx);
  const weeklyBenefit = benefit.amount;

  for (const test of rules.eligibilityTests) {
    if (test.kind === "wages" && wages.source === "given") {
      ctx.step({
        step: `eligibility-${test.id}`,
        what: test.what,
        result: "skipped",
        note: "The AWW was given, so wage-based tests are skipped.",
      });
      continue;
    }
    const outcome = test.run({ request, wages, weeklyBenefit }, ctx);
    if (outcome.outcome === "failed") ineligible.push(outcome.reason);
    else if (outcome.outcome === "skipped")
      ctx.step({ step: `eligibility-${test.id}`, what: test.what, result: "skipped", note: outcome.why });
  }

  const entitlement = rules.entitlement(request, window, ctx, { wages, weeklyBenefit });
  if (covered && entitlement.remainingDays === 0) {
    ineligible.push({
      code: IneligibleCode.NO_WEEKS_REMAINING,
      message: "No weeks of leave remain for this reason in the current window",
    });
  }
  const waitingPeriodDays = covered ? rules.waitingPeriodDays(request, window, ctx) : 0;

  return {
    id: request.id,
    jurisdiction: program.jurisdiction,
    program: program.code,
    leaveReason: request.leaveReason,
    eligible: ineligible.length === 0,
    ineligibleReasons: ineligible,
    basePeriod: basePeriodResult(wages),
    averageWeeklyWage: formatMoney(wages.averageWeeklyWage),
    averageWeeklyWageSource: wages.source,
    stateAverageWeeklyWage: stateAverage === null ? null : formatStableMoney(stateAverage),
    weeklyBenefitAmount: formatMoney(weeklyBenefit),
    minimumWeeklyBenefit: benefit.minimum === null ? null : formatStableMoney(benefit.minimum),
    maximumWeeklyBenefit: benefit.maximum === null ? null : formatStableMoney(benefit.maximum),
    maxWeeks: covered ? entitlement.maxWeeks : 0,
    maxCombinedWeeks: entitlement.maxCombinedWeeks,
    remainingWeeks: entitlement.remainingWeeks,
    remainingDays: entitlement.remainingDays,
    waitingPeriodDays,
    parameterDate: { date: dateChoice.date, rule: dateChoice.rule },
    leaveWindow: { kind: window.kind, start: window.start, end: window.end },
    explanation: ctx.steps,
  };
}

function checkRelationship(
  program: ProgramDefinition,
  request: ValidatedRequest,
  ctx: RuleContext,
  ineligible: IneligibleReason[],
): void {
  if (!RELATIONSHIP_REASONS.has(request.leaveReason)) return;
  const relationship = request.familyRelationship;
  const covered = ctx.paramAt(program.familyRelationships, request.leaveStartDate);
  const ok = relationship === null || covered.value.includes(relationship);
  ctx.step({
    step: "family-relationship",
    what: "The family member's relationship must be one the program covers",
    inputs: { familyRelationship: relationship },
    parameters: [covered.use],
    result: relationship === null ? "not tested" : ok,
    ...(relationship === null ? { note: "No familyRelationship was given, so the relationship was not tested." } : {}),
  });
  if (!ok) {
    ineligible.push({
      code: IneligibleCode.RELATIONSHIP_NOT_COVERED,
      message: `${program.name} does not cover leave for a family member related as ${relationship}`,
    });
  }
}

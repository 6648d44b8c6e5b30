/**
 * @openleave/rules — the public entry point (the only one; import nothing else from the package).
 *
 * A pure, multi-jurisdiction paid-leave rules engine: eligibility, average weekly wage, weekly
 * benefit, entitlement, waiting period, premiums and deadlines, each with an explanation of the
 * steps, the parameters used (value, effective date, citation) and the rounding applied.
 * Money is decimal strings in and out; dates are YYYY-MM-DD calendar dates.
 */
export { evaluate } from "./evaluation/evaluate";
export { isErrorResult } from "./evaluation/result";
export type { BasePeriodResult, ErrorBody, EvaluationErrorResult, EvaluationResult } from "./evaluation/result";
export type { JsonValue } from "./evaluation/request";

export { listPrograms, programCatalog } from "./operations/catalog";
export type { CatalogEntry, ProgramSummary } from "./operations/catalog";
export { appealDeadline, employerResponseDeadline } from "./operations/deadlines";
export type { AppealDeadlineInput, DeadlineResult, EmployerResponseDeadlineInput } from "./operations/deadlines";
export { calculatePremium } from "./operations/premium";
export type { PremiumInput, PremiumResult } from "./operations/premium";
export { prorateWeeklyBenefit } from "./operations/proration";
export type { ProrationInput, ProrationResult } from "./operations/proration";
export { isRulesErrorResult } from "./operations/common";
export type { RulesErrorResult } from "./operations/common";
export { addBusinessDaysOn, holidaysOn } from "./operations/business-days";
export type { BusinessDaysInput, BusinessDaysResult, HolidaysInput } from "./operations/business-days";

export { ErrorCode } from "./core/errors";
export { IneligibleCode } from "./programs/program";
export type { IneligibleReason } from "./programs/program";
export type { ExplanationStep, ExplanationValue } from "./core/explanation";
export type { Citation, ParameterUse, SourceGrade } from "./core/parameter";
export { FAMILY_RELATIONSHIPS, LEAVE_REASONS, PROGRAM_CATALOG } from "./core/vocabulary";
export type { FamilyRelationship, LeaveReason } from "./core/vocabulary";

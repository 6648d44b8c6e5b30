/**
 * The evaluate request: validation of untrusted input into a typed request. Every problem is a
 * RulesError with a stable code; nothing here throws anything else for bad input.
 *
 * The contract callers build against is `EvaluationRequest` in contract.ts (a zod schema); this
 * parser checks the same shapes without zod, fast, with the CLI's stable error codes.
 * Contract fields: id, jurisdiction, program, leaveReason, applicationDate, leaveStartDate,
 * wageQuarters | averageWeeklyWage, familyRelationship?, priorLeave?.
 * Optional extensions (for programs that need them): weeklyWages (last weeks of pay, for
 * programs whose AWW is an average of recent weeks), employment (start date, regular weekly
 * hours, days worked, for employment-duration tests; end date, hours in the last 12 months,
 * employer size and share of work time in the jurisdiction, for CT, DE, MD, DC and FMLA) and
 * birthOrPlacementDate; selfEmployment (a self-employed claimant who elected coverage: when it
 * started and the quarters contributions were paid for) and wageQuarters[].selfEmployment
 * (earnings from self-employment, whose hours some programs presume from the earnings).
 */
import { type CalendarDate, parseCalendarDate } from "../core/calendar-date";
import { ErrorCode, RulesError } from "../core/errors";
import { type Money, money } from "../core/money";
import { type QuarterIndex, parseQuarter } from "../core/quarter";
import {
  type FamilyRelationship,
  type LeaveReason,
  isFamilyRelationship,
  isLeaveReason,
  LEAVE_REASONS,
} from "../core/vocabulary";
import type { WageRecord } from "../base-period/base-period";
import type { PriorLeave } from "../entitlement/entitlement-ledger";
import type { SelfEmploymentFacts } from "../self-employment/coverage";

export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export interface WeeklyWage {
  readonly weekEnding: CalendarDate;
  readonly wages: Money;
}

export interface EmploymentFacts {
  /** First day with the current (covered) employer. */
  readonly startDate: CalendarDate | null;
  /** Regular scheduled hours per week. */
  readonly regularHoursPerWeek: number | null;
  /** Days worked for the current employer (part-time tests). */
  readonly daysWorked: number | null;
  /** Last day with the covered employer when the employment has ended (CT: employed within the
   * previous 12 weeks); null while still employed. */
  readonly endDate: CalendarDate | null;
  /** Hours worked for the employer in the 12 months before the leave (FMLA and DE: 1,250;
   * MD: 680). */
  readonly hoursLast12Months: number | null;
  /** Employees the program counts for its employer-size test (FMLA: employed within 75 miles of
   * the worksite; DE: employed in Delaware during the previous 12 months). */
  readonly employerSize: number | null;
  /** Percent (0–100) of the employee's work time for the employer spent in the program's
   * jurisdiction during the 52 weeks before the leave (DC: more than 50). */
  readonly percentWorkTimeInJurisdiction: number | null;
}

export interface ValidatedRequest {
  readonly id: JsonValue;
  readonly jurisdiction: string;
  readonly program: string;
  readonly leaveReason: LeaveReason;
  readonly applicationDate: CalendarDate;
  readonly leaveStartDate: CalendarDate;
  readonly wageQuarters: readonly WageRecord[] | null;
  readonly averageWeeklyWage: Money | null;
  readonly weeklyWages: readonly WeeklyWage[] | null;
  readonly employment: EmploymentFacts | null;
  readonly familyRelationship: FamilyRelationship | null;
  readonly priorLeave: readonly PriorLeave[];
  readonly birthOrPlacementDate: CalendarDate | null;
  /** The employer this leave is taken from (programs that measure wages per employer: MA). */
  readonly leaveFromEmployer: string | null;
  /** The last quarter employers had reported when the request was built (data lag), or null. */
  readonly wagesReportedThrough: QuarterIndex | null;
  /** A self-employed claimant who elected coverage, or null for an employee's claim. */
  readonly selfEmployment: SelfEmploymentFacts | null;
}

// Compiled once. Any decimal number shape, then the stricter money shape.
const NUMBER_SHAPE = /^-?\d+(\.\d+)?$/;
const MONEY_SHAPE = /^\d{1,12}(\.\d{1,2})?$/;
const NEGATIVE_ZERO = /^-0+(\.0+)?$/;
const ID_SHAPE = /^[A-Z]{2}$/;
const PROGRAM_SHAPE = /^[A-Z]{2,6}$/;

/** Largest hours accepted per quarter: 92 days × 24 hours. */
const MAX_QUARTER_HOURS = 2208;
/** Largest hours accepted in 12 months: 366 days × 24 hours. */
const MAX_YEAR_HOURS = 8784;
/** Largest employer size accepted (a plausibility bound, not a rule). */
const MAX_EMPLOYER_SIZE = 10_000_000;
const MAX_LIST_LENGTH = 200;

export function parseAmount(value: unknown, field: string): Money {
  if (typeof value !== "string") {
    throw new RulesError(ErrorCode.INVALID_AMOUNT, `${field} must be a decimal string such as "1234.56"`, { field });
  }
  // The common case first: one check for a well-formed non-negative amount.
  if (MONEY_SHAPE.test(value)) return money(value);
  if (!NUMBER_SHAPE.test(value)) {
    throw new RulesError(ErrorCode.INVALID_AMOUNT, `${field} is not a number: "${value.slice(0, 40)}"`, { field });
  }
  if (value.startsWith("-") && !NEGATIVE_ZERO.test(value)) {
    throw new RulesError(ErrorCode.NEGATIVE_AMOUNT, `${field} must not be negative (got ${value.slice(0, 40)})`, {
      field,
    });
  }
  if (!MONEY_SHAPE.test(value.startsWith("-") ? value.slice(1) : value)) {
    throw new RulesError(
      ErrorCode.INVALID_AMOUNT,
      `${field} must have at most 12 digits before the point and 2 after (got ${value.slice(0, 40)})`,
      { field },
    );
  }
  return money(value.startsWith("-") ? value.slice(1) : value);
}

/** Hours as integer hundredths (exact sums). Accepts numbers with up to two decimals. */
function parseHours(value: unknown, field: string, max: number): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > max) {
    throw new RulesError(ErrorCode.INVALID_HOURS, `${field} must be a number from 0 to ${max}`, { field });
  }
  const hundredths = Math.round(value * 100);
  if (Math.abs(hundredths - value * 100) > 1e-6) {
    throw new RulesError(ErrorCode.INVALID_HOURS, `${field} may have at most two decimal places`, { field });
  }
  return hundredths;
}

function parseCount(value: unknown, field: string, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > max) {
    throw new RulesError(ErrorCode.INVALID_HOURS, `${field} must be a whole number from 0 to ${max}`, { field });
  }
  return value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function requireString(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== "string" || value.length === 0) {
    throw new RulesError(ErrorCode.INVALID_REQUEST, `${field} is required and must be a string`, { field });
  }
  return value;
}

function parseList(value: unknown, field: string): readonly unknown[] {
  if (!Array.isArray(value)) {
    throw new RulesError(ErrorCode.INVALID_REQUEST, `${field} must be an array`, { field });
  }
  if (value.length > MAX_LIST_LENGTH) {
    throw new RulesError(ErrorCode.INVALID_REQUEST, `${field} may have at most ${MAX_LIST_LENGTH} entries`, { field });
  }
  return value;
}

/**
 * Field names for list items ("wageQuarters[3].wages"), built once so that parsing a valid
 * request builds no strings (they appear only in error messages).
 */
function itemFieldNames<K extends string>(
  list: string,
  properties: readonly K[],
): readonly ({ readonly item: string } & Record<K, string>)[] {
  return Array.from({ length: MAX_LIST_LENGTH }, (_, i) => {
    const item = `${list}[${i}]`;
    const names: Record<string, string> = { item };
    for (const property of properties) names[property] = `${item}.${property}`;
    return names as { readonly item: string } & Record<K, string>;
  });
}

const QUARTER_FIELDS = itemFieldNames("wageQuarters", ["quarter", "wages", "hours", "employer", "selfEmployment"]);
const WEEK_FIELDS = itemFieldNames("weeklyWages", ["weekEnding", "wages"]);
const PRIOR_LEAVE_FIELDS = itemFieldNames("priorLeave", ["leaveReason", "startDate", "endDate", "employer"]);
const MAX_EMPLOYER_TAG_LENGTH = 100;

/** An employer's identifier as the caller knows it, or null when absent. */
function parseEmployerTag(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_EMPLOYER_TAG_LENGTH) {
    throw new RulesError(
      ErrorCode.INVALID_REQUEST,
      `${field} must be a non-empty string of at most ${MAX_EMPLOYER_TAG_LENGTH} characters`,
      { field },
    );
  }
  return value;
}

function parseWageQuarters(value: unknown): WageRecord[] {
  const list = parseList(value, "wageQuarters");
  const records: WageRecord[] = [];
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    const field = QUARTER_FIELDS[i] as (typeof QUARTER_FIELDS)[number];
    if (!isObject(item))
      throw new RulesError(ErrorCode.INVALID_REQUEST, `${field.item} must be an object`, { field: field.item });
    const quarter = parseQuarter(item.quarter, field.quarter);
    const wages = parseAmount(item.wages, field.wages);
    const hours =
      item.hours === undefined || item.hours === null ? null : parseHours(item.hours, field.hours, MAX_QUARTER_HOURS);
    const employer = parseEmployerTag(item.employer, field.employer);
    const selfEmployment = item.selfEmployment;
    if (selfEmployment !== undefined && selfEmployment !== null && typeof selfEmployment !== "boolean") {
      throw new RulesError(ErrorCode.INVALID_REQUEST, `${field.selfEmployment} must be true or false`, {
        field: field.selfEmployment,
      });
    }
    records.push(
      selfEmployment === true
        ? { quarter, wages, hoursHundredths: hours, employer, selfEmployment: true }
        : { quarter, wages, hoursHundredths: hours, employer },
    );
  }
  return records;
}

function parseWeeklyWages(value: unknown): WeeklyWage[] {
  const list = parseList(value, "weeklyWages");
  return list.map((item, i) => {
    const field = WEEK_FIELDS[i] as (typeof WEEK_FIELDS)[number];
    if (!isObject(item))
      throw new RulesError(ErrorCode.INVALID_REQUEST, `${field.item} must be an object`, { field: field.item });
    return {
      weekEnding: parseCalendarDate(item.weekEnding, field.weekEnding),
      wages: parseAmount(item.wages, field.wages),
    };
  });
}

function parseEmployment(value: unknown): EmploymentFacts {
  if (!isObject(value))
    throw new RulesError(ErrorCode.INVALID_REQUEST, "employment must be an object", { field: "employment" });
  return {
    startDate:
      value.startDate === undefined || value.startDate === null
        ? null
        : parseCalendarDate(value.startDate, "employment.startDate"),
    regularHoursPerWeek:
      value.regularHoursPerWeek === undefined || value.regularHoursPerWeek === null
        ? null
        : parseHours(value.regularHoursPerWeek, "employment.regularHoursPerWeek", 168) / 100,
    daysWorked:
      value.daysWorked === undefined || value.daysWorked === null
        ? null
        : parseCount(value.daysWorked, "employment.daysWorked", 40000),
    endDate:
      value.endDate === undefined || value.endDate === null
        ? null
        : parseCalendarDate(value.endDate, "employment.endDate"),
    hoursLast12Months:
      value.hoursLast12Months === undefined || value.hoursLast12Months === null
        ? null
        : parseHours(value.hoursLast12Months, "employment.hoursLast12Months", MAX_YEAR_HOURS) / 100,
    employerSize:
      value.employerSize === undefined || value.employerSize === null
        ? null
        : parseCount(value.employerSize, "employment.employerSize", MAX_EMPLOYER_SIZE),
    percentWorkTimeInJurisdiction:
      value.percentWorkTimeInJurisdiction === undefined || value.percentWorkTimeInJurisdiction === null
        ? null
        : parseHours(value.percentWorkTimeInJurisdiction, "employment.percentWorkTimeInJurisdiction", 100) / 100,
  };
}

function parseSelfEmployment(value: unknown): SelfEmploymentFacts {
  if (!isObject(value))
    throw new RulesError(ErrorCode.INVALID_REQUEST, "selfEmployment must be an object", { field: "selfEmployment" });
  const coverageStartDate = parseCalendarDate(value.coverageStartDate, "selfEmployment.coverageStartDate");
  const quarters =
    value.contributionQuarters === undefined || value.contributionQuarters === null
      ? []
      : parseList(value.contributionQuarters, "selfEmployment.contributionQuarters");
  return {
    coverageStartDate,
    contributionQuarters: quarters.map((q, i) => parseQuarter(q, `selfEmployment.contributionQuarters[${i}]`)),
  };
}

function parseReason(value: unknown, field: string): LeaveReason {
  if (!isLeaveReason(value)) {
    throw new RulesError(ErrorCode.INVALID_LEAVE_REASON, `${field} must be one of ${LEAVE_REASONS.join(", ")}`, {
      field,
    });
  }
  return value;
}

function parsePriorLeave(value: unknown): PriorLeave[] {
  const list = parseList(value, "priorLeave");
  return list.map((item, i) => {
    const field = PRIOR_LEAVE_FIELDS[i] as (typeof PRIOR_LEAVE_FIELDS)[number];
    if (!isObject(item))
      throw new RulesError(ErrorCode.INVALID_REQUEST, `${field.item} must be an object`, { field: field.item });
    const leaveReason = parseReason(item.leaveReason, field.leaveReason);
    const startDate = parseCalendarDate(item.startDate, field.startDate);
    const endDate = parseCalendarDate(item.endDate, field.endDate);
    if (endDate < startDate) {
      throw new RulesError(ErrorCode.INVALID_DATE_RANGE, `${field.endDate} is before its startDate`, {
        field: field.item,
      });
    }
    return { leaveReason, startDate, endDate, employer: parseEmployerTag(item.employer, field.employer) };
  });
}

/** The id to echo: the request's id if it is a JSON value, else null. */
export function requestId(body: unknown): JsonValue {
  if (!isObject(body)) return null;
  const id = body.id;
  if (id === undefined) return null;
  if (typeof id === "string" || typeof id === "number" || typeof id === "boolean" || id === null) return id;
  return null;
}

/** Identity fields only, so the program can be looked up before the rest is checked. */
export function parseProgramIdentity(body: unknown): { jurisdiction: string; program: string } {
  if (!isObject(body)) throw new RulesError(ErrorCode.INVALID_REQUEST, "the request must be a JSON object");
  const jurisdiction = requireString(body, "jurisdiction");
  const program = requireString(body, "program");
  if (!ID_SHAPE.test(jurisdiction)) {
    throw new RulesError(
      ErrorCode.UNKNOWN_PROGRAM,
      `jurisdiction must be a two-letter USPS code such as "WA" (got "${jurisdiction.slice(0, 20)}")`,
    );
  }
  if (!PROGRAM_SHAPE.test(program)) {
    throw new RulesError(
      ErrorCode.UNKNOWN_PROGRAM,
      `program must be a program code such as "PFML" (got "${program.slice(0, 20)}")`,
    );
  }
  return { jurisdiction, program };
}

/** `identity` may be passed when the caller already parsed it (to look the program up first). */
export function parseEvaluationRequest(
  body: unknown,
  identity: { readonly jurisdiction: string; readonly program: string } = parseProgramIdentity(body),
): ValidatedRequest {
  const { jurisdiction, program } = identity;
  const fields = body as Record<string, unknown>;
  const leaveReason = parseReason(fields.leaveReason, "leaveReason");
  const applicationDate = parseCalendarDate(fields.applicationDate, "applicationDate");
  const leaveStartDate = parseCalendarDate(fields.leaveStartDate, "leaveStartDate");

  const hasQuarters = fields.wageQuarters !== undefined && fields.wageQuarters !== null;
  const hasAww = fields.averageWeeklyWage !== undefined && fields.averageWeeklyWage !== null;
  const hasWeeks = fields.weeklyWages !== undefined && fields.weeklyWages !== null;
  if (hasAww && (hasQuarters || hasWeeks)) {
    throw new RulesError(
      ErrorCode.CONFLICTING_INPUT,
      "give either averageWeeklyWage (an estimate or override) or wage records (wageQuarters, weeklyWages), not both",
    );
  }
  if (!hasAww && !hasQuarters && !hasWeeks) {
    throw new RulesError(ErrorCode.WAGES_REQUIRED, "give wageQuarters (or weeklyWages) or an averageWeeklyWage");
  }
  const familyRelationship = fields.familyRelationship;
  if (familyRelationship !== undefined && familyRelationship !== null && !isFamilyRelationship(familyRelationship)) {
    throw new RulesError(
      ErrorCode.INVALID_RELATIONSHIP,
      `familyRelationship "${String(familyRelationship).slice(0, 40)}" is not a known relationship code`,
    );
  }
  return {
    id: requestId(body),
    jurisdiction,
    program,
    leaveReason,
    applicationDate,
    leaveStartDate,
    wageQuarters: hasQuarters ? parseWageQuarters(fields.wageQuarters) : null,
    averageWeeklyWage: hasAww ? parseAmount(fields.averageWeeklyWage, "averageWeeklyWage") : null,
    weeklyWages: hasWeeks ? parseWeeklyWages(fields.weeklyWages) : null,
    employment:
      fields.employment === undefined || fields.employment === null ? null : parseEmployment(fields.employment),
    familyRelationship: isFamilyRelationship(familyRelationship) ? familyRelationship : null,
    priorLeave: fields.priorLeave === undefined || fields.priorLeave === null ? [] : parsePriorLeave(fields.priorLeave),
    birthOrPlacementDate:
      fields.birthOrPlacementDate === undefined || fields.birthOrPlacementDate === null
        ? null
        : parseCalendarDate(fields.birthOrPlacementDate, "birthOrPlacementDate"),
    leaveFromEmployer: parseEmployerTag(fields.leaveFromEmployer, "leaveFromEmployer"),
    wagesReportedThrough:
      fields.wagesReportedThrough === undefined || fields.wagesReportedThrough === null
        ? null
        : parseQuarter(fields.wagesReportedThrough, "wagesReportedThrough"),
    selfEmployment:
      fields.selfEmployment === undefined || fields.selfEmployment === null
        ? null
        : parseSelfEmployment(fields.selfEmployment),
  };
}

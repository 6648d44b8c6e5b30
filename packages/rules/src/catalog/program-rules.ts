/**
 * Everything a program's administration needs to know, in one place, for the API, the portal
 * and the console (through GraphQL): identity and coverage, the agency's time zone, the filing
 * window, the employer-response and appeal periods, decision and hearing times, and denial
 * reasons. Each fact says whether it is cited or deployment policy; a deployment's
 * configuration (`PolicyOverrides`) replaces deployment-policy facts only — a cited fact is
 * changed by publishing a figure (see the package README), not by configuration.
 */
import { z } from "zod";
import { type CalendarDate, addDays, addMonths, parseCalendarDate } from "../core/calendar-date";
import type { ExplanationStep } from "../core/explanation";
import { type Parameter, resolveParameter } from "../core/parameter";
import { type RulesErrorResult, guarded } from "../core/rules-error-result";
import type { FamilyRelationship, LeaveReason } from "../core/vocabulary";
import type { DeadlinePeriod } from "../deadlines/business-days";
import { holidayCalendar } from "../deadlines/holiday-calendars";
import { DEADLINE_NOTE, DEADLINE_WHAT, dueDateAfter } from "../deadlines/program-deadlines";
import { PROGRAMS, programFor } from "../programs/index";
import type { ProgramDefinition } from "../programs/program";
import { parametersKnownThrough } from "./catalog";
import {
  APPEAL_HEARING_DAYS,
  DECISION_DAYS,
  DEFAULT_APPEAL_HEARING_DAYS,
  DEFAULT_DECISION_DAYS,
  DEFAULT_EXTENSION_REQUEST_DAYS,
} from "./decision-times";
import { DEFAULT_APPEAL_PERIOD, defaultEmployerResponsePeriod } from "./default-deadlines";
import { DENIAL_REASONS, type DenialReason } from "./denial-reasons";
import {
  DEFAULT_EARLIEST,
  DEFAULT_LATEST,
  FILING_WINDOWS,
  type FilingOffset,
  type FilingWindow,
} from "./filing-windows";
import type { PolicyFact } from "./policy-fact";
import { DEFAULT_APPEAL_REMINDER_DAYS, DEFAULT_INFO_REQUEST_REMINDER_DAYS } from "./reminders";
import { TIME_ZONES } from "./time-zones";

export interface ProgramRules {
  readonly jurisdiction: string;
  readonly program: string;
  readonly name: string;
  readonly agency: string;
  readonly firstBenefitDate: string;
  readonly coveredLeaveReasons: readonly LeaveReason[];
  /** Relationships covered on the date asked about. */
  readonly coveredFamilyRelationships: readonly FamilyRelationship[];
  /** Last date every dated figure is known for (null: no dated figures). */
  readonly parametersKnownThrough: string | null;
  readonly timeZone: PolicyFact<string>;
  readonly filingWindow: FilingWindow;
  readonly employerResponsePeriod: PolicyFact<DeadlinePeriod>;
  readonly appealPeriod: PolicyFact<DeadlinePeriod>;
  /** Calendar days from a complete application to the decision. */
  readonly decisionDays: PolicyFact<number>;
  /** Calendar days from an appeal's filing to its hearing. */
  readonly appealHearingDays: PolicyFact<number>;
  /** Calendar days after approved leave ends during which the claimant may ask to extend it. */
  readonly extensionRequestDays: PolicyFact<number>;
  /** Calendar days before a request for information is due that the claimant is reminded of it. */
  readonly infoRequestReminderDays: PolicyFact<number>;
  /** Calendar days before the appeal deadline of a denial or partial approval that the claimant is reminded. */
  readonly appealReminderDays: PolicyFact<number>;
  readonly denialReasons: PolicyFact<readonly DenialReason[]>;
}

// ───────────────────────────── configuration overrides ─────────────────────────────

const filingOffsetSchema = z.object({
  amount: z.number().int().min(-366).max(366),
  unit: z.enum(["calendar-days", "months"]),
});
const deadlinePeriodSchema = z.object({
  amount: z.number().int().min(0).max(400),
  unit: z.enum(["calendar-days", "business-days", "weeks"]),
  calendar: z.string().optional(),
});
export const programPolicyOverrideSchema = z
  .object({
    timeZone: z.string().min(1),
    earliestBeforeLeave: filingOffsetSchema.nullable(),
    latestAfterLeaveStart: filingOffsetSchema.nullable(),
    employerResponsePeriod: deadlinePeriodSchema,
    appealPeriod: deadlinePeriodSchema,
    decisionDays: z.number().int().min(1).max(365),
    appealHearingDays: z.number().int().min(1).max(365),
    extensionRequestDays: z.number().int().min(0).max(365),
    infoRequestReminderDays: z.number().int().min(0).max(60),
    appealReminderDays: z.number().int().min(0).max(60),
    denialReasons: z
      .array(
        z.object({
          code: z.string().regex(/^[A-Z][A-Z0-9_]{1,59}$/),
          label: z.string().min(1).max(200),
          ineligibleCodes: z.array(z.string()).default([]),
        }),
      )
      .min(1),
  })
  .partial();
/** Keyed by program ("WA-PFML"), or "*" for every program. A program's own entry wins. */
export const policyOverridesSchema = z.record(
  z.string().regex(/^(\*|[A-Z]{2}-[A-Z]{2,6})$/),
  programPolicyOverrideSchema,
);
export type ProgramPolicyOverride = z.output<typeof programPolicyOverrideSchema>;
export type PolicyOverrides = z.output<typeof policyOverridesSchema>;

function overridden<T>(packaged: PolicyFact<T>, value: T | undefined, what: string): PolicyFact<T> {
  if (value === undefined || packaged.source.kind === "cited") return packaged;
  return { value, source: { kind: "deployment-override", note: `Set by this deployment's configuration (${what}).` } };
}

/**
 * Problems with a deployment's overrides: an unknown program, or an attempt to override a fact
 * the program's sources state (cited). Empty when every override applies.
 */
export function checkPolicyOverrides(overrides: PolicyOverrides, on: string): string[] {
  const date = parseCalendarDate(on, "on");
  const problems: string[] = [];
  for (const [key, override] of Object.entries(overrides)) {
    // "*" applies to whatever each program leaves to policy; it cannot collide with a cited fact.
    if (key === "*") continue;
    const program = PROGRAMS.find((p) => `${p.jurisdiction}-${p.code}` === key);
    if (program === undefined) {
      problems.push(`${key}: no such program`);
      continue;
    }
    const packaged = rulesOf(program, date, {});
    const facts: Record<keyof ProgramPolicyOverride, PolicyFact<unknown>> = {
      timeZone: packaged.timeZone,
      earliestBeforeLeave: packaged.filingWindow.earliestBeforeLeave,
      latestAfterLeaveStart: packaged.filingWindow.latestAfterLeaveStart,
      employerResponsePeriod: packaged.employerResponsePeriod,
      appealPeriod: packaged.appealPeriod,
      decisionDays: packaged.decisionDays,
      appealHearingDays: packaged.appealHearingDays,
      extensionRequestDays: packaged.extensionRequestDays,
      infoRequestReminderDays: packaged.infoRequestReminderDays,
      appealReminderDays: packaged.appealReminderDays,
      denialReasons: packaged.denialReasons,
    };
    for (const field of Object.keys(override) as (keyof ProgramPolicyOverride)[]) {
      if (facts[field].source.kind === "cited") {
        problems.push(`${key}.${field}: the program's sources state this (cited); publish a figure instead`);
      }
    }
  }
  return problems;
}

// ───────────────────────────── the program's rules ─────────────────────────────

function periodFact(
  parameter: Parameter<DeadlinePeriod> | null,
  on: CalendarDate,
  fallback: PolicyFact<DeadlinePeriod>,
): PolicyFact<DeadlinePeriod> {
  if (parameter === null) return fallback;
  try {
    const resolved = resolveParameter(parameter, on);
    return {
      value: resolved.value,
      source: { kind: "cited", cite: resolved.use.cite, ...(resolved.use.note ? { note: resolved.use.note } : {}) },
    };
  } catch {
    return {
      value: fallback.value,
      source: {
        kind: "deployment-policy",
        note: `${parameter.label} is not known for ${on}; ${fallback.source.kind === "cited" ? "" : fallback.source.note}`,
      },
    };
  }
}

function rulesOf(program: ProgramDefinition, on: CalendarDate, overrides: PolicyOverrides): ProgramRules {
  const key = `${program.jurisdiction}-${program.code}`;
  const override: ProgramPolicyOverride = { ...overrides["*"], ...overrides[key] };
  const windows = FILING_WINDOWS[key] ?? {};
  const calendar = holidayCalendar(program.jurisdiction) === undefined ? "US" : program.jurisdiction;
  const timeZone = TIME_ZONES[program.jurisdiction];
  if (timeZone === undefined) throw new Error(`${key}: no time zone in catalog/time-zones.ts`);
  const relationships = program.familyRelationships;
  let covered: readonly FamilyRelationship[] = [];
  try {
    covered = resolveParameter(relationships, on < program.firstBenefitDate ? program.firstBenefitDate : on).value;
  } catch {
    covered = relationships.entries[relationships.entries.length - 1]?.value ?? [];
  }
  return {
    jurisdiction: program.jurisdiction,
    program: program.code,
    name: program.name,
    agency: program.agency,
    firstBenefitDate: program.firstBenefitDate,
    coveredLeaveReasons: program.coveredLeaveReasons,
    coveredFamilyRelationships: covered,
    parametersKnownThrough: parametersKnownThrough(program),
    timeZone: overridden(timeZone, override.timeZone, "timeZone"),
    filingWindow: {
      earliestBeforeLeave: overridden(
        windows.earliestBeforeLeave ?? DEFAULT_EARLIEST,
        override.earliestBeforeLeave,
        "earliestBeforeLeave",
      ),
      latestAfterLeaveStart: overridden(
        windows.latestAfterLeaveStart ?? DEFAULT_LATEST,
        override.latestAfterLeaveStart,
        "latestAfterLeaveStart",
      ),
    },
    employerResponsePeriod: overridden(
      periodFact(program.deadlines.employerResponse, on, defaultEmployerResponsePeriod(calendar)),
      override.employerResponsePeriod,
      "employerResponsePeriod",
    ),
    appealPeriod: overridden(
      periodFact(program.deadlines.appeal, on, DEFAULT_APPEAL_PERIOD),
      override.appealPeriod,
      "appealPeriod",
    ),
    decisionDays: overridden(DECISION_DAYS[key] ?? DEFAULT_DECISION_DAYS, override.decisionDays, "decisionDays"),
    appealHearingDays: overridden(
      APPEAL_HEARING_DAYS[key] ?? DEFAULT_APPEAL_HEARING_DAYS,
      override.appealHearingDays,
      "appealHearingDays",
    ),
    extensionRequestDays: overridden(
      DEFAULT_EXTENSION_REQUEST_DAYS,
      override.extensionRequestDays,
      "extensionRequestDays",
    ),
    infoRequestReminderDays: overridden(
      DEFAULT_INFO_REQUEST_REMINDER_DAYS,
      override.infoRequestReminderDays,
      "infoRequestReminderDays",
    ),
    appealReminderDays: overridden(DEFAULT_APPEAL_REMINDER_DAYS, override.appealReminderDays, "appealReminderDays"),
    denialReasons: overridden(
      DENIAL_REASONS,
      override.denialReasons as readonly DenialReason[] | undefined,
      "denialReasons",
    ),
  };
}

export interface ProgramRulesInput {
  readonly jurisdiction: string;
  readonly program: string;
  /** The date the dated facts (deadline periods, relationships) are read for. */
  readonly on: string;
  readonly overrides?: PolicyOverrides;
}

/** One program's rules on a date, with a deployment's overrides applied. Never throws. */
export function programRules(input: ProgramRulesInput): ProgramRules | RulesErrorResult {
  return guarded(() => rulesOf(programFor(input), parseCalendarDate(input.on, "on"), input.overrides ?? {}));
}

/** Every implemented program's rules on a date. */
export function allProgramRules(on: string, overrides: PolicyOverrides = {}): ProgramRules[] {
  const date = parseCalendarDate(on, "on");
  return PROGRAMS.map((program) => rulesOf(program, date, overrides));
}

// ───────────────────────────── answers built on the rules ─────────────────────────────

function offsetFrom(leaveStart: CalendarDate, offset: FilingOffset, sign: 1 | -1): CalendarDate {
  return offset.unit === "months"
    ? addMonths(leaveStart, sign * offset.amount)
    : addDays(leaveStart, sign * offset.amount);
}

export interface FilingWindowDates {
  /** First day an application is accepted (null: no limit). */
  readonly opensOn: string | null;
  /** Last day an application is on time (null: no limit); later needs a late-filing request. */
  readonly closesOn: string | null;
}

/** The filing window's dates for a leave starting `leaveStartDate`. */
export function filingWindowDates(rules: ProgramRules, leaveStartDate: string): FilingWindowDates {
  const start = parseCalendarDate(leaveStartDate, "leaveStartDate");
  const earliest = rules.filingWindow.earliestBeforeLeave.value;
  const latest = rules.filingWindow.latestAfterLeaveStart.value;
  return {
    opensOn: earliest === null ? null : offsetFrom(start, earliest, -1),
    closesOn: latest === null ? null : offsetFrom(start, latest, 1),
  };
}

export interface PolicyDueDate {
  readonly dueDate: string;
  readonly period: DeadlinePeriod;
  readonly source: PolicyFact<DeadlinePeriod>["source"];
  readonly explanation: readonly ExplanationStep[];
}

function dueOn(rules: ProgramRules, fact: PolicyFact<DeadlinePeriod>, from: string, step: string): PolicyDueDate {
  const start = parseCalendarDate(from, "from");
  let period = fact.value;
  if (period.unit === "business-days" && holidayCalendar(period.calendar ?? rules.jurisdiction) === undefined) {
    period = { ...period, calendar: "US" };
  }
  const { dueDate, holidaysSkipped } = dueDateAfter(period, rules.jurisdiction, start);
  return {
    dueDate,
    period,
    source: fact.source,
    explanation: [
      {
        step,
        what: DEADLINE_WHAT,
        inputs: {
          from: start,
          amount: period.amount,
          unit: period.unit,
          ...(holidaysSkipped.length > 0 ? { holidaysSkipped: holidaysSkipped.map((h) => `${h.date} ${h.name}`) } : {}),
        },
        result: dueDate,
        ...(fact.source.kind === "cited" ? { cite: fact.source.cite } : {}),
        note: fact.source.kind === "cited" ? DEADLINE_NOTE : `${fact.source.note} ${DEADLINE_NOTE}`,
      },
    ],
  };
}

export interface PolicyDeadlineInput {
  readonly jurisdiction: string;
  readonly program: string;
  /** The day the period starts from (the employer's notice; the decision's date). */
  readonly from: string;
  readonly overrides?: PolicyOverrides;
}

/** When the employer must respond: the program's period, or the deployment's default. */
export function employerResponseDue(input: PolicyDeadlineInput): PolicyDueDate | RulesErrorResult {
  return guarded(() => {
    const rules = rulesOf(programFor(input), parseCalendarDate(input.from, "from"), input.overrides ?? {});
    return dueOn(rules, rules.employerResponsePeriod, input.from, "employer-response-deadline");
  });
}

/** The last day to appeal a decision made `from`: the program's period, or the default. */
export function appealDue(input: PolicyDeadlineInput): PolicyDueDate | RulesErrorResult {
  return guarded(() => {
    const rules = rulesOf(programFor(input), parseCalendarDate(input.from, "from"), input.overrides ?? {});
    return dueOn(rules, rules.appealPeriod, input.from, "appeal-deadline");
  });
}

/**
 * The time zone of a jurisdiction's agency calendar (for "today" in places that know only the
 * jurisdiction): the catalog's zone, or the deployment's "*" override where the zone is policy.
 */
export function jurisdictionTimeZone(jurisdiction: string, overrides: PolicyOverrides = {}): string {
  const packaged = TIME_ZONES[jurisdiction];
  if (packaged === undefined) return overrides["*"]?.timeZone ?? "America/New_York";
  if (packaged.source.kind === "cited") return packaged.value;
  const ownOverride = Object.entries(overrides).find(([key, o]) => key.startsWith(`${jurisdiction}-`) && o.timeZone);
  return ownOverride?.[1].timeZone ?? overrides["*"]?.timeZone ?? packaged.value;
}

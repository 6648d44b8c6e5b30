/**
 * The benchmark's baseline: the same evaluation pipeline with JavaScript `number` arithmetic
 * instead of decimal.js, to show what exact decimals cost. Only the numeric type differs:
 *
 * - the same request validation (the same shape checks, date and quarter parsers; amounts are
 *   read with Number() instead of Decimal),
 * - the same parameter resolution (the engine's own `resolveParameter`, values converted to
 *   numbers once),
 * - the same base periods, AWW, tiers, rounding rules (Math.floor/ceil/round), caps,
 *   eligibility tests, leave window and entitlement ledger (the engine's integer-day blocks),
 *   waiting period, explanation steps and result strings.
 *
 * It covers the programs in the benchmark batch (WA PFML, MA PFML, CO FAMLI, NY PFL). It is not
 * part of the package and not correct money arithmetic: the benchmark also counts how often its
 * answers differ from the engine's.
 */
import { type EntitlementCaps, entitlementLedger } from "../src/entitlement/entitlement-ledger";
import { type LeaveWindow, forwardYear, rollingBack52Weeks } from "../src/leave-window/leave-window";
import { type CalendarDate, addDays, daysBetween, parseCalendarDate } from "../src/core/calendar-date";
import type { ExplanationValue } from "../src/core/explanation";
import type { Money } from "../src/core/money";
import { type Parameter, type ParameterUse, resolveParameter } from "../src/core/parameter";
import { lastCompletedQuarter, parseQuarter, quarterLabel } from "../src/core/quarter";
import { type LeaveReason, isFamilyRelationship, isLeaveReason } from "../src/core/vocabulary";
import { parseProgramIdentity } from "../src/evaluation/request";
import * as CO from "../src/programs/co-famli/parameters";
import * as MA from "../src/programs/ma-pfml/parameters";
import * as NY from "../src/programs/ny-pfl/parameters";
import * as WA from "../src/programs/wa-pfml/parameters";

const MONEY_SHAPE = /^\d{1,12}(\.\d{1,2})?$/;

type Rounder = (value: number) => number;
const downDollar: Rounder = (v) => Math.floor(v);
const upDollar: Rounder = (v) => Math.ceil(v);
const halfUpDollar: Rounder = (v) => Math.round(v);
const halfUpCent: Rounder = (v) => Math.round(v * 100) / 100;

const asNumber = new WeakMap<Money, number>();
function num(value: Money): number {
  let n = asNumber.get(value);
  if (n === undefined) {
    n = value.toNumber();
    asNumber.set(value, n);
  }
  return n;
}

function param<T extends ExplanationValue>(parameter: Parameter<T>, on: CalendarDate): { value: T; use: ParameterUse } {
  return resolveParameter(parameter, on);
}

interface Step {
  step: string;
  what: string;
  inputs?: Record<string, unknown>;
  parameters?: ParameterUse[];
  result: unknown;
}

interface Req {
  id: unknown;
  jurisdiction: string;
  program: string;
  leaveReason: LeaveReason;
  applicationDate: CalendarDate;
  leaveStartDate: CalendarDate;
  quarters: { quarter: number; wages: number; hours: number | null }[] | null;
  weeks: { weekEnding: CalendarDate; wages: number }[] | null;
  employment: { startDate: CalendarDate | null; hours: number | null; days: number | null } | null;
  relationship: string | null;
  priorLeave: { leaveReason: LeaveReason; startDate: CalendarDate; endDate: CalendarDate }[];
}

function amount(value: unknown): number {
  if (typeof value !== "string" || !MONEY_SHAPE.test(value)) throw new Error("INVALID_AMOUNT");
  return Number(value);
}

function parse(body: Record<string, unknown>): Req {
  const { jurisdiction, program } = parseProgramIdentity(body);
  if (!isLeaveReason(body.leaveReason)) throw new Error("INVALID_LEAVE_REASON");
  const quarters = Array.isArray(body.wageQuarters)
    ? (body.wageQuarters as Record<string, unknown>[]).map((q, i) => ({
        quarter: parseQuarter(q.quarter, `wageQuarters[${i}].quarter`),
        wages: amount(q.wages),
        hours: typeof q.hours === "number" ? Math.round(q.hours * 100) : null,
      }))
    : null;
  const weeks = Array.isArray(body.weeklyWages)
    ? (body.weeklyWages as Record<string, unknown>[]).map((w, i) => ({
        weekEnding: parseCalendarDate(w.weekEnding, `weeklyWages[${i}]`),
        wages: amount(w.wages),
      }))
    : null;
  const e = body.employment as Record<string, unknown> | undefined;
  const prior = Array.isArray(body.priorLeave) ? (body.priorLeave as Record<string, unknown>[]) : [];
  return {
    id: body.id ?? null,
    jurisdiction,
    program,
    leaveReason: body.leaveReason,
    applicationDate: parseCalendarDate(body.applicationDate, "applicationDate"),
    leaveStartDate: parseCalendarDate(body.leaveStartDate, "leaveStartDate"),
    quarters,
    weeks,
    employment:
      e === undefined
        ? null
        : {
            startDate: e.startDate === undefined ? null : parseCalendarDate(e.startDate, "startDate"),
            hours: (e.regularHoursPerWeek as number | undefined) ?? null,
            days: (e.daysWorked as number | undefined) ?? null,
          },
    relationship: isFamilyRelationship(body.familyRelationship) ? body.familyRelationship : null,
    priorLeave: prior.map((l, i) => {
      if (!isLeaveReason(l.leaveReason)) throw new Error("INVALID_LEAVE_REASON");
      return {
        leaveReason: l.leaveReason,
        startDate: parseCalendarDate(l.startDate, `priorLeave[${i}]`),
        endDate: parseCalendarDate(l.endDate, `priorLeave[${i}]`),
      };
    }),
  };
}

interface Period {
  labels: string[];
  wages: number[];
  total: number;
  hours: number;
  withWages: number;
  role: "standard" | "alternative";
}

function period(req: Req, skip: number, role: Period["role"]): Period {
  const last = lastCompletedQuarter(req.applicationDate) - skip;
  const labels: string[] = [];
  const wages: number[] = [];
  let total = 0;
  let hours = 0;
  let withWages = 0;
  for (let q = last - 3; q <= last; q++) {
    let w = 0;
    for (const r of req.quarters ?? []) {
      if (r.quarter !== q) continue;
      w += r.wages;
      hours += r.hours ?? 0;
    }
    labels.push(quarterLabel(q));
    wages.push(w);
    total += w;
    if (w !== 0) withWages++;
  }
  return { labels, wages, total, hours: hours / 100, withWages, role };
}

function topAverage(p: Period, count: number): number {
  const pool = p.wages.slice();
  let sum = 0;
  for (let k = 0; k < count; k++) {
    let best = 0;
    for (let i = 1; i < pool.length; i++) if ((pool[i] ?? 0) > (pool[best] ?? 0)) best = i;
    sum += pool[best] ?? 0;
    pool.splice(best, 1);
  }
  return sum / (13 * count);
}

function tiers(aww: number, breakpoint: number, lower: number, upper: number): { amount: number; portions: unknown[] } {
  const low = Math.min(aww, breakpoint);
  const high = Math.max(0, aww - breakpoint);
  const portions = [{ upTo: breakpoint, rate: lower, portion: low, amount: low * lower }];
  if (high > 0) portions.push({ upTo: Number.NaN, rate: upper, portion: high, amount: high * upper });
  return { amount: low * lower + high * upper, portions };
}

interface Outcome {
  period: Period | null;
  aww: number;
  saww: number;
  wba: number;
  min: number | null;
  max: number;
  ineligible: string[];
  window: LeaveWindow;
  caps: EntitlementCaps;
  waiting: number;
  paramDate: CalendarDate;
}

function wa(req: Req, steps: Step[]): Outcome {
  const on = req.applicationDate;
  const window = forwardYear(
    on,
    req.priorLeave.map((l) => l.startDate),
    { length: "weeks-52", startOnSunday: true, label: "claim year" },
  );
  const required = param(WA.qualifyingHours, on).value;
  let p = period(req, 1, "standard");
  steps.push({
    step: "base-period",
    what: "base period",
    inputs: { anchorDate: on },
    result: { quarters: p.labels, wages: p.wages, totalWages: p.total },
  });
  if (p.hours < required) {
    const alt = period(req, 0, "alternative");
    steps.push({
      step: "alternative-base-period",
      what: "alternative",
      result: { quarters: alt.labels, wages: alt.wages },
    });
    if (alt.hours >= required) p = alt;
  }
  const q = param(WA.averageWeeklyWageQuarters, on);
  const raw = topAverage(p, q.value);
  const aww = downDollar(raw);
  steps.push({ step: "average-weekly-wage", what: "aww", parameters: [q.use], inputs: { before: raw }, result: aww });
  const saww = param(WA.stateAverageWeeklyWage, on);
  const share = param(WA.tierBreakpointShare, on);
  const lower = param(WA.lowerTierRate, on);
  const upper = param(WA.upperTierRate, on);
  const floor = param(WA.minimumWeeklyBenefit, on);
  const max = param(WA.maximumWeeklyBenefit, on);
  const tiered = tiers(aww, num(saww.value) * num(share.value), num(lower.value), num(upper.value));
  const min = Math.min(num(floor.value), aww);
  const wba = Math.max(min, Math.min(num(max.value), downDollar(tiered.amount)));
  steps.push({
    step: "weekly-benefit-amount",
    what: "wba",
    parameters: [saww.use, share.use, lower.use, upper.use, floor.use, max.use],
    inputs: { tiers: tiered.portions },
    result: wba,
  });
  const ineligible: string[] = [];
  steps.push({
    step: "eligibility-hours",
    what: "hours",
    inputs: { actual: p.hours, required },
    result: p.hours >= required,
  });
  if (p.hours < required) ineligible.push("INSUFFICIENT_HOURS");
  const caps: EntitlementCaps = {
    buckets: [
      { id: "medical", reasons: ["OWN_HEALTH", "PREGNANCY"], weeks: param(WA.medicalLeaveWeeks, on).value },
      {
        id: "family",
        reasons: ["BONDING", "FAMILY_CARE", "MILITARY_EXIGENCY"],
        weeks: param(WA.familyLeaveWeeks, on).value,
      },
    ],
    combinedWeeks: param(WA.combinedLeaveWeeks, on).value,
    pregnancyExtensionWeeks: param(WA.pregnancyExtensionWeeks, on).value,
  };
  const waiting =
    req.leaveReason === "BONDING" || req.leaveReason === "MILITARY_EXIGENCY"
      ? 0
      : param(WA.waitingPeriodDays, on).value;
  return {
    period: p,
    aww,
    saww: num(saww.value),
    wba,
    min,
    max: num(max.value),
    ineligible,
    window,
    caps,
    waiting,
    paramDate: on,
  };
}

function ma(req: Req, steps: Step[]): Outcome {
  const window = forwardYear(
    req.leaveStartDate,
    req.priorLeave.map((l) => l.startDate),
    { length: "weeks-52", startOnSunday: true, label: "benefit year" },
  );
  const on = window.start;
  const p = period(req, 0, "standard");
  steps.push({
    step: "base-period",
    what: "base period",
    inputs: { anchorDate: req.applicationDate },
    result: { quarters: p.labels, wages: p.wages, totalWages: p.total },
  });
  const usual = param(MA.averageWeeklyWageQuarters, on);
  const few = param(MA.fewQuartersRule, on);
  const count = p.withWages <= few.value.quartersWithWagesAtMost ? few.value.quartersUsed : usual.value;
  const raw = topAverage(p, count);
  const aww = upDollar(raw);
  steps.push({
    step: "average-weekly-wage",
    what: "aww",
    parameters: [usual.use, few.use],
    inputs: { before: raw },
    result: aww,
  });
  const saww = param(MA.stateAverageWeeklyWage, on);
  const share = param(MA.tierBreakpointShare, on);
  const lower = param(MA.lowerTierRate, on);
  const upper = param(MA.upperTierRate, on);
  const max = param(MA.maximumWeeklyBenefit, on);
  const tiered = tiers(aww, num(saww.value) * num(share.value), num(lower.value), num(upper.value));
  const wba = Math.min(num(max.value), halfUpCent(tiered.amount));
  steps.push({
    step: "weekly-benefit-amount",
    what: "wba",
    parameters: [saww.use, share.use, lower.use, upper.use, max.use],
    inputs: { tiers: tiered.portions },
    result: wba,
  });
  const ineligible: string[] = [];
  const minimum = param(MA.minimumBasePeriodEarnings, on);
  const multiple = param(MA.benefitMultiple, on);
  steps.push({
    step: "eligibility-minimum-earnings",
    what: "minimum",
    parameters: [minimum.use],
    inputs: { actual: p.total },
    result: p.total >= num(minimum.value),
  });
  if (p.total < num(minimum.value)) ineligible.push("INSUFFICIENT_WAGES");
  const required = wba * num(multiple.value);
  steps.push({
    step: "eligibility-benefit-multiple",
    what: "30x",
    parameters: [multiple.use],
    inputs: { actual: p.total, required },
    result: p.total >= required,
  });
  if (p.total < required) ineligible.push("WAGES_BELOW_BENEFIT_MULTIPLE");
  const caps: EntitlementCaps = {
    buckets: [
      { id: "medical", reasons: ["OWN_HEALTH", "PREGNANCY"], weeks: param(MA.medicalLeaveWeeks, on).value },
      {
        id: "family",
        reasons: ["BONDING", "FAMILY_CARE", "MILITARY_EXIGENCY"],
        weeks: param(MA.familyLeaveWeeks, on).value,
      },
      { id: "servicemember-care", reasons: ["MILITARY_CAREGIVER"], weeks: param(MA.servicememberCareWeeks, on).value },
    ],
    combinedWeeks: param(MA.combinedLeaveWeeks, on).value,
  };
  return {
    period: p,
    aww,
    saww: num(saww.value),
    wba,
    min: null,
    max: num(max.value),
    ineligible,
    window,
    caps,
    waiting: param(MA.waitingPeriodDays, on).value,
    paramDate: on,
  };
}

function co(req: Req, steps: Step[]): Outcome {
  const on = req.leaveStartDate;
  const window = forwardYear(
    on,
    req.priorLeave.map((l) => l.startDate),
    { length: "months-12", startOnSunday: false, label: "application year" },
  );
  const minimum = param(CO.minimumBasePeriodWages, on);
  let p = period(req, 1, "standard");
  steps.push({
    step: "base-period",
    what: "base period",
    inputs: { anchorDate: req.applicationDate },
    result: { quarters: p.labels, wages: p.wages, totalWages: p.total },
  });
  if (p.total < num(minimum.value)) {
    const alt = period(req, 0, "alternative");
    steps.push({
      step: "alternative-base-period",
      what: "alternative",
      result: { quarters: alt.labels, wages: alt.wages },
    });
    if (alt.total >= num(minimum.value)) p = alt;
  }
  const q = param(CO.averageWeeklyWageQuarters, on);
  const raw = topAverage(p, q.value);
  const aww = halfUpCent(raw);
  steps.push({ step: "average-weekly-wage", what: "aww", parameters: [q.use], inputs: { before: raw }, result: aww });
  const saww = param(CO.stateAverageWeeklyWage, on);
  const share = param(CO.tierBreakpointShare, on);
  const lower = param(CO.lowerTierRate, on);
  const upper = param(CO.upperTierRate, on);
  const max = param(CO.maximumWeeklyBenefit, on);
  const tiered = tiers(aww, num(saww.value) * num(share.value), num(lower.value), num(upper.value));
  const wba = Math.min(num(max.value), halfUpDollar(tiered.amount));
  steps.push({
    step: "weekly-benefit-amount",
    what: "wba",
    parameters: [saww.use, share.use, lower.use, upper.use, max.use],
    inputs: { tiers: tiered.portions },
    result: wba,
  });
  const ineligible: string[] = [];
  steps.push({
    step: "eligibility-base-period-wages",
    what: "2500",
    parameters: [minimum.use],
    inputs: { actual: p.total },
    result: p.total >= num(minimum.value),
  });
  if (p.total < num(minimum.value)) ineligible.push("INSUFFICIENT_WAGES");
  const weeks = param(CO.leaveWeeks, on).value;
  const caps: EntitlementCaps = {
    buckets: [
      {
        id: "all",
        reasons: ["OWN_HEALTH", "PREGNANCY", "BONDING", "FAMILY_CARE", "MILITARY_EXIGENCY", "SAFE_LEAVE"],
        weeks,
      },
    ],
    combinedWeeks: weeks,
    pregnancyExtensionWeeks: param(CO.pregnancyExtensionWeeks, on).value,
  };
  return {
    period: p,
    aww,
    saww: num(saww.value),
    wba,
    min: null,
    max: num(max.value),
    ineligible,
    window,
    caps,
    waiting: param(CO.waitingPeriodDays, on).value,
    paramDate: on,
  };
}

function ny(req: Req, steps: Step[]): Outcome {
  const on = req.leaveStartDate;
  const window = rollingBack52Weeks(on, "52 weeks");
  const count = param(NY.averageWeeklyWageWeeks, on);
  const used = (req.weeks ?? [])
    .filter((w) => w.weekEnding < on)
    .sort((a, b) => (a.weekEnding < b.weekEnding ? 1 : -1))
    .slice(0, count.value);
  let sum = 0;
  for (const w of used) sum += w.wages;
  const aww = halfUpCent(sum / used.length);
  steps.push({
    step: "average-weekly-wage",
    what: "aww",
    parameters: [count.use],
    inputs: { weeksUsed: used.map((w) => w.weekEnding) },
    result: aww,
  });
  const rate = param(NY.replacementRate, on);
  const max = param(NY.maximumWeeklyBenefit, on);
  const saww = param(NY.stateAverageWeeklyWage, on);
  const wba = Math.min(num(max.value), halfUpCent(aww * num(rate.value)));
  steps.push({ step: "weekly-benefit-amount", what: "wba", parameters: [rate.use, max.use, saww.use], result: wba });
  const ineligible: string[] = [];
  const fullTime = param(NY.fullTimeHoursPerWeek, on);
  const weeks = param(NY.fullTimeEmploymentWeeks, on);
  const days = param(NY.partTimeDaysWorked, on);
  const e = req.employment;
  const passed =
    e !== null &&
    e.hours !== null &&
    (e.hours >= fullTime.value
      ? e.startDate !== null && daysBetween(e.startDate, on) >= weeks.value * 7
      : (e.days ?? 0) >= days.value);
  steps.push({
    step: "eligibility-employment",
    what: "employment",
    parameters: [fullTime.use, weeks.use, days.use],
    result: passed,
  });
  if (!passed) ineligible.push("INSUFFICIENT_EMPLOYMENT");
  const caps: EntitlementCaps = {
    buckets: [
      {
        id: "family",
        reasons: ["BONDING", "FAMILY_CARE", "MILITARY_EXIGENCY"],
        weeks: param(NY.familyLeaveWeeks, on).value,
      },
    ],
    combinedWeeks: param(NY.combinedWithDisabilityWeeks, on).value,
    combinedOnlyReasons: ["OWN_HEALTH", "PREGNANCY"],
  };
  return {
    period: null,
    aww,
    saww: num(saww.value),
    wba,
    min: null,
    max: num(max.value),
    ineligible,
    window,
    caps,
    waiting: param(NY.waitingPeriodDays, on).value,
    paramDate: addDays(on, 0),
  };
}

const PROGRAMS: Record<string, (req: Req, steps: Step[]) => Outcome> = {
  "WA-PFML": wa,
  "MA-PFML": ma,
  "CO-FAMLI": co,
  "NY-PFL": ny,
};

export function evaluateWithNumbers(body: Record<string, unknown>): Record<string, unknown> {
  try {
    const req = parse(body);
    const run = PROGRAMS[`${req.jurisdiction}-${req.program}`];
    if (run === undefined) throw new Error("PROGRAM_NOT_SUPPORTED");
    const steps: Step[] = [
      {
        step: "parameter-date",
        what: "date",
        inputs: { applicationDate: req.applicationDate, leaveStartDate: req.leaveStartDate },
        result: req.leaveStartDate,
      },
    ];
    const o = run(req, steps);
    const entitlement = entitlementLedger(req.leaveReason, req.priorLeave, o.window, o.caps);
    steps.push({
      step: "entitlement",
      what: "weeks",
      inputs: { windowStart: o.window.start },
      result: { remainingWeeks: entitlement.remainingWeeks },
    });
    steps.push({ step: "waiting-period", what: "waiting", result: o.waiting });
    return {
      id: req.id,
      jurisdiction: req.jurisdiction,
      program: req.program,
      leaveReason: req.leaveReason,
      eligible: o.ineligible.length === 0 && entitlement.remainingDays > 0,
      ineligibleReasons: o.ineligible.map((code) => ({ code, message: code })),
      basePeriod:
        o.period === null
          ? null
          : { kind: o.period.role, quarters: o.period.labels, wages: o.period.total.toFixed(2), hours: o.period.hours },
      averageWeeklyWage: o.aww.toFixed(2),
      stateAverageWeeklyWage: o.saww.toFixed(2),
      weeklyBenefitAmount: o.wba.toFixed(2),
      minimumWeeklyBenefit: o.min === null ? null : o.min.toFixed(2),
      maximumWeeklyBenefit: o.max.toFixed(2),
      maxWeeks: entitlement.maxWeeks,
      maxCombinedWeeks: entitlement.maxCombinedWeeks,
      remainingWeeks: entitlement.remainingWeeks,
      waitingPeriodDays: o.waiting,
      parameterDate: o.paramDate,
      explanation: steps,
    };
  } catch (error) {
    return { id: null, error: { code: error instanceof Error ? error.message : "INTERNAL_ERROR", message: "" } };
  }
}

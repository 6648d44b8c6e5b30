/**
 * The periods used when a program's documents give no employer-response or appeal deadline
 * (the program's own periods are dated parameters in its parameters.ts, `deadlines`).
 */
import type { DeadlinePeriod } from "../deadlines/business-days";
import { type PolicyFact, deploymentPolicy } from "./policy-fact";

/** 10 business days, counted on the jurisdiction's holiday calendar (federal where it has none). */
export function defaultEmployerResponsePeriod(calendar: string): PolicyFact<DeadlinePeriod> {
  return deploymentPolicy(
    { amount: 10, unit: "business-days", calendar },
    `The program's documents give no employer response period; 10 business days (${calendar} holidays) is this product's default.`,
  );
}

export const DEFAULT_APPEAL_PERIOD: PolicyFact<DeadlinePeriod> = deploymentPolicy(
  { amount: 30, unit: "calendar-days" },
  "The program's documents give no appeal period; 30 calendar days from the decision is this product's default.",
);

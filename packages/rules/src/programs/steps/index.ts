/**
 * What programs share, one file per concept, imported from here. Steps compose the pure blocks
 * (src/blocks) and record what they did — inputs, parameters with their dates and citations,
 * rounding, result — so every program explains itself the same way. Rule builders
 * (`LeaveWindows`, `ParameterDate`, `waitingPeriodWithoutWaivers`, …) take a program's
 * documented choice once and return the `ProgramDefinition` member.
 */
export * from "./base-period";
export * from "./average-weekly-wage";
export * from "./weekly-benefit";
export * from "./eligibility";
export * from "./employment";
export * from "./entitlement";
export * from "./total-benefit-cap";
export * from "./waiting-period";
export * from "./leave-window";
export * from "./parameter-date";
export * from "./premium";

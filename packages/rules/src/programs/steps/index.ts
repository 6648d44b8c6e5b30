/**
 * Explanation-producing steps shared by program modules, one file per concept. Each composes
 * the pure blocks (src/blocks) and records what it did — inputs, parameters with their dates
 * and citations, rounding, result — so every program explains itself the same way. Programs
 * import them from here.
 */
export * from "./base-period";
export * from "./average-weekly-wage";
export * from "./weekly-benefit";
export * from "./eligibility";
export * from "./employment";
export * from "./entitlement";
export * from "./total-benefit-cap";
export * from "./waiting-period";

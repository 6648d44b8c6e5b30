// What the signed-in user may do with an appeal now, so the apps show only buttons that will
// work. The services check the same rules again; this list is a convenience, not a gate.
import type { Appeal } from "@openleave/db";
import { builder } from "../../graphql/builder.ts";
import { hasRole, type Actor } from "../../graphql/context.ts";
import { isAppellant } from "./appeal-access.ts";
import { canTransitionAppeal } from "./appeal-status.machine.ts";

export const APPEAL_ACTIONS = ["WITHDRAW", "SCHEDULE_HEARING", "DECIDE", "DISMISS"] as const;
export type AppealAction = (typeof APPEAL_ACTIONS)[number];

export const AppealActionEnum = builder.enumType("AppealAction", { values: APPEAL_ACTIONS });

export function allowedAppealActions(
  actor: Actor | null,
  appeal: Appeal & { claim: { claimantId: string; employerId: string | null } },
): AppealAction[] {
  const actions: AppealAction[] = [];
  if (isAppellant(actor, appeal, appeal.claim) && canTransitionAppeal(appeal.status, "WITHDRAWN", "appellant"))
    actions.push("WITHDRAW");
  if (hasRole(actor, "APPEALS_OFFICER")) {
    if (canTransitionAppeal(appeal.status, "HEARING_SCHEDULED", "officer")) actions.push("SCHEDULE_HEARING");
    if (canTransitionAppeal(appeal.status, "DECIDED", "officer")) actions.push("DECIDE");
    if (canTransitionAppeal(appeal.status, "DISMISSED", "officer")) actions.push("DISMISS");
  }
  return actions;
}

// The one rule for medical detail: what the claimant said about a condition, family members,
// and ANY text a staff member writes about a claim (determination explanations, notices,
// requests for information, document review notes, appeal decisions, status reasons) may
// describe a health condition. The claimant and program staff read it; an employer never does.
// What an employer is told instead comes from `employerWording`: the outcome, the dates and a
// reason category that names no condition.
//
// Use it for every new field or document that carries such text:
//   - a GraphQL field: `...medicalDetailField(claimOf)` hides it, or `employerSees: ...` rewords it
//     (see review.graphql.ts); declare the field in test/authorization/rules.ts;
//   - a rendered notice or PDF for an employer: build it from `employerWording(...)`, never from
//     the staff text or the claimant's notice.
import type { Language } from "@openleave/db";
import { hasRole, isStaff, type Actor } from "../../graphql/context.ts";

/** The claimant of the claim the text is about: all the rule needs to know. */
export interface ClaimParty {
  claimantId: string;
}

/** The claimant (as the claim's owner) and program staff; never an employer's administrators. */
export function mayReadMedicalDetail(actor: Actor | null, claim: ClaimParty): boolean {
  if (isStaff(actor)) return true;
  return !!actor?.personId && hasRole(actor, "CLAIMANT") && actor.personId === claim.claimantId;
}

/** For fields on a claim's children: what Pothos must load to decide (the claim's claimant). */
export const CLAIM_PARTY_SELECT = { claim: { select: { claimantId: true } } } as const;

export type DecisionOutcome = "APPROVED" | "PARTIALLY_APPROVED" | "DENIED";

/**
 * What an employer may know about a decision, in plain words: the outcome, and for a denial the
 * kind of reason — never the condition, the certification's content or the staff's own text.
 */
const DENIAL_CATEGORIES: Record<Language, Record<string, string>> = {
  EN: {
    INSUFFICIENT_EARNINGS: "the employee's reported wages do not meet the program's requirement",
    NOT_COVERED_REASON: "the reason for leave is not one the program covers",
    INSUFFICIENT_CERTIFICATION: "the required certification was not complete",
    NOT_EMPLOYED: "the employment requirement was not met",
    LEAVE_EXHAUSTED: "the employee has already used the leave available for the benefit year",
    LATE_APPLICATION: "the application was filed after the deadline",
  },
  ES: {
    INSUFFICIENT_EARNINGS: "los salarios declarados del empleado no cumplen el requisito del programa",
    NOT_COVERED_REASON: "el motivo de la licencia no es uno que cubra el programa",
    INSUFFICIENT_CERTIFICATION: "la certificación requerida no estaba completa",
    NOT_EMPLOYED: "no se cumplió el requisito de empleo",
    LEAVE_EXHAUSTED: "el empleado ya usó la licencia disponible para el año de beneficios",
    LATE_APPLICATION: "la solicitud se presentó después de la fecha límite",
  },
};

export function employerWording(
  decision: { outcome: DecisionOutcome; reasonCode: string },
  language: Language = "EN",
): string {
  const spanish = language === "ES";
  if (decision.reasonCode.startsWith("APPEAL_"))
    return spanish ? "La decisión se cambió en una apelación." : "The decision was changed on appeal.";
  if (decision.outcome === "APPROVED") return spanish ? "La solicitud fue aprobada." : "The claim was approved.";
  if (decision.outcome === "PARTIALLY_APPROVED")
    return spanish
      ? "La solicitud fue aprobada en parte; vea las fechas aprobadas."
      : "The claim was approved in part; see the approved dates.";
  const category = DENIAL_CATEGORIES[language][decision.reasonCode];
  if (spanish) return category ? `La solicitud fue denegada: ${category}.` : "La solicitud fue denegada.";
  return category ? `The claim was denied: ${category}.` : "The claim was denied.";
}

/** What an employer is told about an appeal decision (the officer's summary may discuss health). */
export function employerAppealWording(outcome: string | null, language: Language = "EN"): string | null {
  if (!outcome) return null;
  const words: Record<string, [string, string]> = {
    AFFIRMED: ["The decision was upheld on appeal.", "La decisión se confirmó en la apelación."],
    REVERSED: ["The decision was reversed on appeal.", "La decisión se revocó en la apelación."],
    MODIFIED: ["The decision was changed on appeal.", "La decisión se modificó en la apelación."],
    DISMISSED: ["The appeal was dismissed.", "La apelación fue desestimada."],
  };
  const pair = words[outcome];
  return pair ? pair[language === "ES" ? 1 : 0] : null;
}

/**
 * Pothos field options for staff- or claimant-written text on a claim's child record: null for
 * viewers who may not read medical detail. The field must `select` CLAIM_PARTY_SELECT. A record
 * that belongs to no claim (a private plan's document) is about no claimant's health.
 */
export function hiddenUnlessMedicalReader<Parent extends { claim: ClaimParty | null }>() {
  return {
    authScopes: (parent: Parent, _args: unknown, ctx: { actor: Actor | null }) =>
      !parent.claim || mayReadMedicalDetail(ctx.actor, parent.claim),
    unauthorizedResolver: () => null,
  };
}

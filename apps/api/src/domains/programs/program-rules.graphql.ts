// A program's rules as the portal and console read them: coverage, time zone, filing window,
// deadlines, decision times and denial reasons, each with its source (cited, or deployment
// policy). Everything comes from the rules package's catalog with this deployment's policy.
import {
  APPLICATION_FACTS,
  applicationFactsFor,
  reasonIsOwnHealth,
  reasonNeedsFamilyMember,
  requiredDocumentsFor,
  type ClaimDocumentKind,
  type LeaveReason,
  type Citation,
  type DeadlinePeriod,
  type DenialReason,
  type FilingOffset,
  type PolicyFact,
  type PolicySource,
  type ProgramRules,
} from "@openleave/rules";
import { builder } from "../../graphql/builder.ts";
import { DocumentTypeEnum, FamilyRelationshipEnum, LeaveReasonEnum } from "../../graphql/enums.ts";

const ApplicationFactEnum = builder.enumType("ApplicationFact", {
  description: "A fact the application asks the claimant because the program's rules read it.",
  values: APPLICATION_FACTS,
});

const PolicySourceKindEnum = builder.enumType("PolicySourceKind", {
  description: "Where a program fact comes from.",
  values: {
    CITED: { value: "cited", description: "The program's statute, regulation or agency page states it." },
    DEPLOYMENT_POLICY: {
      value: "deployment-policy",
      description: "The sources set nothing; this product's default, which a deployment may override.",
    },
    DEPLOYMENT_OVERRIDE: { value: "deployment-override", description: "Set by this deployment's configuration." },
  },
});

const CitationRef = builder.objectRef<Citation>("Citation").implement({
  description: "A source: a statute or regulation section, an agency page, or a reference document line.",
  fields: (t) => ({
    title: t.exposeString("title"),
    section: t.string({ nullable: true, resolve: (c) => c.section ?? null }),
    href: t.string({ nullable: true, resolve: (c) => c.href ?? null }),
    file: t.string({ nullable: true, resolve: (c) => c.file ?? null }),
    grade: t.exposeString("grade", { description: "A agency/statute, B reputable secondary, C weak, D derived." }),
  }),
});

const PolicySourceRef = builder.objectRef<PolicySource>("PolicySource").implement({
  fields: (t) => ({
    kind: t.field({ type: PolicySourceKindEnum, resolve: (s) => s.kind }),
    citations: t.field({ type: [CitationRef], resolve: (s) => (s.kind === "cited" ? [...s.cite] : []) }),
    note: t.string({ nullable: true, resolve: (s) => s.note ?? null }),
  }),
});

const FilingOffsetRef = builder.objectRef<FilingOffset>("FilingOffset").implement({
  fields: (t) => ({
    amount: t.exposeInt("amount"),
    unit: t.exposeString("unit", { description: "calendar-days or months" }),
  }),
});

const DeadlinePeriodRef = builder.objectRef<DeadlinePeriod>("DeadlinePeriod").implement({
  fields: (t) => ({
    amount: t.exposeInt("amount"),
    unit: t.exposeString("unit", { description: "calendar-days, business-days or weeks" }),
    calendar: t.string({
      nullable: true,
      description: "Holiday calendar for business days.",
      resolve: (p) => p.calendar ?? null,
    }),
  }),
});

const DenialReasonRef = builder.objectRef<DenialReason>("DenialReason").implement({
  fields: (t) => ({
    code: t.exposeString("code"),
    label: t.exposeString("label"),
    ineligibleCodes: t.stringList({
      description: "The eligibility findings this reason stands for.",
      resolve: (r) => [...r.ineligibleCodes],
    }),
  }),
});

const FilingOffsetFactRef = builder.objectRef<PolicyFact<FilingOffset | null>>("FilingOffsetFact").implement({
  fields: (t) => ({
    value: t.field({ type: FilingOffsetRef, nullable: true, description: "Null: no limit.", resolve: (f) => f.value }),
    source: t.field({ type: PolicySourceRef, resolve: (f) => f.source }),
  }),
});

const DeadlinePeriodFactRef = builder.objectRef<PolicyFact<DeadlinePeriod>>("DeadlinePeriodFact").implement({
  fields: (t) => ({
    value: t.field({ type: DeadlinePeriodRef, resolve: (f) => f.value }),
    source: t.field({ type: PolicySourceRef, resolve: (f) => f.source }),
  }),
});

const DaysFactRef = builder.objectRef<PolicyFact<number>>("DaysFact").implement({
  fields: (t) => ({
    days: t.int({ resolve: (f) => f.value }),
    source: t.field({ type: PolicySourceRef, resolve: (f) => f.source }),
  }),
});

const TextFactRef = builder.objectRef<PolicyFact<string>>("TextFact").implement({
  fields: (t) => ({
    value: t.string({ resolve: (f) => f.value }),
    source: t.field({ type: PolicySourceRef, resolve: (f) => f.source }),
  }),
});

const DocumentRequirementRef = builder
  .objectRef<{ reason: LeaveReason; fact: PolicyFact<readonly ClaimDocumentKind[]> }>("DocumentRequirement")
  .implement({
    description: "The documents a claim for one leave reason must carry, from the rules package.",
    fields: (t) => ({
      reason: t.field({ type: LeaveReasonEnum, resolve: (r) => r.reason }),
      documentTypes: t.field({ type: [DocumentTypeEnum], resolve: (r) => [...r.fact.value] }),
      source: t.field({ type: PolicySourceRef, resolve: (r) => r.fact.source }),
    }),
  });

export const ProgramRulesRef = builder.objectRef<ProgramRules>("ProgramRules").implement({
  description:
    "What the program's rules say about administering a claim, from the rules package's catalog (cited) or this deployment's policy.",
  fields: (t) => ({
    name: t.exposeString("name"),
    agency: t.exposeString("agency"),
    firstBenefitDate: t.exposeString("firstBenefitDate", {
      description: "First day benefits are payable (YYYY-MM-DD).",
    }),
    coveredLeaveReasons: t.field({ type: [LeaveReasonEnum], resolve: (r) => [...r.coveredLeaveReasons] }),
    familyMemberReasons: t.field({
      type: [LeaveReasonEnum],
      description: "The covered reasons where the leave is for a family member (the application asks who).",
      resolve: (r) => r.coveredLeaveReasons.filter(reasonNeedsFamilyMember),
    }),
    ownHealthReasons: t.field({
      type: [LeaveReasonEnum],
      description:
        "The covered reasons about the claimant's own health (the application asks about the condition; medical detail).",
      resolve: (r) => r.coveredLeaveReasons.filter(reasonIsOwnHealth),
    }),
    applicationFacts: t.field({
      type: [ApplicationFactEnum],
      description: "What the application asks the claimant for this program, beyond wage records.",
      resolve: (r) => [...(applicationFactsFor(r.jurisdiction, r.program) ?? [])],
    }),
    documentRequirements: t.field({
      type: [DocumentRequirementRef],
      description: "Per covered reason, the documents a claim must carry (certification, proof of birth, …).",
      resolve: (r) =>
        r.coveredLeaveReasons.map((reason) => ({
          reason,
          fact: requiredDocumentsFor(r.jurisdiction, r.program, reason),
        })),
    }),
    coveredFamilyRelationships: t.field({
      type: [FamilyRelationshipEnum],
      resolve: (r) => [...r.coveredFamilyRelationships],
    }),
    parametersKnownThrough: t.string({
      nullable: true,
      description: "Last date every published figure is known for.",
      resolve: (r) => r.parametersKnownThrough,
    }),
    timeZone: t.field({ type: TextFactRef, resolve: (r) => r.timeZone }),
    earliestFilingBeforeLeave: t.field({
      type: FilingOffsetFactRef,
      description:
        "How long before the first day of leave one may apply (negative: only after the leave has lasted that long).",
      resolve: (r) => r.filingWindow.earliestBeforeLeave,
    }),
    latestFilingAfterLeaveStart: t.field({
      type: FilingOffsetFactRef,
      description: "How long after the first day of leave an application is on time.",
      resolve: (r) => r.filingWindow.latestAfterLeaveStart,
    }),
    employerResponsePeriod: t.field({ type: DeadlinePeriodFactRef, resolve: (r) => r.employerResponsePeriod }),
    appealPeriod: t.field({ type: DeadlinePeriodFactRef, resolve: (r) => r.appealPeriod }),
    decisionTime: t.field({
      type: DaysFactRef,
      description: "Calendar days from a complete application to the decision.",
      resolve: (r) => r.decisionDays,
    }),
    appealHearingTime: t.field({
      type: DaysFactRef,
      description: "Calendar days from an appeal's filing to its hearing.",
      resolve: (r) => r.appealHearingDays,
    }),
    extensionRequestTime: t.field({
      type: DaysFactRef,
      description: "Calendar days after approved leave ends during which the claimant may still ask to extend it.",
      resolve: (r) => r.extensionRequestDays,
    }),
    infoRequestReminderTime: t.field({
      type: DaysFactRef,
      description: "Calendar days before a request for information is due that the claimant is reminded of it.",
      resolve: (r) => r.infoRequestReminderDays,
    }),
    appealReminderTime: t.field({
      type: DaysFactRef,
      description:
        "Calendar days before the appeal deadline of a denial or partial approval that the claimant is reminded of it.",
      resolve: (r) => r.appealReminderDays,
    }),
    denialReasons: t.field({ type: [DenialReasonRef], resolve: (r) => [...r.denialReasons.value] }),
    denialReasonsSource: t.field({ type: PolicySourceRef, resolve: (r) => r.denialReasons.source }),
  }),
});

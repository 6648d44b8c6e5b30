// One template per notice kind, composed from the message catalogs (messages/en.ts, es.ts) into
// the parts a notice is made of: title, greeting, paragraphs, a table of the facts decided, the
// appeal box with its deadline, and a closing. The PDF (notice-pdf.ts), the stored text and the
// email are all written from that one composition. A notice stores the template version it was
// composed with, so it can be shown exactly as sent even after the wording changes.
import type { Language, NoticeAudience, NoticeKind } from "@openleave/db";
import { fill, formatCalendarDate, formatInstant, formatMoney, formatNumber, noticeCatalog } from "./notice-catalog.ts";

export const NOTICE_TEMPLATE_VERSION = 2;

/** What a notice says, as data: the service that issues it knows these, the catalog words them. */
export interface NoticeFacts {
  claimNumber: string;
  programName: string;
  /** How the notice greets the claimant (first name). */
  claimantName: string;
  claimantFullName?: string;
  /** For an employer's copy: who it is addressed to. */
  employerName?: string | null;
  weeklyBenefitAmount?: string | null;
  benefitWeeks?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  /** The staff's own words for the claimant (never in an employer's copy). */
  reason?: string | null;
  /** A denial's reason code (the rules package's denial reasons). */
  denialReasonCode?: string | null;
  /** The rules package's label for a reason code this catalog does not translate. */
  denialReasonLabel?: string | null;
  dueDate?: string | null;
  appealDeadline?: string | null;
  message?: string | null;
  hearingAt?: Date | null;
  timeZone?: string | null;
  appealOutcome?: string | null;
  /** A grievance finding's outcome and reason (the rules package's codes), worded per audience. */
  grievanceOutcome?: "UPHELD" | "RETURNED_TO_REVIEW" | null;
  grievanceReasonCode?: string | null;
  /** For an employer's copy: the outcome in words that name no condition (employerWording). */
  employerWording?: string | null;
  /** A claim routed to the employer's private plan: who runs it and how to reach it. */
  planAdministrator?: string | null;
  planPhone?: string | null;
  planEmail?: string | null;
}

export interface ComposedNotice {
  kind: NoticeKind;
  audience: NoticeAudience;
  language: Language;
  templateVersion: number;
  programName: string;
  claimNumber: string;
  title: string;
  subject: string;
  /** Labelled lines at the head of the notice (claim number, date, addressee). */
  heading: { label: string; value: string }[];
  greeting: string;
  paragraphs: string[];
  facts: { label: string; value: string }[];
  appeal: { heading: string; text: string } | null;
  closing: string;
  footer: (page: number, pages: number) => string;
}

export function composeNotice(
  kind: NoticeKind,
  language: Language,
  facts: NoticeFacts,
  options: { issuedOn: string; audience?: NoticeAudience },
): ComposedNotice {
  const audience = options.audience ?? "CLAIMANT";
  const words = noticeCatalog(language);
  const template =
    audience === "EMPLOYER" ? words.employerKinds[kind as keyof typeof words.employerKinds] : words.kinds[kind];
  if (!template) throw new Error(`No ${audience.toLowerCase()} notice template for ${kind}`);

  const date = (value: string | null | undefined) => (value ? formatCalendarDate(value, language) : null);
  const denialReason = facts.denialReasonCode
    ? (words.denialReasons[facts.denialReasonCode as keyof typeof words.denialReasons] ??
      facts.denialReasonLabel ??
      facts.denialReasonCode)
    : null;
  const appealOutcome = facts.appealOutcome
    ? (words.appealOutcomes[facts.appealOutcome as keyof typeof words.appealOutcomes] ?? null)
    : null;
  const grievanceOutcome = facts.grievanceOutcome
    ? words[audience === "EMPLOYER" ? "employerGrievanceOutcomes" : "grievanceOutcomes"][facts.grievanceOutcome]
    : null;
  const grievanceReason = facts.grievanceReasonCode
    ? (words.grievanceReasons[facts.grievanceReasonCode as keyof typeof words.grievanceReasons] ?? null)
    : null;
  const hearingAt = facts.hearingAt ? formatInstant(facts.hearingAt, language, facts.timeZone ?? "UTC") : null;
  const values = {
    claimNumber: facts.claimNumber,
    programName: facts.programName,
    claimantFullName: facts.claimantFullName ?? facts.claimantName,
    weeklyBenefitAmount: facts.weeklyBenefitAmount ? formatMoney(facts.weeklyBenefitAmount, language) : null,
    benefitWeeks: facts.benefitWeeks ? formatNumber(facts.benefitWeeks, language) : null,
    startDate: date(facts.startDate),
    endDate: date(facts.endDate),
    dueDate: date(facts.dueDate),
    appealDeadline: date(facts.appealDeadline),
    reason: audience === "EMPLOYER" ? null : facts.reason,
    message: facts.message,
    denialReason,
    appealOutcome,
    grievanceOutcome,
    hearingAt,
    employerWording: facts.employerWording,
    planAdministrator: facts.planAdministrator,
  };

  const factRows: { label: string; value: string | null }[] = [
    { label: words.facts.appealOutcome, value: appealOutcome },
    { label: words.facts.reason, value: denialReason },
    { label: words.facts.grievanceReason, value: grievanceReason },
    {
      label: words.facts.approvedLeave,
      value: values.startDate && values.endDate ? fill(words.facts.dateRange, values) : null,
    },
    { label: words.facts.weeklyBenefitAmount, value: audience === "EMPLOYER" ? null : values.weeklyBenefitAmount },
    { label: words.facts.benefitWeeks, value: audience === "EMPLOYER" ? null : values.benefitWeeks },
    { label: words.facts.dueDate, value: values.dueDate },
    { label: words.facts.hearingAt, value: hearingAt },
    { label: words.facts.appealDeadline, value: values.appealDeadline },
    { label: words.facts.planAdministrator, value: facts.planAdministrator ?? null },
    { label: words.facts.planPhone, value: facts.planPhone ?? null },
    { label: words.facts.planEmail, value: facts.planEmail ?? null },
  ];
  const addressee = audience === "EMPLOYER" ? (facts.employerName ?? "") : values.claimantFullName;

  return {
    kind,
    audience,
    language,
    templateVersion: NOTICE_TEMPLATE_VERSION,
    programName: facts.programName,
    claimNumber: facts.claimNumber,
    title: template.title,
    subject: fill(template.subject, values),
    heading: [
      { label: words.document.addressedTo, value: addressee },
      { label: words.document.claimNumber, value: facts.claimNumber },
      { label: words.document.noticeDate, value: formatCalendarDate(options.issuedOn, language) },
    ],
    greeting: fill(words.document.greeting, { name: audience === "EMPLOYER" ? addressee : facts.claimantName }),
    paragraphs: fill(template.body, values)
      .split("\n\n")
      .map((p) => p.trim())
      .filter((p) => p.length > 0),
    facts: factRows.filter((row): row is { label: string; value: string } => !!row.value),
    appeal: values.appealDeadline
      ? {
          heading: words.document.appealHeading,
          text: fill(audience === "EMPLOYER" ? words.document.employerAppealText : words.document.appealText, values),
        }
      : null,
    closing: words.document.closing,
    footer: (page, pages) =>
      fill(words.document.footer, {
        programName: facts.programName,
        claimNumber: facts.claimNumber,
        page: String(page),
        pages: String(pages),
      }),
  };
}

/** The notice as plain text: what is stored on the notice and sent as its email. */
export function noticeText(notice: ComposedNotice): { subject: string; body: string } {
  const lines = [notice.greeting, "", ...notice.paragraphs.flatMap((p) => [p, ""])];
  if (notice.facts.length > 0) lines.push(...notice.facts.map((f) => `${f.label}: ${f.value}`), "");
  if (notice.appeal) lines.push(notice.appeal.text, "");
  lines.push(notice.closing);
  return { subject: notice.subject, body: lines.join("\n") };
}

/** The line an email adds under the notice: where to read or download its PDF. */
export function downloadLine(language: Language, url: string): string {
  return fill(noticeCatalog(language).document.downloadLine, { url });
}

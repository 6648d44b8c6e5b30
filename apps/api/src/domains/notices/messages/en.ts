// The notices' words in English: every notice (its PDF, its text and its email) is built from
// this catalog. Placeholders in braces are filled by notice-catalog.ts; es.ts has the same keys.
export const en = {
  document: {
    agencyLine: "{programName}",
    claimNumber: "Claim number",
    noticeDate: "Date of this notice",
    addressedTo: "To",
    greeting: "Hello {name},",
    closing:
      "If you have questions, contact us and give your claim number. You can read this notice and every other notice about your claim in the portal.",
    footer: "{programName} · Claim {claimNumber} · Page {page} of {pages}",
    appealHeading: "Your right to appeal",
    appealText:
      "If you disagree with this decision, you can appeal by {appealDeadline}. An appeal is free. File it in the portal or contact us.",
    employerAppealText: "If the employer disagrees with this decision, it can appeal by {appealDeadline}.",
    downloadLine: "Read or download this notice (PDF): {url}",
  },
  facts: {
    weeklyBenefitAmount: "Weekly benefit amount",
    benefitWeeks: "Weeks of benefits",
    approvedLeave: "Approved leave",
    dateRange: "{startDate} to {endDate}",
    reason: "Reason",
    dueDate: "Respond by",
    hearingAt: "Hearing date and time",
    appealOutcome: "Appeal decision",
    appealDeadline: "Last day to appeal",
    grievanceReason: "Finding",
    planAdministrator: "Your employer's plan",
    planPhone: "Phone for claims",
    planEmail: "Email for claims",
  },
  appealOutcomes: {
    AFFIRMED: "The decision was upheld.",
    REVERSED: "The decision was reversed.",
    MODIFIED: "The decision was changed.",
    DISMISSED: "The appeal was dismissed.",
  },
  grievanceOutcomes: {
    UPHELD: "We found that the employer's information does not change your claim. Your claim continues as before.",
    RETURNED_TO_REVIEW:
      "We found that the employer's information may change your claim. An adjudicator will review your claim again and send you a notice of the result.",
  },
  employerGrievanceOutcomes: {
    UPHELD: "We found that the information you sent does not change the claim. The claim continues as before.",
    RETURNED_TO_REVIEW:
      "We found that the information you sent may change the claim. An adjudicator will review the claim again; you will be told of any new decision.",
  },
  grievanceReasons: {
    EVIDENCE_INSUFFICIENT: "The evidence does not show that the claim's facts are wrong",
    FACTS_DO_NOT_AFFECT_ELIGIBILITY: "The facts in question do not change eligibility or the benefit",
    CLAIMANT_EVIDENCE_PREVAILS: "The claimant's records outweigh the employer's",
    EMPLOYMENT_FACTS_CORRECTED: "The employment facts need correcting",
    LEAVE_DATES_CORRECTED: "The leave dates need correcting",
    WAGES_CORRECTED: "The wages need correcting",
    OTHER_COVERAGE_FOUND: "Other paid leave or a private plan may cover the leave",
  },
  denialReasons: {
    INSUFFICIENT_EARNINGS: "Not enough wages or hours in the base period",
    NOT_COVERED_REASON: "The reason for leave or the family relationship is not covered",
    INSUFFICIENT_CERTIFICATION: "The certification does not support the leave",
    NOT_EMPLOYED: "Not employed by a covered employer long enough",
    LEAVE_EXHAUSTED: "No weeks of leave remain in the benefit year",
    LATE_APPLICATION: "Applied after the filing window without good cause",
    OTHER: "Another reason, explained in this notice",
  },
  kinds: {
    ACKNOWLEDGMENT: {
      title: "We received your application",
      subject: "We received your application {claimNumber}",
      body: "We received your {programName} application. Your claim number is {claimNumber}. We have asked your employer to confirm your information by {dueDate}. You do not need to do anything now; we will contact you if we need more information.",
    },
    INFO_REQUEST: {
      title: "Request for information",
      subject: "We need more information for claim {claimNumber}",
      body: "To decide your claim we need more information:\n\n{message}\n\nPlease respond by {dueDate}. If you cannot, contact us and we will help.",
    },
    APPROVAL: {
      title: "Notice of decision: approved",
      subject: "Your leave is approved (claim {claimNumber})",
      body: "Your {programName} leave from {startDate} to {endDate} is approved. Your weekly benefit is {weeklyBenefitAmount}.\n\n{reason}",
    },
    PARTIAL_APPROVAL: {
      title: "Notice of decision: approved in part",
      subject: "Part of your leave is approved (claim {claimNumber})",
      body: "Part of your {programName} leave is approved: {startDate} to {endDate}, with a weekly benefit of {weeklyBenefitAmount}. The rest of the leave you asked for is not approved.\n\n{reason}",
    },
    DENIAL: {
      title: "Notice of decision: denied",
      subject: "Your application was denied (claim {claimNumber})",
      body: "We could not approve your {programName} application. Reason: {denialReason}.\n\n{reason}",
    },
    WITHDRAWAL: {
      title: "Your application was withdrawn",
      subject: "Your application was withdrawn (claim {claimNumber})",
      body: "Your {programName} application {claimNumber} was withdrawn. You can apply again at any time.",
    },
    APPEAL_ACKNOWLEDGMENT: {
      title: "We received the appeal",
      subject: "We received your appeal (claim {claimNumber})",
      body: "We received the appeal on claim {claimNumber}. An appeals officer will schedule a hearing and tell everyone involved the date.",
    },
    HEARING_SCHEDULED: {
      title: "Notice of hearing",
      subject: "Your appeal hearing is scheduled (claim {claimNumber})",
      body: "The hearing of the appeal on claim {claimNumber} is scheduled for {hearingAt}. If you cannot attend, contact us before then.",
    },
    APPEAL_DECISION: {
      title: "Notice of appeal decision",
      subject: "A decision was made on the appeal (claim {claimNumber})",
      body: "The appeal on claim {claimNumber} was decided. {appealOutcome}\n\n{reason}",
    },
    GRIEVANCE_FINDING: {
      title: "Notice of finding on your employer's contest",
      subject: "We reviewed your employer's response (claim {claimNumber})",
      body: "Your employer disagreed with some facts of your {programName} claim {claimNumber}. We reviewed the information. {grievanceOutcome}",
    },
    LEAVE_EXTENSION_APPROVAL: {
      title: "Notice of decision: leave extended",
      subject: "Your leave is extended (claim {claimNumber})",
      body: "We approved your request to extend your {programName} leave. Your leave now ends on {endDate}. Your weekly benefit stays {weeklyBenefitAmount}, and the added weeks are paid like the others.\n\n{reason}",
    },
    LEAVE_EXTENSION_DENIAL: {
      title: "Notice of decision: extension not approved",
      subject: "Your request to extend your leave was not approved (claim {claimNumber})",
      body: "We could not approve your request to extend your {programName} leave. Reason: {denialReason}. Your approved leave still ends on {endDate}.\n\n{reason}\n\nIf you disagree, or your situation changes, contact us and give your claim number.",
    },
    PRIVATE_PLAN_REFERRAL: {
      title: "Your employer has a private plan",
      subject: "Your claim goes to your employer's private plan (claim {claimNumber})",
      body: "Your employer provides paid leave through an approved private plan, run by {planAdministrator}. That plan, not the state, decides and pays your claim {claimNumber}. We have closed the claim here and will not pay benefits on it.\n\nContact the plan to claim your benefits: its phone number and email are below. Give it the dates of your leave and this claim number.",
    },
  },
  employerKinds: {
    APPROVAL: {
      title: "Notice to employer: claim approved",
      subject: "Decision on claim {claimNumber}: approved",
      body: "A decision was made on the {programName} claim {claimNumber} of {claimantFullName}. {employerWording} Approved leave: {startDate} to {endDate}.",
    },
    PARTIAL_APPROVAL: {
      title: "Notice to employer: claim approved in part",
      subject: "Decision on claim {claimNumber}: approved in part",
      body: "A decision was made on the {programName} claim {claimNumber} of {claimantFullName}. {employerWording} Approved leave: {startDate} to {endDate}.",
    },
    DENIAL: {
      title: "Notice to employer: claim denied",
      subject: "Decision on claim {claimNumber}: denied",
      body: "A decision was made on the {programName} claim {claimNumber} of {claimantFullName}. {employerWording}",
    },
    GRIEVANCE_FINDING: {
      title: "Notice to employer: finding on your contest",
      subject: "Finding on your contest of claim {claimNumber}",
      body: "We reviewed your contest of the {programName} claim {claimNumber} of {claimantFullName}. {grievanceOutcome}",
    },
    LEAVE_EXTENSION_APPROVAL: {
      title: "Notice to employer: leave extended",
      subject: "Leave extended on claim {claimNumber}",
      body: "The leave on the {programName} claim {claimNumber} of {claimantFullName} was extended. Approved leave: {startDate} to {endDate}.",
    },
    APPEAL_DECISION: {
      title: "Notice to employer: appeal decision",
      subject: "Appeal decision on claim {claimNumber}",
      body: "The appeal on the {programName} claim {claimNumber} of {claimantFullName} was decided. {employerWording}",
    },
  },
};

export type NoticeCatalog = typeof en;

// English messages for the staff console: its own words, merged over the shared components'
// messages (@openleave/web/messages, which hold sign-in, the header, form errors and the error
// pages). A key that also exists there rewords that shared message for this app, with the same
// {arguments}. ICU message syntax: {name}, {count, plural, one {…} other {# …}}.
// Spanish (es.ts) has exactly the same keys and arguments: TypeScript and
// src/i18n/catalogs.test.ts both check it.

export const en = {
  meta: {
    siteName: "OpenLeave",
    tagline: "Staff console",
    description: "Work queues and claim review for paid family and medical leave staff.",
  },
  layout: {
    workQueue: "Work queue",
  },
  footer: {
    about: "OpenLeave staff console. Actions you take here are recorded in the audit trail.",
  },
  common: {
    goHome: "Go to the work queue",
  },
  errors: {
    unreachable: "We could not reach the OpenLeave service. Check your connection and try again in a few minutes.",
  },
  signIn: {
    title: "Sign in to the staff console",
    intro: "For program staff: adjudicators, supervisors, appeals officers and program administrators.",
    emailLabel: "Work email address",
    forgotPassword: "Forgot your password? Reset it on the OpenLeave portal",
    emailRequired: "Enter your work email address.",
    emailInvalid: "Enter an email address like name@agency.gov.",
    tooManyAttempts: "Too many sign-in attempts. To protect the account, sign-in is paused for now.",
    signedInRedirecting: "You are signed in. Opening the console…",
  },
  staffOnly: {
    title: "This console is for program staff",
    body: "You are signed in as {name}, and your account does not have a staff role. If you applied for leave, or you manage leave for an employer, use the OpenLeave portal instead.",
    goToPortal: "Go to the OpenLeave portal",
    switchAccount: "If you have a staff account, sign out and sign in with it.",
  },
  roles: {
    CLAIMANT: "Claimant",
    LEAVE_ADMIN: "Employer leave administrator",
    ADJUDICATOR: "Adjudicator",
    SUPERVISOR: "Supervisor",
    APPEALS_OFFICER: "Appeals officer",
    PROGRAM_ADMIN: "Program administrator",
  },
  home: {
    title: "Work queue",
    staffLine: "{name} · {roles}",
  },
  workQueue: {
    intro: "Open tasks, soonest due first.",
    filtersLegend: "Filter tasks",
    queueLabel: "Queue",
    allQueues: "All queues",
    showLegend: "Show",
    showAll: "All open tasks",
    showMine: "Assigned to me",
    showUnassigned: "Not assigned to anyone",
    applyFilters: "Show tasks",
    caption: "Open tasks, soonest due first",
    due: "Due",
    task: "Task",
    claim: "Claim",
    claimant: "Claimant",
    assignee: "Assigned to",
    overdue: "Overdue",
    unassigned: "Not assigned",
    noClaim: "No claim",
    assignToMe: "Assign to me",
    assigning: "Assigning…",
    assignedToYou: "Assigned to you: {task}.",
    assignFailed: "Could not assign the task: {reason}",
    loading: "Loading tasks…",
    error: "We could not load the work queue.",
    empty: "No open tasks match these filters.",
    emptyNext: "Choose another queue, or show all open tasks.",
    loadMore: "Show more tasks",
    shown: "{count, plural, one {1 task shown} other {# tasks shown}}",
    queues: {
      ADJUDICATION: "Adjudication",
      APPEALS: "Appeals",
      DOCUMENT_REVIEW: "Document review",
      EMPLOYER_RESPONSE: "Employer responses",
      PAYMENTS: "Payments",
      EMPLOYER_GRIEVANCE: "Employer grievances",
      OVERPAYMENTS: "Overpayments",
      EMPLOYER_SUPPORT: "Employer support",
    },
    kinds: {
      REVIEW_CLAIM: "Review claim",
      EMPLOYER_RESPONSE: "Employer response due",
      HOLD_APPEAL_HEARING: "Hold appeal hearing",
      RESOLVE_PAYMENT: "Resolve payment problem",
      REVIEW_DOCUMENT: "Review document",
      REVIEW_INFO_RESPONSE: "Review information sent",
      REVIEW_EMPLOYER_GRIEVANCE: "Review employer contest",
      REVIEW_OVERPAYMENT: "Review overpayment",
      VERIFY_LEAVE_ADMINISTRATOR: "Verify leave administrator",
      REVIEW_PRIVATE_PLAN: "Review private plan",
    },
    taskStatuses: {
      OPEN: "Open",
      IN_PROGRESS: "In progress",
      DONE: "Done",
      CANCELLED: "Cancelled",
    },
    claimStatuses: {
      DRAFT: "Draft",
      SUBMITTED: "Submitted",
      PENDING_EMPLOYER_RESPONSE: "Waiting for employer",
      IN_REVIEW: "In review",
      INFO_REQUESTED: "Information requested",
      APPROVED: "Approved",
      PARTIALLY_APPROVED: "Partially approved",
      DENIED: "Denied",
      WITHDRAWN: "Withdrawn",
      CLOSED: "Closed",
    },
  },
  programs: {
    heading: "Programs in this deployment",
    program: "Program",
    jurisdiction: "State",
    code: "Code",
    empty: "No programs are active.",
    error: "We could not load the programs.",
    errorNext: "Reload the page in a few minutes.",
  },
  errorPage: {
    body: "We could not show this page. Nothing you saved was lost. Try again, or go back to the work queue.",
  },
} as const;

export type Messages = typeof en;

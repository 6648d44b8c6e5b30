// The demo world: a few employers in different states with their wage reports, claimants,
// staff of every role and claims in several states of their lifecycle. Everything is fictional;
// SSNs use the 9xx-xx ITIN-shaped test range or numbers the SSA never issues to real people.
import type { Role } from "../generated/prisma/client.ts";

export const DEMO_PASSWORD = "OpenLeave-demo-2026";

export interface DemoAccount {
  email: string;
  name: string;
  roles: Role[];
  /** What to try with this account, printed by `pnpm dev`. */
  purpose: string;
}

export const STAFF_ACCOUNTS: DemoAccount[] = [
  {
    email: "adjudicator@openleave.test",
    name: "Alex Rivera",
    roles: ["ADJUDICATOR"],
    purpose: "staff console: work queue and claim review",
  },
  {
    email: "supervisor@openleave.test",
    name: "Sam Okafor",
    roles: ["SUPERVISOR", "ADJUDICATOR"],
    purpose: "staff console: assign work, decide claims",
  },
  {
    email: "appeals@openleave.test",
    name: "Jordan Lee",
    roles: ["APPEALS_OFFICER"],
    purpose: "staff console: appeals",
  },
  {
    email: "admin@openleave.test",
    name: "Pat Morgan",
    roles: ["PROGRAM_ADMIN"],
    purpose: "staff console: program administration",
  },
  {
    email: "admin2@openleave.test",
    name: "Robin Hayes",
    roles: ["PROGRAM_ADMIN"],
    purpose: "staff console: a second program administrator (approves figures the first proposes)",
  },
];

export interface DemoEmployer {
  key: string;
  fein: string;
  name: string;
  jurisdiction: string;
  employeeCount: number;
  admin?: { email: string; name: string; verified: boolean };
  /** An approved private plan (filed by the admin), in effect from the start of the quarter this many completed quarters back. */
  privatePlan?: {
    administratorName: string;
    policyNumber: string;
    claimsContactPhone: string;
    claimsContactEmail: string;
    fromQuartersAgo: number;
  };
}

export const EMPLOYERS: DemoEmployer[] = [
  {
    key: "evergreen",
    fein: "910000001",
    name: "Evergreen Robotics LLC",
    jurisdiction: "WA",
    employeeCount: 140,
    admin: { email: "hr@evergreen-robotics.test", name: "Morgan Chen", verified: true },
  },
  {
    key: "bakery",
    fein: "910000002",
    name: "Puget Sound Bakery",
    jurisdiction: "WA",
    employeeCount: 18,
    admin: { email: "owner@pugetsoundbakery.test", name: "Luis Romero", verified: false },
  },
  {
    key: "baystate",
    fein: "040000003",
    name: "Bay State Health Partners",
    jurisdiction: "MA",
    employeeCount: 420,
    admin: { email: "leave@baystatehealth.test", name: "Grace Whitfield", verified: true },
  },
  { key: "frontrange", fein: "840000004", name: "Front Range Outfitters", jurisdiction: "CO", employeeCount: 45 },
  {
    // Verified, with no private plan yet: apply for an exemption here (e2e/tests/employer-private-plan.spec.ts does).
    key: "harbor",
    fein: "910000005",
    name: "Harbor Light Ceramics",
    jurisdiction: "WA",
    employeeCount: 32,
    admin: { email: "benefits@harborlightceramics.test", name: "Priya Shah", verified: true },
  },
  {
    // Exempt: its approved self-funded plan covers its last two completed quarters and on.
    key: "cascade",
    fein: "910000006",
    name: "Cascade Timber Cooperative",
    jurisdiction: "WA",
    employeeCount: 210,
    admin: { email: "hr@cascadetimber.test", name: "Owen Brooks", verified: true },
    privatePlan: {
      administratorName: "Northwest Leave Administrators",
      policyNumber: "WA-VP-0316",
      claimsContactPhone: "360-555-0188",
      claimsContactEmail: "claims@nwleave.test",
      fromQuartersAgo: 2,
    },
  },
  {
    // No leave administrator and no private plan: the claimant journey's claims (e2e
    // claimant-journey spec) change no employer's list and are paid by the state.
    key: "olympic",
    fein: "910000007",
    name: "Olympic Harbor Ferries",
    jurisdiction: "WA",
    employeeCount: 64,
  },
];

export interface DemoClaimant {
  key: string;
  firstName: string;
  lastName: string;
  ssn: string;
  dateOfBirth: string;
  employerKey: string;
  /** Quarterly wages for the last six completed quarters, oldest first. */
  quarterlyWages: string[];
  weeklyHours: number;
  /** A portal account; `language` is the account's preferred language (English if absent). */
  account?: { email: string; language?: "EN" | "ES" };
}

export const CLAIMANTS: DemoClaimant[] = [
  {
    key: "maria",
    firstName: "María",
    lastName: "García",
    ssn: "900-70-0001",
    dateOfBirth: "1991-04-12",
    employerKey: "evergreen",
    quarterlyWages: ["18250.00", "18250.00", "19100.00", "19100.00", "19100.00", "19650.00"],
    weeklyHours: 40,
    account: { email: "maria.garcia@openleave.test" },
  },
  {
    key: "aisha",
    firstName: "Aisha",
    lastName: "Khan",
    ssn: "900-70-0002",
    dateOfBirth: "1986-09-30",
    employerKey: "bakery",
    quarterlyWages: ["7800.00", "8120.50", "8120.50", "7950.25", "8300.00", "8300.00"],
    weeklyHours: 32,
    account: { email: "aisha.khan@openleave.test" },
  },
  {
    key: "james",
    firstName: "James",
    lastName: "O'Connor",
    ssn: "900-70-0003",
    dateOfBirth: "1979-01-22",
    employerKey: "baystate",
    quarterlyWages: ["24500.00", "24500.00", "25980.00", "25980.00", "25980.00", "26400.00"],
    weeklyHours: 40,
    account: { email: "james.oconnor@openleave.test" },
  },
  {
    key: "dev",
    firstName: "Dev",
    lastName: "Patel",
    ssn: "900-70-0004",
    dateOfBirth: "1995-06-03",
    employerKey: "frontrange",
    quarterlyWages: ["9100.00", "9400.00", "9400.00", "9750.00", "9750.00", "10020.00"],
    weeklyHours: 36,
    account: { email: "dev.patel@openleave.test" },
  },
  {
    key: "lena",
    firstName: "Lena",
    lastName: "Nguyen",
    ssn: "900-70-0005",
    dateOfBirth: "1988-11-17",
    employerKey: "evergreen",
    quarterlyWages: ["15400.00", "15400.00", "15400.00", "16020.00", "16020.00", "16020.00"],
    weeklyHours: 40,
  },
  {
    key: "tom",
    firstName: "Tom",
    lastName: "Becker",
    ssn: "900-70-0006",
    dateOfBirth: "2001-02-08",
    employerKey: "bakery",
    // Part-time and recent: too few hours for WA's 820-hour test.
    quarterlyWages: ["0.00", "0.00", "0.00", "1900.00", "2450.00", "2600.00"],
    weeklyHours: 12,
  },
  {
    key: "rosa",
    firstName: "Rosa",
    lastName: "Alvarez",
    ssn: "900-70-0007",
    dateOfBirth: "1983-07-25",
    employerKey: "baystate",
    quarterlyWages: ["13100.00", "13100.00", "13650.00", "13650.00", "13650.00", "14010.00"],
    weeklyHours: 36,
    // Staff asked her for information: she answers it on her claim page, with a document.
    account: { email: "rosa.alvarez@openleave.test" },
  },
  {
    key: "kwame",
    firstName: "Kwame",
    lastName: "Mensah",
    ssn: "900-70-0008",
    dateOfBirth: "1990-12-01",
    employerKey: "evergreen",
    quarterlyWages: ["21000.00", "21000.00", "21600.00", "21600.00", "21600.00", "22300.00"],
    weeklyHours: 40,
  },
  {
    key: "nadia",
    firstName: "Nadia",
    lastName: "Haddad",
    ssn: "900-70-0009",
    dateOfBirth: "1986-03-14",
    employerKey: "baystate",
    quarterlyWages: ["12400.00", "12400.00", "12800.00", "12800.00", "12800.00", "13200.00"],
    weeklyHours: 40,
    // Her claim's review is overdue, so it is the first task "Take next" gives an adjudicator.
    // She reads Spanish: the adjudicator asks her for information, she answers in the portal,
    // and the decision's notice reaches her in Spanish (e2e console-adjudication spec).
    account: { email: "nadia.haddad@openleave.test", language: "ES" },
  },
  {
    key: "omar",
    firstName: "Omar",
    lastName: "Haddad-Reyes",
    ssn: "900-70-0011",
    dateOfBirth: "1984-08-09",
    employerKey: "evergreen",
    quarterlyWages: ["16800.00", "16800.00", "17200.00", "17200.00", "17200.00", "17650.00"],
    weeklyHours: 40,
    account: { email: "omar.haddad-reyes@openleave.test" },
    // Evergreen Robotics contested his claim with a schedule as evidence: the grievance queue's demo.
  },
  {
    key: "imani",
    firstName: "Imani",
    lastName: "Okafor",
    ssn: "900-70-0010",
    dateOfBirth: "1992-08-19",
    // An employer with no leave administrator: no employer's claim list changes.
    employerKey: "frontrange",
    quarterlyWages: ["16800.00", "16800.00", "17250.00", "17250.00", "17250.00", "17600.00"],
    weeklyHours: 40,
    // Approved intermittent leave, direct deposit chosen: she reports her weekly hours, changes
    // her bank account and asks to extend her leave on her claim page (e2e claim-manage spec).
    account: { email: "imani.okafor@openleave.test" },
  },
  {
    key: "hana",
    firstName: "Hana",
    lastName: "Sato",
    ssn: "900-70-0014",
    dateOfBirth: "1992-08-19",
    employerKey: "cascade",
    quarterlyWages: ["16800.00", "16800.00", "17300.00", "17300.00", "17300.00", "17900.00"],
    weeklyHours: 40,
    // Her employer's private plan covers new leave: a claim she files is routed to the plan.
    account: { email: "hana.sato@openleave.test" },
  },
  {
    key: "ines",
    firstName: "Inés",
    lastName: "Castillo",
    ssn: "900-70-0012",
    dateOfBirth: "1989-05-19",
    employerKey: "frontrange",
    quarterlyWages: ["11200.00", "11200.00", "11650.00", "11650.00", "11650.00", "11900.00"],
    weeklyHours: 40,
    // Colorado leave this winter: the rules cannot compute her benefit (the state average weekly
    // wage from 2026-07-01 is a known refusal), so staff enter the figures by manual determination.
  },
  {
    key: "farah",
    firstName: "Omar",
    lastName: "Farah",
    ssn: "900-70-0013",
    dateOfBirth: "1984-10-02",
    employerKey: "evergreen",
    quarterlyWages: ["17300.00", "17300.00", "17900.00", "17900.00", "17900.00", "18200.00"],
    weeklyHours: 40,
    // Denied, appealed, and the hearing was yesterday: the appeals officer can record the outcome.
  },
  {
    key: "ben",
    firstName: "Ben",
    lastName: "Adeyemi",
    ssn: "900-70-0015",
    dateOfBirth: "1992-08-27",
    employerKey: "evergreen",
    quarterlyWages: ["16100.00", "16100.00", "16600.00", "16600.00", "16600.00", "16950.00"],
    weeklyHours: 40,
    // Approved late for leave that began three weeks ago, paid by direct deposit: the weeks
    // already past are due, so the day's payment run has an ACH file to download.
  },
  {
    key: "grace",
    firstName: "Grace",
    lastName: "Liu",
    ssn: "900-70-0022",
    dateOfBirth: "1987-03-21",
    employerKey: "evergreen",
    quarterlyWages: ["17000.00", "17000.00", "17400.00", "17400.00", "17400.00", "17800.00"],
    weeklyHours: 40,
    // Approved leave under way and a pending request to extend it by two weeks: staff decide it
    // in the console, and she sees the new last day in the portal (e2e console-leave-extension spec).
    account: { email: "grace.liu@openleave.test" },
  },
  {
    key: "paulo",
    firstName: "Paulo",
    lastName: "Mendes",
    ssn: "900-70-0023",
    dateOfBirth: "1979-10-05",
    employerKey: "evergreen",
    quarterlyWages: ["15200.00", "15200.00", "15600.00", "15600.00", "15600.00", "15900.00"],
    weeklyHours: 40,
    // In review with a certification (PDF) and a photo of its second page (PNG) waiting for
    // review: staff read both on the claim screen (e2e console-documents spec).
  },
  {
    key: "lucia",
    firstName: "Lucía",
    lastName: "Moreno",
    ssn: "900-70-0016",
    dateOfBirth: "1990-03-08",
    employerKey: "olympic",
    quarterlyWages: ["14200.00", "14200.00", "14650.00", "14650.00", "14650.00", "15100.00"],
    weeklyHours: 40,
    // No account: the claimant journey signs up in Spanish, links as her and applies for
    // reduced-schedule leave (e2e claimant-journey spec).
  },
  {
    key: "daniel",
    firstName: "Daniel",
    lastName: "Kim",
    ssn: "900-70-0017",
    dateOfBirth: "1987-06-21",
    employerKey: "olympic",
    quarterlyWages: ["12800.00", "12800.00", "13150.00", "13150.00", "13150.00", "13400.00"],
    weeklyHours: 40,
    // No account: the claimant journey signs up on a 375 px phone, links as him and applies for
    // intermittent leave (e2e claimant-journey spec).
  },
];

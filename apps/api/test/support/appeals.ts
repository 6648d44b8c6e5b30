// Helpers for appeal tests: a claim taken through the API to a decision, and the appeal mutations.
import { addDays } from "@openleave/db";
import { DEMO } from "./test-api.ts";
import type { ApiClient, TestApi } from "./test-api.ts";
import { freshLeave } from "./dates.ts";

const APPEAL_FIELDS = `id status version appellantRole deadline filedLate reason hearingAt outcome decisionSummary allowedActions officer { name } determination { id outcome }`;
const result = (field: string, args: string, success: string) =>
  `${field}(${args}) { __typename ... on ${success} { data { ${APPEAL_FIELDS} } } ... on InvalidInputError { code message issues { path message } } ... on IllegalTransitionError { from to } ... on StaleVersionError { currentVersion } ... on Error { code message } }`;

export const FILE = `mutation($input: FileAppealInput!) { ${result("fileAppeal", "input: $input", "MutationFileAppealSuccess")} }`;
export const SCHEDULE = `mutation($input: ScheduleHearingInput!) { ${result("scheduleHearing", "input: $input", "MutationScheduleHearingSuccess")} }`;
export const DECIDE = `mutation($input: DecideAppealInput!) { ${result("decideAppeal", "input: $input", "MutationDecideAppealSuccess")} }`;
export const WITHDRAW = `mutation($appealId: ID!, $expectedVersion: Int) { ${result("withdrawAppeal", "appealId: $appealId, expectedVersion: $expectedVersion", "MutationWithdrawAppealSuccess")} }`;

const CREATE = `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { __typename ... on MutationCreateApplicationSuccess { data { id } } ... on Error { code message } } }`;
const UPDATE = `mutation($input: UpdateApplicationInput!) { updateApplication(input: $input) { __typename ... on MutationUpdateApplicationSuccess { data { id } } ... on Error { code message } } }`;
const SUBMIT = `mutation($claimId: ID!) { submitApplication(claimId: $claimId) { __typename ... on MutationSubmitApplicationSuccess { data { id version } } ... on Error { code message } } }`;
const START_REVIEW = `mutation($input: StartReviewInput!) { startReview(input: $input) { __typename ... on MutationStartReviewSuccess { data { version } } ... on Error { code message } } }`;
const DETERMINE = `mutation($input: RecordDeterminationInput!) { recordDetermination(input: $input) { __typename ... on MutationRecordDeterminationSuccess { data { status determinations { id } } } ... on Error { code message } } }`;

export interface DecidedClaim {
  claimId: string;
  determinationId: string;
  leaveStart: string;
  leaveEnd: string;
}

/**
 * A WA bonding claim submitted by `claimant` and decided by an adjudicator through the API; a
 * partial approval approves the first four days.
 */
export async function decidedClaim(
  api: TestApi,
  claimant: ApiClient,
  employerName: string,
  outcome: "APPROVED" | "PARTIALLY_APPROVED" | "DENIED",
  /** The leave asked for (default: a fresh week of its own). */
  leave: { start: string; end: string } = freshLeave(),
): Promise<DecidedClaim> {
  const programId = (await api.db.program.findFirstOrThrow({ where: { jurisdiction: "WA" } })).id;
  const employerId = (await api.db.employer.findFirstOrThrow({ where: { name: employerName } })).id;
  // Each claim gets its own week: one leave can be claimed only once.
  const { start: leaveStart, end: leaveEnd } = leave;
  const draft = await claimant.mutate("createApplication", CREATE, { input: { programId, employerId } });
  await claimant.mutate("updateApplication", UPDATE, {
    input: {
      claimId: draft.id,
      leaveReason: "BONDING",
      leavePeriods: [{ kind: "CONTINUOUS", startDate: leaveStart, endDate: leaveEnd }],
    },
  });
  const submitted = await claimant.mutate("submitApplication", SUBMIT, { claimId: draft.id });
  const staff = await api.signedIn(DEMO.adjudicator);
  const review = await staff.mutate("startReview", START_REVIEW, {
    input: { claimId: draft.id, expectedVersion: submitted.version },
  });
  const decided = await staff.mutate("recordDetermination", DETERMINE, {
    input: {
      claimId: draft.id,
      expectedVersion: review.version,
      outcome,
      reasonCode: outcome === "DENIED" ? "INSUFFICIENT_CERTIFICATION" : "ELIGIBLE",
      explanation:
        outcome === "DENIED"
          ? "The birth certificate was not provided."
          : "You meet every requirement for bonding leave.",
      ...(outcome === "APPROVED" ? { approvedStartDate: leaveStart, approvedEndDate: leaveEnd } : {}),
      ...(outcome === "PARTIALLY_APPROVED"
        ? { approvedStartDate: leaveStart, approvedEndDate: addDays(leaveStart, 3) }
        : {}),
    },
  });
  return { claimId: draft.id, determinationId: decided.determinations[0].id, leaveStart, leaveEnd };
}

/**
 * The appeal tests' API clock: real time, moved forward past the hearings set so far whenever a
 * test is about to decide one (an appeal is decided on the merits only after its hearing).
 */
export const hearingClock = { offsetMs: 0, now: () => new Date(Date.now() + hearingClock.offsetMs) };

/** A minute after the API's now: when the next hearing is set. */
export function hearingTime(): string {
  return new Date(hearingClock.now().getTime() + 60_000).toISOString();
}

/** Moves the API's clock past every hearing set so far, as if they had been held. */
export function holdHearings() {
  hearingClock.offsetMs += 120_000;
}

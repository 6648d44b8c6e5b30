import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { Viewer } from "@openleave/web";
import { renderWithApp } from "@/test/render";
import { GrievanceQueue } from "./grievance-queue";
import { GrievanceReview } from "./grievance-review";

vi.mock("next/navigation", () => ({ usePathname: () => "/grievances" }));

const viewer = (roles: Viewer["roles"]): Viewer => ({
  id: "u-sup",
  name: "Sam Okafor",
  email: "supervisor@openleave.test",
  roles,
  personId: null,
  emailVerifiedAt: "2026-01-01T00:00:00.000Z",
  preferredLanguage: "EN",
  sessionExpiresAt: "2999-01-01T00:00:00.000Z",
  verifiedEmployerIds: [],
});
const signedIn = (roles: Viewer["roles"]) => ({ status: "signed-in" as const, viewer: viewer(roles) });

const reasons = [
  { __typename: "GrievanceFindingReason", code: "EVIDENCE_INSUFFICIENT", outcome: "UPHELD" },
  { __typename: "GrievanceFindingReason", code: "CLAIMANT_EVIDENCE_PREVAILS", outcome: "UPHELD" },
  { __typename: "GrievanceFindingReason", code: "LEAVE_DATES_CORRECTED", outcome: "RETURNED_TO_REVIEW" },
];

function grievance(overrides: Record<string, unknown> = {}) {
  return {
    __typename: "EmployerResponse",
    id: "r1",
    version: 2,
    status: "CONTESTED",
    dueDate: "2026-12-01",
    respondedAt: "2026-11-27T15:00:00.000Z",
    contestReasons: ["DATES_INCORRECT", "INSUFFICIENT_NOTICE"],
    comment: "He worked the first week.",
    correctedFields: ["leaveDates"],
    reportedStartDate: null,
    reportedHoursPerWeek: null,
    reportedLeaveStart: "2026-12-25",
    reportedLeaveEnd: "2027-01-28",
    grievanceDueAt: "2026-12-07T00:00:00.000Z",
    employer: { __typename: "Employer", id: "e1", name: "Evergreen Robotics LLC" },
    documents: [
      {
        __typename: "Document",
        id: "d1",
        fileName: "work-schedule.pdf",
        status: "UPLOADED",
        mimeType: "application/pdf",
        sizeBytes: 600,
        downloadPath: "/files/documents/d1",
      },
    ],
    grievanceFinding: null,
    claim: {
      __typename: "Claim",
      id: "c1",
      claimNumber: "WA-PFML-2026-000010",
      status: "IN_REVIEW",
      version: 4,
      leaveReason: "OWN_HEALTH",
      employmentStartDate: "2023-12-01",
      regularHoursPerWeek: "40",
      claimant: { __typename: "Person", id: "p1", firstName: "Omar", lastName: "Haddad-Reyes" },
      leavePeriods: [
        {
          __typename: "LeavePeriod",
          id: "lp1",
          kind: "CONTINUOUS",
          startDate: "2026-12-18",
          endDate: "2027-01-28",
          decision: "PENDING",
        },
      ],
      determinations: [],
    },
    ...overrides,
  };
}

const answers = (node: object | null) => ({
  EmployerGrievance: { data: { grievanceFindingReasons: reasons, employerGrievance: node } },
});

describe("GrievanceReview", () => {
  it("shows the contest with its evidence link and the claim's facts", async () => {
    renderWithApp(<GrievanceReview id="r1" />, { answers: answers(grievance()), session: signedIn(["SUPERVISOR"]) });
    expect(
      await screen.findByRole("heading", { level: 1, name: "Contest of claim WA-PFML-2026-000010: Omar Haddad-Reyes" }),
    ).toBeInTheDocument();
    expect(screen.getByText("He worked the first week.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Open work-schedule.pdf (opens in a new tab)" })).toHaveAttribute(
      "href",
      "/files/documents/d1",
    );
    expect(screen.getByText("Not decided yet")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Open claim WA-PFML-2026-000010" })).toHaveAttribute("href", "/claims/c1");
  });

  it("lists the errors, offers the reasons of the chosen outcome, and sends the response's version", async () => {
    const u = userEvent.setup();
    const { requests } = renderWithApp(<GrievanceReview id="r1" />, {
      session: signedIn(["SUPERVISOR"]),
      answers: {
        ...answers(grievance()),
        RecordGrievanceFinding: {
          data: {
            recordGrievanceFinding: {
              __typename: "StaleVersionError",
              code: "STALE_VERSION",
              message: "This employer response was changed by someone else.",
            },
          },
        },
      },
    });
    await u.click(await screen.findByRole("button", { name: "Record finding" }));
    expect(
      screen.getByRole("link", { name: "Choose whether the decision stands or the claim goes back to review." }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("link", { name: "Write the findings in a sentence or two (at least 10 characters)." }),
    ).toBeInTheDocument();
    expect(requests.some((r) => r.operationName === "RecordGrievanceFinding")).toBe(false);

    await u.click(screen.getByLabelText(/The decision stands/));
    const options = screen.getAllByRole("option").map((o) => o.textContent);
    expect(options).toEqual([
      "- Choose a reason -",
      "The evidence does not show that the claim's facts are wrong",
      "The claimant's records outweigh the employer's",
    ]);
    await u.selectOptions(screen.getByLabelText("Reason"), "CLAIMANT_EVIDENCE_PREVAILS");
    await u.type(screen.getByLabelText("Findings"), "The certification's dates stand.");
    await u.click(screen.getByRole("button", { name: "Record finding" }));
    await waitFor(() => expect(requests.some((r) => r.operationName === "RecordGrievanceFinding")).toBe(true));
    expect(requests.find((r) => r.operationName === "RecordGrievanceFinding")?.variables).toEqual({
      input: {
        employerResponseId: "r1",
        expectedVersion: 2,
        outcome: "UPHELD",
        reasonCode: "CLAIMANT_EVIDENCE_PREVAILS",
        findings: "The certification's dates stand.",
      },
    });
    expect(await screen.findByText(/Someone else recorded a finding on this contest/)).toBeInTheDocument();
  });

  it("shows a recorded finding instead of the form, and no form to staff outside the queue", async () => {
    const finding = {
      __typename: "GrievanceFinding",
      id: "f1",
      outcome: "RETURNED_TO_REVIEW",
      reasonCode: "LEAVE_DATES_CORRECTED",
      findings: "The first week was worked.",
      claimStatus: "APPROVED",
      decidedAt: "2026-12-02T15:00:00.000Z",
      decidedBy: { __typename: "User", id: "u-sup", name: "Sam Okafor" },
    };
    const { unmount } = renderWithApp(<GrievanceReview id="r1" />, {
      answers: answers(grievance({ grievanceFinding: finding })),
      session: signedIn(["SUPERVISOR"]),
    });
    expect(await screen.findByText("Send the claim back to review")).toBeInTheDocument();
    expect(screen.getByText("The leave dates need correcting")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Record finding" })).not.toBeInTheDocument();
    unmount();

    renderWithApp(<GrievanceReview id="r1" />, { answers: answers(grievance()), session: signedIn(["ADJUDICATOR"]) });
    expect(
      await screen.findByText("Findings are recorded by supervisors and program administrators."),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Record finding" })).not.toBeInTheDocument();
  });

  it("says when there is no such contest", async () => {
    renderWithApp(<GrievanceReview id="nope" />, { answers: answers(null), session: signedIn(["SUPERVISOR"]) });
    expect(await screen.findByRole("heading", { name: "Contest not found" })).toBeInTheDocument();
  });
});

describe("GrievanceQueue", () => {
  it("lists open contests with an overdue mark and a link to review each, and says when there are none", async () => {
    const node = {
      __typename: "EmployerResponse",
      id: "r1",
      respondedAt: "2026-11-27T15:00:00.000Z",
      contestReasons: ["DATES_INCORRECT"],
      grievanceDueAt: "2026-12-01T00:00:00.000Z",
      employer: { __typename: "Employer", id: "e1", name: "Evergreen Robotics LLC" },
      grievanceFinding: null,
      claim: {
        __typename: "Claim",
        id: "c1",
        claimNumber: "WA-PFML-2026-000010",
        status: "IN_REVIEW",
        claimant: { __typename: "Person", id: "p1", firstName: "Omar", lastName: "Haddad-Reyes" },
      },
    };
    const list = (nodes: object[]) => ({
      EmployerGrievances: {
        data: { employerGrievances: { edges: nodes.map((n) => ({ node: n })), pageInfo: { hasNextPage: false } } },
      },
    });
    const { unmount, requests } = renderWithApp(
      <GrievanceQueue decided={false} now={() => new Date("2026-12-03T12:00:00Z")} />,
      { answers: list([node]) },
    );
    expect(
      await screen.findByRole("heading", { name: "Claim WA-PFML-2026-000010: Omar Haddad-Reyes" }),
    ).toBeInTheDocument();
    expect(screen.getByText("Overdue")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Review the contest on claim WA-PFML-2026-000010" })).toHaveAttribute(
      "href",
      "/grievances/r1",
    );
    expect(requests[0]?.variables).toEqual({ first: 50, decided: false });
    unmount();

    renderWithApp(<GrievanceQueue decided />, { answers: list([]) });
    expect(await screen.findByText("No finding has been recorded yet.")).toBeInTheDocument();
  });
});

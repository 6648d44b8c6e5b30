import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithApp } from "@/test/render";
import { EmployerClaimReview } from "./employer-claim-review";

vi.mock("next/navigation", () => ({
  usePathname: () => "/employers/e1/claims/c1",
  useRouter: () => ({ push: vi.fn() }),
}));

const REASONS = [
  "NOT_EMPLOYED",
  "DATES_INCORRECT",
  "WAGES_INCORRECT",
  "INSUFFICIENT_NOTICE",
  "PRIVATE_PLAN_COVERS",
  "OTHER",
];

function claimAnswer(response: object = {}, claim: object = {}) {
  return {
    data: {
      claim: {
        id: "c1",
        claimNumber: "WA-PFML-2026-000001",
        status: "PENDING_EMPLOYER_RESPONSE",
        leaveReason: "BONDING",
        applicationDate: "2026-11-30",
        employmentStartDate: "2019-03-04",
        regularHoursPerWeek: "40",
        program: { id: "p1", name: "Washington Paid Family and Medical Leave", jurisdiction: "WA" },
        employer: { id: "e1", name: "Evergreen Robotics LLC" },
        claimant: { id: "p1", firstName: "María", lastName: "García", taxIdMasked: "***-**-0001" },
        leavePeriods: [{ id: "lp1", kind: "CONTINUOUS", startDate: "2026-12-24", endDate: "2027-03-17" }],
        documents: [],
        allowedActions: [],
        determinations: [],
        appeals: [],
        employerResponses: [
          {
            id: "r1",
            status: "PENDING",
            dueDate: "2026-12-18",
            dueDateBasis: "Program rule: RCW 50A.15.050(1)",
            dueSoon: false,
            respondedAt: null,
            version: 1,
            contestReasons: [],
            contestReasonChoices: REASONS,
            comment: null,
            reportedStartDate: null,
            reportedHoursPerWeek: null,
            reportedLeaveStart: null,
            reportedLeaveEnd: null,
            otherPaidLeave: [],
            correctedFields: [],
            employer: { id: "e1" },
            ...response,
          },
        ],
        ...claim,
      },
    },
  };
}

describe("EmployerClaimReview", () => {
  it("shows the masked SSN, the deadline and the claimant's facts to confirm", async () => {
    renderWithApp(<EmployerClaimReview employerId="e1" claimId="c1" />, { answers: { EmployerClaim: claimAnswer() } });
    expect(await screen.findByRole("heading", { name: "Claim WA-PFML-2026-000001" })).toBeInTheDocument();
    expect(screen.getByText("***-**-0001")).toBeInTheDocument();
    expect(screen.getByText("Respond by December 18, 2026")).toBeInTheDocument();
    expect(screen.getByLabelText("Regular hours per week")).toHaveValue("40");
    expect(screen.getByLabelText("First day of leave")).toHaveValue("2026-12-24");
  });

  it("says when the claim went to the employer's own private plan, with no response asked", async () => {
    renderWithApp(<EmployerClaimReview employerId="e1" claimId="c1" />, {
      answers: {
        EmployerClaim: claimAnswer(
          {},
          { status: "CLOSED", employerResponses: [], privatePlanRouting: { administratorName: "Cascade Benefits" } },
        ),
      },
    });
    expect(await screen.findByRole("heading", { name: "This claim goes to your private plan" })).toBeInTheDocument();
    expect(screen.getByText(/run by Cascade Benefits, covers this leave/)).toBeInTheDocument();
    expect(screen.queryByText(/Respond by/)).not.toBeInTheDocument();
  });

  it("asks for reasons and a comment before sending a contest", async () => {
    const { requests } = renderWithApp(<EmployerClaimReview employerId="e1" claimId="c1" />, {
      answers: { EmployerClaim: claimAnswer() },
    });
    await userEvent.click(await screen.findByLabelText("Contest: I disagree with the claim"));
    await userEvent.click(screen.getByRole("button", { name: "Send response" }));
    expect(await screen.findAllByText("Choose at least one reason you disagree.")).not.toHaveLength(0);
    expect(screen.getAllByText("Explain what is incorrect so staff can check it.")).not.toHaveLength(0);
    expect(requests.some((request) => request.operationName === "RespondToClaim")).toBe(false);
  });

  it("sends a contest with its reasons, comment and corrected hours", async () => {
    const { requests } = renderWithApp(<EmployerClaimReview employerId="e1" claimId="c1" />, {
      answers: {
        EmployerClaim: claimAnswer(),
        RespondToClaim: {
          data: {
            respondToClaim: {
              __typename: "MutationRespondToClaimSuccess",
              data: { id: "r1", status: "CONTESTED", version: 2 },
            },
          },
        },
      },
    });
    const hours = await screen.findByLabelText("Regular hours per week");
    await userEvent.clear(hours);
    await userEvent.type(hours, "32");
    await userEvent.click(screen.getByLabelText("Contest: I disagree with the claim"));
    await userEvent.click(screen.getByLabelText("The wages or hours are wrong"));
    await userEvent.type(screen.getByLabelText("Comment"), "She works 32 hours a week.");
    await userEvent.click(screen.getByRole("button", { name: "Send response" }));
    await vi.waitFor(() => expect(requests.some((r) => r.operationName === "RespondToClaim")).toBe(true));
    const sent = requests.find((request) => request.operationName === "RespondToClaim");
    expect(sent?.variables).toMatchObject({
      input: {
        employerResponseId: "r1",
        expectedVersion: 1,
        decision: "CONTEST",
        contestReasons: ["WAGES_INCORRECT"],
        comment: "She works 32 hours a week.",
        reportedHoursPerWeek: "32",
        reportedLeaveStart: "2026-12-24",
      },
    });
  });

  it("after the window, refuses clearly and names the deadline", async () => {
    renderWithApp(<EmployerClaimReview employerId="e1" claimId="c1" />, {
      answers: {
        EmployerClaim: claimAnswer(),
        RespondToClaim: {
          data: {
            respondToClaim: {
              __typename: "ResponseWindowClosedError",
              code: "RESPONSE_WINDOW_CLOSED",
              message: "The deadline to respond to this claim was 2026-12-18.",
            },
          },
        },
      },
    });
    await userEvent.click(await screen.findByLabelText("Confirm: the facts are right (with any corrections above)"));
    await userEvent.click(screen.getByRole("button", { name: "Send response" }));
    expect(await screen.findByRole("heading", { name: "The deadline to respond has passed" })).toBeInTheDocument();
    expect(screen.getByText(/The deadline to respond to this claim was December 18, 2026/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Send response" })).toBeNull();
  });

  it("shows a sent contest with the reasons, in Spanish", async () => {
    renderWithApp(<EmployerClaimReview employerId="e1" claimId="c1" />, {
      locale: "es",
      answers: {
        EmployerClaim: claimAnswer({
          status: "CONTESTED",
          respondedAt: "2026-12-03T18:00:00.000Z",
          contestReasons: ["DATES_INCORRECT"],
          comment: "La licencia empieza el 31.",
        }),
      },
    });
    expect(await screen.findByRole("heading", { name: "Su respuesta se envió" })).toBeInTheDocument();
    expect(screen.getByText("Las fechas del permiso están mal")).toBeInTheDocument();
  });

  it("lets the employer appeal a decision by the deadline", async () => {
    const { requests } = renderWithApp(<EmployerClaimReview employerId="e1" claimId="c1" />, {
      answers: {
        EmployerClaim: claimAnswer(
          { status: "CONFIRMED", respondedAt: "2026-12-03T18:00:00.000Z" },
          {
            status: "APPROVED",
            allowedActions: ["APPEAL"],
            determinations: [
              {
                id: "d1",
                outcome: "APPROVED",
                decidedAt: "2026-12-10T18:00:00.000Z",
                appealDeadline: "2027-01-09",
                superseded: false,
              },
            ],
          },
        ),
        FileEmployerAppeal: {
          data: {
            fileAppeal: {
              __typename: "MutationFileAppealSuccess",
              data: { id: "a1", status: "FILED", filedAt: "2026-12-11T18:00:00.000Z" },
            },
          },
        },
      },
    });
    expect(await screen.findByText(/appeal by January 9, 2027/)).toBeInTheDocument();
    await userEvent.type(
      screen.getByLabelText("Why the decision is wrong"),
      "She was not employed by us in the base period.",
    );
    await userEvent.click(screen.getByRole("button", { name: "File the appeal" }));
    await vi.waitFor(() => expect(requests.some((r) => r.operationName === "FileEmployerAppeal")).toBe(true));
    expect(requests.find((r) => r.operationName === "FileEmployerAppeal")?.variables).toEqual({
      input: { claimId: "c1", reason: "She was not employed by us in the base period." },
    });
  });
});

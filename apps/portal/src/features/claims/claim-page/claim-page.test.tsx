import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithApp } from "@/test/render";
import { ClaimPage } from "./claim-page";

vi.mock("next/navigation", () => ({ usePathname: () => "/claims/c1" }));

function payment(week: number, status: string) {
  const start = new Date(Date.UTC(2026, 9, 5 + week * 7));
  const end = new Date(start.getTime() + 6 * 86_400_000);
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return {
    id: `p${week}`,
    periodStart: day(start),
    periodEnd: day(end),
    gross: "587.00",
    federalWithholding: "58.70",
    stateWithholding: "0.00",
    recoveryOffset: "0.00",
    net: "528.30",
    status,
    method: "ACH",
    scheduledFor: day(new Date(end.getTime() + 3 * 86_400_000)),
    sentAt: status === "PAID" ? "2026-10-14T15:00:00.000Z" : null,
    paidAt: status === "PAID" ? "2026-10-15T15:00:00.000Z" : null,
    settledAt: null,
    accountNumberMasked: "****6789",
    isReissue: false,
  };
}

const approved = {
  id: "c1",
  claimNumber: "WA-PFML-2026-001001",
  status: "APPROVED",
  version: 4,
  leaveReason: "OWN_HEALTH",
  submittedAt: "2026-09-20T15:00:00.000Z",
  decidedAt: "2026-09-30T15:00:00.000Z",
  withdrawnAt: null,
  allowedActions: ["APPEAL", "UPLOAD_DOCUMENT"],
  program: {
    id: "wa",
    name: "Washington Paid Family and Medical Leave",
    rules: {
      documentRequirements: [{ reason: "OWN_HEALTH", documentTypes: ["MEDICAL_CERTIFICATION"] }],
      extensionRequestTime: { days: 14 },
    },
  },
  documents: [
    {
      id: "doc1",
      type: "MEDICAL_CERTIFICATION",
      status: "ACCEPTED",
      fileName: "certification.pdf",
      createdAt: "2026-09-20T15:00:00.000Z",
      uploadedAt: "2026-09-20T15:01:00.000Z",
      reviewNote: null,
      downloadPath: "/files/documents/doc1",
    },
  ],
  employer: { id: "e1", name: "Evergreen Robotics LLC" },
  leavePeriods: [
    {
      id: "l1",
      kind: "CONTINUOUS",
      startDate: "2026-10-05",
      endDate: "2026-11-29",
      hoursPerWeek: null,
      episodesPerMonth: null,
      hoursPerEpisode: null,
      decision: "APPROVED",
      weeklyHoursAllowed: null,
      reportableWeeks: [],
    },
  ],
  leaveHoursReports: [],
  leaveExtensionRequests: [],
  employerResponses: [
    { id: "r1", status: "CONTESTED", dueDate: "2026-10-01", respondedAt: "2026-09-25T15:00:00.000Z" },
  ],
  determinations: [
    {
      id: "d1",
      outcome: "APPROVED",
      explanation: "The claimant meets the earnings test and the leave is certified.",
      decidedAt: "2026-09-30T15:00:00.000Z",
      appealDeadline: "2026-10-30",
      approvedStartDate: "2026-10-05",
      approvedEndDate: "2026-11-29",
      weeklyBenefitAmount: "587.00",
      superseded: false,
    },
  ],
  notices: [
    {
      id: "n1",
      kind: "APPROVAL",
      subject: "Your leave is approved",
      body: "The claimant meets the earnings test.",
      createdAt: "2026-09-30T15:00:00.000Z",
    },
  ],
  infoRequests: [],
  appeals: [],
  expectedDecisionDate: null,
  statusHistory: [
    { id: "h1", at: "2026-09-20T15:00:00.000Z", toStatus: "PENDING_EMPLOYER_RESPONSE" },
    { id: "h2", at: "2026-09-26T15:00:00.000Z", toStatus: "IN_REVIEW" },
  ],
  payments: [payment(0, "PAID"), payment(1, "PAID"), payment(2, "PAID"), payment(3, "SCHEDULED")],
};

const answer = (claim: object | null) => ({
  ClaimPage: { data: { claim } },
  // The notices section asks for its own list (features/notices).
  ClaimNotices: {
    data: {
      claim: claim && {
        id: "c1",
        notices: ((claim as { notices?: object[] }).notices ?? []).map((n) => ({
          language: "EN",
          pdfUrl: "/files/notices/n1",
          ...n,
        })),
      },
    },
  },
});

describe("ClaimPage", () => {
  it("shows where an approved claim stands, its decision and every payment with the total paid", async () => {
    renderWithApp(<ClaimPage claimId="c1" />, { answers: answer(approved) });

    expect(await screen.findByRole("heading", { level: 1, name: "Claim WA-PFML-2026-001001" })).toBeInTheDocument();
    expect(screen.getByText("Your next payment is scheduled for November 4, 2026.")).toBeInTheDocument();
    // The employer answered (here: contested); the claimant learns only that they responded.
    expect(screen.getByText("Your employer responded on September 25, 2026.")).toBeInTheDocument();
    expect(screen.queryByText(/contest/i)).not.toBeInTheDocument();
    expect(screen.getByText("You can appeal this decision until October 30, 2026.")).toBeInTheDocument();
    expect(screen.getByText("The claimant meets the earnings test and the leave is certified.")).toBeInTheDocument();
    expect(await screen.findByRole("heading", { level: 3, name: "Your leave is approved" })).toBeInTheDocument();
    expect(
      screen.getByRole("link", { name: "Download PDF: Your leave is approved, sent September 30, 2026" }),
    ).toHaveAttribute("href", "/files/notices/n1");

    const table = screen.getByRole("table", { name: /Every payment on this claim/ });
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(5); // header + four payments
    expect(within(rows[1]!).getByText("$587.00")).toBeInTheDocument();
    expect(within(rows[1]!).getByText("$58.70")).toBeInTheDocument();
    expect(within(rows[1]!).getByText("$528.30")).toBeInTheDocument();
    expect(within(rows[1]!).getByText("Direct deposit to account ****6789")).toBeInTheDocument();
    expect(within(rows[4]!).getByText("Scheduled")).toBeInTheDocument();
    // Three paid weeks of $528.30 (the scheduled one does not count).
    expect(screen.getByTestId("total-paid")).toHaveTextContent("$1,584.90");
    expect(screen.getByText("3 of 4")).toBeInTheDocument();
    // The timeline, oldest first; the year view sums the paid weeks (1099-G figures).
    const timeline = screen.getByRole("region", { name: "What has happened" });
    expect(
      within(timeline)
        .getAllByRole("heading", { level: 3 })
        .map((h) => h.textContent),
    ).toEqual([
      "Application submitted",
      "Your employer responded",
      "Staff started reviewing your claim",
      "Decision: Approved",
      "First payment sent",
    ]);
    expect(screen.getByTestId("year-2026-gross")).toHaveTextContent("$1,761.00");
    expect(screen.getByTestId("year-2026-withheld")).toHaveTextContent("$176.10");
    expect(screen.getByRole("button", { name: "Download the payment history (CSV)" })).toBeInTheDocument();
    // Withdrawal is not offered when the API does not allow it.
    expect(screen.queryByRole("button", { name: "Withdraw claim" })).not.toBeInTheDocument();
  });

  it("says a claim routed to the employer's plan is the plan's, and how to reach it, in Spanish", async () => {
    const routed = {
      ...approved,
      status: "CLOSED",
      allowedActions: [],
      employerResponses: [],
      determinations: [],
      payments: [],
      privatePlanRouting: {
        administratorName: "Cascade Benefits",
        claimsContactPhone: "206-555-0142",
        claimsContactEmail: "claims@cascade.test",
      },
    };
    renderWithApp(<ClaimPage claimId="c1" />, { answers: answer(routed), locale: "es" });
    expect(await screen.findByText("El plan privado de su empleador atiende este permiso")).toBeInTheDocument();
    expect(screen.getByText(/Cerramos este reclamo porque lo atiende el plan de su empleador/)).toBeInTheDocument();
    expect(screen.getByText(/Comuníquese con Cascade Benefits al 206-555-0142/)).toBeInTheDocument();
  });

  it("says there are no payments yet, and what to expect, in Spanish", async () => {
    const pending = {
      ...approved,
      status: "PENDING_EMPLOYER_RESPONSE",
      allowedActions: [],
      employerResponses: [{ id: "r1", status: "PENDING", dueDate: "2026-12-10", respondedAt: null }],
      determinations: [],
      notices: [],
      payments: [],
    };
    renderWithApp(<ClaimPage claimId="c1" />, { locale: "es", answers: answer(pending) });
    expect(await screen.findByText("Todavía no hay pagos.")).toBeInTheDocument();
    expect(screen.getByText(/Los pagos empiezan cuando se aprueba su reclamo/)).toBeInTheDocument();
    expect(screen.getByText(/Tiene hasta el 10 de diciembre de 2026 para responder/)).toBeInTheDocument();
    expect(screen.getByText("Todavía no hay una decisión.")).toBeInTheDocument();
  });

  it("withdraws after a confirmation step and shows the result", async () => {
    const user = userEvent.setup();
    const inReview = {
      ...approved,
      status: "IN_REVIEW",
      allowedActions: ["WITHDRAW", "UPLOAD_DOCUMENT"],
      determinations: [],
      payments: [],
      infoRequests: [],
    };
    // After the mutation the API answers the claim as withdrawn, without the action.
    let withdrawn = false;
    const { requests } = renderWithApp(<ClaimPage claimId="c1" />, {
      answers: {
        ClaimPage: () => ({
          data: {
            claim: withdrawn
              ? {
                  ...inReview,
                  status: "WITHDRAWN",
                  version: 5,
                  withdrawnAt: "2026-12-03T10:00:00.000Z",
                  allowedActions: [],
                }
              : inReview,
          },
        }),
        WithdrawClaim: () => {
          withdrawn = true;
          return {
            data: {
              withdrawClaim: {
                __typename: "MutationWithdrawClaimSuccess",
                data: {
                  id: "c1",
                  status: "WITHDRAWN",
                  version: 5,
                  withdrawnAt: "2026-12-03T10:00:00.000Z",
                  allowedActions: [],
                },
              },
            },
          };
        },
      },
    });
    await user.click(await screen.findByRole("button", { name: "Withdraw claim" }));
    expect(screen.getByRole("heading", { name: "Withdraw this claim?" })).toBeInTheDocument();
    expect(requests.some((r) => r.operationName === "WithdrawClaim")).toBe(false);
    await user.click(screen.getByRole("button", { name: "Yes, withdraw my claim" }));
    expect(await screen.findByRole("heading", { name: "Your claim is withdrawn" })).toBeInTheDocument();
    expect(await screen.findByText("You withdrew this claim on December 3, 2026.")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Your claim is withdrawn" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Withdraw claim" })).not.toBeInTheDocument();
    const sent = requests.find((r) => r.operationName === "WithdrawClaim");
    expect(sent?.variables).toEqual({ input: { claimId: "c1", expectedVersion: 4 } });
  });

  it("explains a refused withdrawal in place", async () => {
    const user = userEvent.setup();
    renderWithApp(<ClaimPage claimId="c1" />, {
      answers: {
        ClaimPage: { data: { claim: { ...approved, status: "IN_REVIEW", allowedActions: ["WITHDRAW"] } } },
        WithdrawClaim: {
          data: {
            withdrawClaim: {
              __typename: "StaleVersionError",
              code: "STALE_VERSION",
              message: "This claim changed while you were looking at it. Reload to see the latest.",
            },
          },
        },
      },
    });
    await user.click(await screen.findByRole("button", { name: "Withdraw claim" }));
    await user.click(screen.getByRole("button", { name: "Yes, withdraw my claim" }));
    expect(await screen.findByRole("heading", { name: "We could not withdraw your claim" })).toBeInTheDocument();
    expect(screen.getByText(/This claim changed while you were looking at it/)).toBeInTheDocument();
  });

  it("says so when the claim is not the viewer's (or does not exist)", async () => {
    renderWithApp(<ClaimPage claimId="nope" />, { answers: answer(null) });
    expect(await screen.findByRole("heading", { name: "We could not find this claim" })).toBeInTheDocument();
  });

  it("offers a retry when the claim cannot be loaded", async () => {
    renderWithApp(<ClaimPage claimId="c1" />, { answers: {} });
    expect(await screen.findByRole("heading", { name: "We could not load this claim." })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });
});

describe("ClaimPage: answering and appealing in place", () => {
  const policy = {
    DocumentUploadPolicy: {
      data: {
        documentUploadPolicy: {
          maxBytes: 10485760,
          mimeTypes: ["application/pdf"],
          typeNames: ["PDF"],
          extensions: [".pdf"],
        },
      },
    },
  };

  it("answers a request for information on the claim page, keeping the text when the API refuses", async () => {
    const user = userEvent.setup();
    const asked = {
      ...approved,
      status: "INFO_REQUESTED",
      allowedActions: ["UPLOAD_DOCUMENT", "WITHDRAW"],
      determinations: [],
      payments: [],
      infoRequests: [
        {
          id: "i1",
          message: "Please send the second page of the certification.",
          dueDate: "2026-12-15",
          createdAt: "2026-12-01T15:00:00.000Z",
          respondedAt: null,
          response: null,
          lapsedAt: null,
          documents: [],
        },
      ],
    };
    let tries = 0;
    const { requests } = renderWithApp(<ClaimPage claimId="c1" />, {
      answers: {
        ...policy,
        ClaimPage: { data: { claim: asked } },
        RespondToInfoRequest: () => {
          tries += 1;
          return {
            data: {
              respondToInformationRequest:
                tries === 1
                  ? {
                      __typename: "InvalidInputError",
                      code: "INVALID_INPUT",
                      message: "Some of the information you entered needs to be corrected.",
                      issues: [{ path: ["input", "response"], message: "Keep your answer under 5,000 characters." }],
                    }
                  : {
                      __typename: "MutationRespondToInformationRequestSuccess",
                      data: { id: "c1", status: "IN_REVIEW", version: 5 },
                    },
            },
          };
        },
      },
    });
    expect(await screen.findByText("Please send the second page of the certification.")).toBeInTheDocument();
    expect(screen.getByText("Please answer by December 15, 2026.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Send my answer" }));
    expect(screen.getByLabelText("Your answer")).toHaveAccessibleDescription(/Write your answer\./);
    expect(requests.some((r) => r.operationName === "RespondToInfoRequest")).toBe(false);

    await user.type(screen.getByLabelText("Your answer"), "Page two is attached.");
    await user.click(screen.getByRole("button", { name: "Send my answer" }));
    expect(
      await screen.findByText(/Keep your answer under 5,000 characters/, { selector: ".usa-error-message" }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText("Your answer")).toHaveValue("Page two is attached.");
    await user.click(screen.getByRole("button", { name: "Send my answer" }));
    await vi.waitFor(() => expect(tries).toBe(2));
    const sent = requests.filter((r) => r.operationName === "RespondToInfoRequest").at(-1);
    expect(sent?.variables).toEqual({
      input: { infoRequestId: "i1", response: "Page two is attached.", documentIds: [] },
    });
  });

  it("shows the appeal deadline and files an appeal with a reason; shows a scheduled hearing", async () => {
    const user = userEvent.setup();
    const denied = {
      ...approved,
      status: "DENIED",
      allowedActions: ["APPEAL", "UPLOAD_DOCUMENT"],
      payments: [],
      determinations: [
        { ...approved.determinations[0]!, outcome: "DENIED", approvedStartDate: null, approvedEndDate: null },
      ],
    };
    const { requests } = renderWithApp(<ClaimPage claimId="c1" />, {
      answers: {
        ...policy,
        ClaimPage: { data: { claim: denied } },
        FileClaimAppeal: {
          data: { fileAppeal: { __typename: "MutationFileAppealSuccess", data: { id: "a1", status: "FILED" } } },
        },
      },
    });
    await user.click(await screen.findByRole("button", { name: "Appeal this decision" }));
    expect(screen.getByRole("heading", { name: "File an appeal" })).toHaveFocus();
    expect(screen.getAllByText(/October 30, 2026/).length).toBeGreaterThan(0);
    await user.type(screen.getByLabelText("Why do you disagree with the decision?"), "Too short");
    await user.click(screen.getByRole("button", { name: "File my appeal" }));
    expect(screen.getByLabelText("Why do you disagree with the decision?")).toHaveAccessibleDescription(
      /at least 10 characters/,
    );
    await user.type(
      screen.getByLabelText("Why do you disagree with the decision?"),
      " — my doctor certified the leave.",
    );
    await user.click(screen.getByRole("button", { name: "File my appeal" }));
    await vi.waitFor(() => expect(requests.some((r) => r.operationName === "FileClaimAppeal")).toBe(true));
    expect(requests.find((r) => r.operationName === "FileClaimAppeal")?.variables).toEqual({
      input: { claimId: "c1", reason: "Too short — my doctor certified the leave.", documentIds: [] },
    });
  });

  it("shows an appeal's hearing date", async () => {
    const withAppeal = {
      ...approved,
      status: "DENIED",
      allowedActions: ["APPEAL"],
      appeals: [
        {
          id: "a1",
          status: "HEARING_SCHEDULED",
          appellantRole: "CLAIMANT",
          filedAt: "2026-10-02T15:00:00.000Z",
          deadline: "2026-10-30",
          filedLate: false,
          hearingAt: "2026-11-05T18:00:00.000Z",
          outcome: null,
          decisionSummary: null,
          decidedAt: null,
          reason: "My doctor certified the leave.",
          documents: [{ id: "d9", fileName: "letter.pdf", downloadPath: "/files/documents/d9" }],
        },
      ],
    };
    renderWithApp(<ClaimPage claimId="c1" />, { answers: { ...policy, ClaimPage: { data: { claim: withAppeal } } } });
    expect(await screen.findByText("Hearing scheduled")).toBeInTheDocument();
    expect(screen.getByText(/^Hearing: November 5, 2026/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "letter.pdf" })).toHaveAttribute("href", "/files/documents/d9");
    // An open appeal: no second one is offered.
    expect(screen.queryByRole("button", { name: "Appeal this decision" })).not.toBeInTheDocument();
  });
});

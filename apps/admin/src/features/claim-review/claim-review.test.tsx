import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithApp } from "@/test/render";
import { ClaimReview } from "./claim-review";

vi.mock("next/navigation", () => ({ usePathname: () => "/claims/c1", useRouter: () => ({ push: vi.fn() }) }));

const user = (id: string, name: string) => ({ __typename: "User", id, name });

function claimFixture(overrides: Record<string, unknown> = {}) {
  return {
    __typename: "Claim",
    id: "c1",
    claimNumber: "WA-PFML-2026-000007",
    status: "IN_REVIEW",
    version: 4,
    leaveReason: "FAMILY_CARE",
    familyRelationship: "PARENT",
    familyMemberFirstName: "Elena",
    familyMemberLastName: "O'Connor",
    conditionDescription: "Surgery and recovery",
    applicationDate: "2026-11-21",
    submittedAt: "2026-11-21T15:00:00.000Z",
    decidedAt: null,
    employmentStartDate: "2020-03-01",
    employmentEndDate: null,
    regularHoursPerWeek: "40",
    allowedActions: ["DECIDE", "REQUEST_INFORMATION", "CHECK_ELIGIBILITY", "WITHDRAW"],
    program: {
      __typename: "Program",
      id: "p1",
      name: "Washington Paid Family and Medical Leave",
      jurisdiction: "WA",
      code: "PFML",
      rules: {
        __typename: "ProgramRules",
        denialReasons: [
          { __typename: "DenialReason", code: "INSUFFICIENT_HOURS", label: "Not enough hours worked" },
          { __typename: "DenialReason", code: "INSUFFICIENT_CERTIFICATION", label: "Certification incomplete" },
        ],
      },
    },
    claimant: {
      __typename: "Person",
      id: "person-1",
      firstName: "James",
      lastName: "O'Connor",
      dateOfBirth: "1980-05-02",
      email: "james@example.test",
      phone: null,
      taxIdMasked: "***-**-0003",
      wageRecords: [
        {
          __typename: "WageRecord",
          id: "w1",
          year: 2026,
          quarter: 2,
          wages: "15600.00",
          hours: "520",
          employer: { __typename: "Employer", id: "e1", name: "Evergreen Robotics" },
        },
        {
          __typename: "WageRecord",
          id: "w2",
          year: 2026,
          quarter: 3,
          wages: "15600.00",
          hours: "520",
          employer: { __typename: "Employer", id: "e1", name: "Evergreen Robotics" },
        },
      ],
    },
    employer: { __typename: "Employer", id: "e1", name: "Evergreen Robotics", dba: null, fein: "91-1234567" },
    leavePeriods: [
      {
        __typename: "LeavePeriod",
        id: "lp1",
        kind: "CONTINUOUS",
        startDate: "2026-12-13",
        endDate: "2027-01-23",
        decision: "PENDING",
        hoursPerWeek: null,
      },
    ],
    eligibility: {
      __typename: "EligibilitySnapshot",
      id: "s1",
      computedAt: "2026-12-03T09:00:00.000Z",
      eligible: true,
      errorCode: null,
      ineligibleReasons: [],
      basePeriodQuarters: ["2026-Q2"],
      basePeriodWages: "62400.00",
      averageWeeklyWage: "1200.00",
      weeklyBenefitAmount: "987.00",
      maxWeeks: "12",
      remainingWeeks: "12",
      waitingPeriodDays: 7,
      explanation: [
        {
          step: "weekly-benefit",
          what: "Weekly benefit amount",
          result: "987.00",
          parameters: [
            {
              id: "wa.max",
              label: "Maximum weekly benefit",
              value: "1456.00",
              from: "2026-01-01",
              cite: [{ title: "WA ESD maximum benefit", section: "2026" }],
            },
          ],
          cite: [{ title: "RCW 50A.15.020", href: "https://app.leg.wa.gov/RCW/default.aspx?cite=50A.15.020" }],
        },
      ],
    },
    documents: [
      {
        __typename: "Document",
        id: "d1",
        type: "FAMILY_CARE_CERTIFICATION",
        fileName: "certification.pdf",
        status: "UPLOADED",
        mimeType: "application/pdf",
        downloadPath: "/files/documents/d1",
        uploadedAt: "2026-11-22T10:00:00.000Z",
        reviewNote: null,
      },
    ],
    employerResponses: [
      {
        __typename: "EmployerResponse",
        id: "er1",
        status: "CONTESTED",
        dueDate: "2026-12-01",
        respondedAt: "2026-11-25T10:00:00.000Z",
        contestReasons: ["DATES_INCORRECT"],
        comment: "He asked for different dates.",
        correctedFields: [],
        reportedLeaveStart: "2026-12-20",
        reportedLeaveEnd: "2027-01-23",
        reportedHoursPerWeek: null,
        employer: { __typename: "Employer", id: "e1", name: "Evergreen Robotics" },
      },
    ],
    infoRequests: [
      {
        __typename: "InfoRequest",
        id: "ir1",
        message: "Please send the certification.",
        dueDate: "2026-11-28",
        createdAt: "2026-11-21T16:00:00.000Z",
        respondedAt: "2026-11-22T10:00:00.000Z",
        response: "Uploaded it today.",
      },
    ],
    determinations: [],
    payments: [],
    statusHistory: [
      {
        __typename: "ClaimStatusChange",
        id: "h1",
        fromStatus: null,
        toStatus: "SUBMITTED",
        at: "2026-11-21T15:00:00.000Z",
        reason: null,
        changedBy: user("u-claimant", "James O'Connor"),
      },
      {
        __typename: "ClaimStatusChange",
        id: "h2",
        fromStatus: "SUBMITTED",
        toStatus: "IN_REVIEW",
        at: "2026-11-26T15:00:00.000Z",
        reason: null,
        changedBy: user("u-adj", "Alex Rivera"),
      },
    ],
    notes: [],
    tasks: [
      {
        __typename: "Task",
        id: "t1",
        kind: "REVIEW_CLAIM",
        status: "IN_PROGRESS",
        assignee: user("u1", "Me"),
      },
    ],
    auditTrail: [
      {
        __typename: "AuditEvent",
        id: "a1",
        at: "2026-12-03T08:00:00.000Z",
        action: "person.tax_id.read",
        entityType: "Person",
        changedFields: [],
        metadata: { purpose: "identity check" },
        actor: user("u-adj", "Alex Rivera"),
      },
    ],
    ...overrides,
  };
}

const answer = (claim: object | null) => ({ data: { claim } });

// The notices section's own query (features/claim-notices): the claimant's notice and the employer's copy.
const NOTICES = {
  ConsoleClaimNotices: {
    data: {
      claim: {
        id: "c1",
        notices: [
          {
            id: "n2",
            kind: "DENIAL",
            audience: "EMPLOYER",
            language: "EN",
            subject: "Decision on claim WA-PFML-2026-000007: denied",
            createdAt: "2026-11-30T18:00:00.000Z",
            pdfUrl: "/files/notices/n2",
          },
          {
            id: "n1",
            kind: "DENIAL",
            audience: "CLAIMANT",
            language: "ES",
            subject: "Su solicitud fue negada (reclamo WA-PFML-2026-000007)",
            createdAt: "2026-11-30T18:00:00.000Z",
            pdfUrl: "/files/notices/n1",
          },
        ],
      },
    },
  },
};

describe("ClaimReview", () => {
  it("shows the claim's facts, wages, the rules' explanation with citations, and the audit trail", async () => {
    renderWithApp(<ClaimReview claimId="c1" />, {
      answers: {
        ...NOTICES,
        ClaimReview: answer(claimFixture()),
      },
    });
    expect(
      await screen.findByRole("heading", { level: 1, name: "Claim WA-PFML-2026-000007: James O'Connor" }),
    ).toBeInTheDocument();
    expect(screen.getByText("***-**-0003")).toBeInTheDocument();
    const notices = await screen.findByRole("table", { name: "Notices sent on this claim, newest first" });
    expect(within(notices).getByText("Su solicitud fue negada (reclamo WA-PFML-2026-000007)")).toBeInTheDocument();
    expect(within(notices).getByText("Spanish")).toBeInTheDocument();
    expect(
      within(notices).getByRole("link", {
        name: /^Download the PDF of “Decision on claim WA-PFML-2026-000007: denied” sent to the employer/,
      }),
    ).toHaveAttribute("href", "/files/notices/n2");
    expect(screen.getByText("Elena O'Connor (parent)")).toBeInTheDocument();
    expect(screen.getByText("Contested by the employer")).toBeInTheDocument();
    expect(screen.getByText("He asked for different dates.")).toBeInTheDocument();
    const wages = screen.getByRole("table", { name: "Quarterly wages, newest first" });
    expect(within(wages).getAllByText("Used")).toHaveLength(1);
    expect(screen.getByText("Weekly benefit amount")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "RCW 50A.15.020" })).toHaveAttribute(
      "href",
      "https://app.leg.wa.gov/RCW/default.aspx?cite=50A.15.020",
    );
    expect(screen.getByText(/WA ESD maximum benefit, 2026/)).toBeInTheDocument();
    expect(screen.getByText("Uploaded it today.")).toBeInTheDocument();
    expect(screen.getByText("Purpose: identity check")).toBeInTheDocument();
    expect(screen.getByText(/In review · .* · Alex Rivera/)).toBeInTheDocument();
  });

  it("shows each document in the page beside its review control: PDF framed, photo with alt text, HEIC as a download", async () => {
    const document = (id: string, fileName: string, mimeType: string, status = "UPLOADED") => ({
      __typename: "Document",
      id,
      type: "MEDICAL_CERTIFICATION",
      fileName,
      status,
      mimeType,
      downloadPath: `/files/documents/${id}`,
      uploadedAt: "2026-11-22T10:00:00.000Z",
      reviewNote: null,
    });
    renderWithApp(<ClaimReview claimId="c1" />, {
      answers: {
        ...NOTICES,
        ClaimReview: answer(
          claimFixture({
            documents: [
              document("d1", "certification.pdf", "application/pdf"),
              document("d2", "page-2.png", "image/png", "ACCEPTED"),
              document("d3", "IMG_0042.heic", "image/heic"),
              {
                ...document("d4", "later.pdf", "application/pdf", "AWAITING_UPLOAD"),
                downloadPath: null,
                mimeType: null,
              },
            ],
          }),
        ),
      },
    });
    const section = (await screen.findByRole("heading", { level: 2, name: "Documents" })).closest("section")!;
    const frame = within(section).getByTitle("Medical certification: certification.pdf");
    expect(frame.tagName).toBe("IFRAME");
    expect(frame).toHaveAttribute("src", "/files/documents/d1?view=inline");
    expect(frame).toHaveAttribute("loading", "lazy");
    expect(within(section).getByRole("link", { name: "download certification.pdf" })).toHaveAttribute(
      "href",
      "/files/documents/d1",
    );
    expect(
      within(section).getByRole("img", { name: "Photo uploaded as Medical certification: page-2.png" }),
    ).toHaveAttribute("src", "/files/documents/d2?view=inline");
    expect(within(section).getByText(/HEIC photo, which browsers cannot show/)).toBeInTheDocument();
    expect(within(section).getByRole("link", { name: "download IMG_0042.heic" })).toHaveAttribute(
      "download",
      "IMG_0042.heic",
    );
    // Nothing to show before the upload; the review control stays beside each uploaded file.
    expect(section.querySelectorAll("iframe")).toHaveLength(1);
    expect(within(section).getAllByRole("button", { name: /^Accept/ })).toHaveLength(2);
    expect(within(section).getByRole("link", { name: /^certification\.pdf/ })).toHaveAttribute(
      "href",
      "/files/documents/d1?view=inline",
    );
  });

  it("decides a request to extend leave: checks the form, then sends the new last day with the version on screen", async () => {
    const u = userEvent.setup();
    const approved = claimFixture({
      status: "APPROVED",
      allowedActions: [],
      leavePeriods: [
        {
          __typename: "LeavePeriod",
          id: "lp1",
          kind: "CONTINUOUS",
          startDate: "2026-11-02",
          endDate: "2026-12-13",
          decision: "APPROVED",
          hoursPerWeek: null,
        },
      ],
    });
    const { requests } = renderWithApp(<ClaimReview claimId="c1" />, {
      answers: {
        ...NOTICES,
        ClaimReview: answer(approved),
        ClaimLeaveExtensions: {
          data: {
            claim: {
              __typename: "Claim",
              id: "c1",
              leaveExtensionRequests: [
                {
                  __typename: "LeaveExtensionRequest",
                  id: "x1",
                  leavePeriodId: "lp1",
                  currentEndDate: "2026-12-13",
                  requestedEndDate: "2026-12-27",
                  reason: "My surgeon extended my recovery.",
                  status: "PENDING",
                  createdAt: "2026-12-02T10:00:00.000Z",
                  decidedAt: null,
                  approvedEndDate: null,
                  denialReasonCode: null,
                  explanation: null,
                  document: null,
                },
              ],
            },
          },
        },
        DecideLeaveExtension: {
          data: {
            decideLeaveExtension: {
              __typename: "MutationDecideLeaveExtensionSuccess",
              data: { __typename: "Claim", id: "c1", version: 5 },
            },
          },
        },
      },
    });
    const panel = (
      await screen.findByRole("heading", { level: 2, name: "Requests to extend leave" }, { timeout: 5000 })
    ).closest("section")!;
    expect(within(panel).getByText("My surgeon extended my recovery.")).toBeInTheDocument();
    // Nothing chosen: the summary takes the focus and lists both problems; nothing is sent.
    await u.click(within(panel).getByRole("button", { name: "Record extension decision" }));
    const summary = (
      await within(panel).findByRole("heading", { name: "There are 2 problems with this form" })
    ).closest(".usa-alert") as HTMLElement;
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent("Choose whether to approve the extension.");
    // Declining needs one of the program's reasons.
    await u.click(within(panel).getByLabelText("Do not approve"));
    await u.click(within(panel).getByRole("button", { name: "Record extension decision" }));
    expect(
      await within(panel).findByText("Choose a reason.", { selector: ".usa-error-message *, .usa-error-message" }),
    ).toBeInTheDocument();
    expect(within(panel).getByLabelText("Reason for not approving")).toHaveAccessibleDescription(/Choose a reason\./);

    await u.click(within(panel).getByLabelText("Approve the extension"));
    const end = within(panel).getByLabelText("New last day of leave");
    expect(end).toHaveValue("2026-12-27");
    await u.clear(end);
    await u.type(end, "2026-12-10");
    await u.type(within(panel).getByLabelText("Explanation for the extension notice"), "One more week is certified.");
    await u.click(within(panel).getByRole("button", { name: "Record extension decision" }));
    expect(
      await within(panel).findByText(/Choose a day after December 13, 2026/, { selector: "span:not(.usa-sr-only)" }),
    ).toBeInTheDocument();
    expect(requests.some((r) => r.operationName === "DecideLeaveExtension")).toBe(false);

    await u.clear(end);
    await u.type(end, "2026-12-20");
    await u.click(within(panel).getByRole("button", { name: "Record extension decision" }));
    await waitFor(() => expect(requests.some((r) => r.operationName === "DecideLeaveExtension")).toBe(true));
    expect(requests.find((r) => r.operationName === "DecideLeaveExtension")?.variables).toEqual({
      input: {
        requestId: "x1",
        expectedVersion: 4,
        decision: "APPROVED",
        approvedEndDate: "2026-12-20",
        reasonCode: null,
        explanation: "One more week is certified.",
      },
    });
    expect(
      await screen.findByText(/^Extension approved: the leave now ends on December 20, 2026\./),
    ).toBeInTheDocument();
  });

  it("says in Spanish what the extension request is and how to decide it", async () => {
    renderWithApp(<ClaimReview claimId="c1" />, {
      locale: "es",
      answers: {
        ...NOTICES,
        ClaimLeaveExtensions: {
          data: {
            claim: {
              __typename: "Claim",
              id: "c1",
              leaveExtensionRequests: [
                {
                  __typename: "LeaveExtensionRequest",
                  id: "x1",
                  leavePeriodId: "lp1",
                  currentEndDate: "2027-01-23",
                  requestedEndDate: "2027-02-06",
                  reason: "Más recuperación.",
                  status: "DENIED",
                  createdAt: "2026-12-02T10:00:00.000Z",
                  decidedAt: "2026-12-03T10:00:00.000Z",
                  approvedEndDate: null,
                  denialReasonCode: "INSUFFICIENT_CERTIFICATION",
                  explanation: "La certificación termina el 23 de enero.",
                  document: null,
                },
              ],
            },
          },
        },
        ClaimReview: answer(
          claimFixture({
            status: "APPROVED",
            allowedActions: [],
          }),
        ),
      },
    });
    expect(
      await screen.findByRole(
        "heading",
        { level: 2, name: "Solicitudes para extender la licencia" },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByText("No aprobada: Certification incomplete.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Registrar la decisión de la extensión" })).not.toBeInTheDocument();
  });

  it("says when the claim does not exist or cannot be opened", async () => {
    renderWithApp(<ClaimReview claimId="nope" />, {
      answers: {
        ...NOTICES,
        ClaimReview: answer(null),
      },
    });
    expect(await screen.findByRole("heading", { level: 1, name: "Claim not found" })).toBeInTheDocument();
  });

  it("shows the full SSN only after a purpose is written", async () => {
    const u = userEvent.setup();
    const { requests } = renderWithApp(<ClaimReview claimId="c1" />, {
      answers: {
        ...NOTICES,
        ClaimReview: answer(claimFixture()),
        RevealTaxId: { data: { revealTaxId: { __typename: "MutationRevealTaxIdSuccess", data: "900-70-0003" } } },
      },
    });
    await u.click(await screen.findByRole("button", { name: "Show the full number" }));
    await u.click(screen.getByRole("button", { name: "Show number" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Say why you need the full number");
    expect(requests.some((r) => r.operationName === "RevealTaxId")).toBe(false);

    await u.type(screen.getByLabelText("Why do you need the full number?"), "identity check by phone");
    await u.click(screen.getByRole("button", { name: "Show number" }));
    expect(await screen.findByText("900-70-0003")).toBeInTheDocument();
    expect(requests.find((r) => r.operationName === "RevealTaxId")?.variables).toEqual({
      personId: "person-1",
      purpose: "identity check by phone",
    });
  });

  it("partially approves: the approved dates, a reason for the denied rest, and the version on screen", async () => {
    const u = userEvent.setup();
    const { requests } = renderWithApp(<ClaimReview claimId="c1" />, {
      answers: {
        ...NOTICES,
        ClaimReview: answer(claimFixture()),
        RecordDetermination: {
          data: {
            recordDetermination: {
              __typename: "MutationRecordDeterminationSuccess",
              data: { __typename: "Claim", id: "c1", status: "PARTIALLY_APPROVED", version: 5 },
            },
          },
        },
      },
    });
    await u.click(await screen.findByLabelText("Approve part of the leave, deny the rest"));
    const end = screen.getByLabelText("Last approved day");
    await u.clear(end);
    await u.type(end, "2027-01-09");
    await u.selectOptions(screen.getByLabelText("Reason for denying the rest"), "INSUFFICIENT_CERTIFICATION");
    await u.type(screen.getByLabelText("Explanation for the notice"), "Certified only until January 9.");
    await u.click(screen.getByRole("button", { name: "Record decision" }));

    await waitFor(() => expect(requests.some((r) => r.operationName === "RecordDetermination")).toBe(true));
    expect(requests.find((r) => r.operationName === "RecordDetermination")?.variables).toEqual({
      input: {
        claimId: "c1",
        expectedVersion: 4,
        outcome: "PARTIALLY_APPROVED",
        reasonCode: "INSUFFICIENT_CERTIFICATION",
        explanation: "Certified only until January 9.",
        approvedStartDate: "2026-12-13",
        approvedEndDate: "2027-01-09",
      },
    });
    expect(
      await screen.findByText("Decision recorded: Partially approved. The notice has been issued."),
    ).toBeInTheDocument();
  });

  it("lists what is missing before sending a denial", async () => {
    const u = userEvent.setup();
    const { requests } = renderWithApp(<ClaimReview claimId="c1" />, {
      answers: {
        ...NOTICES,
        ClaimReview: answer(claimFixture()),
      },
    });
    await u.click(await screen.findByLabelText("Deny"));
    await u.click(screen.getByRole("button", { name: "Record decision" }));
    const heading = await screen.findByRole("heading", { name: "There are 2 problems with this form" });
    const summary = heading.closest(".usa-alert") as HTMLElement;
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent("Choose a reason.");
    expect(summary).toHaveTextContent("Explain the decision");
    expect(requests.some((r) => r.operationName === "RecordDetermination")).toBe(false);
  });

  it("on a stale decision, reloads the claim and says who changed it and what it is now", async () => {
    const u = userEvent.setup();
    let loads = 0;
    const decided = claimFixture({
      status: "DENIED",
      version: 5,
      allowedActions: [],
      determinations: [
        {
          __typename: "Determination",
          id: "det1",
          outcome: "DENIED",
          reasonCode: "INSUFFICIENT_HOURS",
          explanation: "Not enough hours.",
          decidedAt: "2026-12-03T09:30:00.000Z",
          decidedBy: user("u-sam", "Sam Supervisor"),
          approvedStartDate: null,
          approvedEndDate: null,
          weeklyBenefitAmount: null,
          appealDeadline: "2027-01-02",
          superseded: false,
        },
      ],
    });
    renderWithApp(<ClaimReview claimId="c1" />, {
      answers: {
        ...NOTICES,
        ClaimReview: () => (loads++ === 0 ? answer(claimFixture()) : answer(decided)),
        RecordDetermination: {
          data: {
            recordDetermination: {
              __typename: "StaleVersionError",
              code: "STALE_VERSION",
              message: "This claim was changed by someone else. Reload it and try again.",
            },
          },
        },
      },
    });
    await u.click(await screen.findByLabelText("Approve the whole leave"));
    await u.type(screen.getByLabelText("Explanation for the notice"), "Meets the earnings test.");
    await u.click(screen.getByRole("button", { name: "Record decision" }));
    const notice = await screen.findByRole("alert");
    await waitFor(() => expect(notice).toHaveTextContent("The claim is now Denied"));
    expect(notice).toHaveTextContent("Sam Supervisor");
    expect(screen.getByRole("heading", { name: "Someone else changed this claim" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Record decision" })).not.toBeInTheDocument();
  });

  it("speaks Spanish", async () => {
    renderWithApp(<ClaimReview claimId="c1" />, {
      locale: "es",
      answers: {
        ...NOTICES,
        ClaimReview: answer(claimFixture()),
      },
    });
    expect(await screen.findByRole("heading", { level: 2, name: "Salarios y elegibilidad" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Registrar la decisión" })).toBeInTheDocument();
  });

  it("lists the payments the approved claim's schedule made, week by week", async () => {
    const approved = claimFixture({
      status: "APPROVED",
      allowedActions: [],
      determinations: [
        {
          __typename: "Determination",
          id: "det2",
          outcome: "APPROVED",
          reasonCode: "APPEAL_REVERSED",
          explanation: "Reversed after the hearing.",
          decidedAt: "2026-12-03T09:30:00.000Z",
          decidedBy: user("u-jordan", "Jordan Lee"),
          approvedStartDate: "2026-11-02",
          approvedEndDate: "2026-11-15",
          weeklyBenefitAmount: "700.00",
          appealDeadline: "2027-01-02",
          superseded: false,
        },
      ],
      payments: [
        {
          __typename: "Payment",
          id: "p1",
          periodStart: "2026-11-09",
          periodEnd: "2026-11-15",
          gross: "700.00",
          federalWithholding: "70.00",
          net: "630.00",
          status: "SCHEDULED",
          method: "ACH",
          scheduledFor: "2026-11-16",
        },
      ],
    });
    renderWithApp(<ClaimReview claimId="c1" />, { answers: { ...NOTICES, ClaimReview: answer(approved) } });
    const table = await screen.findByRole("table", { name: "Payments on this claim, by week of leave" });
    const row = within(table).getAllByRole("row")[1]!;
    expect(row).toHaveTextContent("Scheduled");
    expect(row).toHaveTextContent("$700.00");
    expect(row).toHaveTextContent("$630.00");
    expect(row).toHaveTextContent("Direct deposit");
  });
});

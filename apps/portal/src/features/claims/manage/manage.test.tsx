import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithApp } from "@/test/render";
import type { ClaimPageClaim } from "../claim-page/claim-page";
import { extendablePeriods, LeaveExtension } from "./leave-extension";
import { LeaveHours } from "./leave-hours";
import { PaymentMethod } from "./payment-method";

vi.mock("next/navigation", () => ({ usePathname: () => "/claims/c1" }));

const claim = {
  id: "c1",
  status: "APPROVED",
  leaveReason: "OWN_HEALTH",
  program: {
    id: "co",
    name: "Colorado Family and Medical Leave Insurance",
    rules: {
      documentRequirements: [{ reason: "OWN_HEALTH", documentTypes: ["MEDICAL_CERTIFICATION"] }],
      extensionRequestTime: { days: 14 },
    },
  },
  leavePeriods: [
    {
      id: "l1",
      kind: "INTERMITTENT",
      startDate: "2026-11-12",
      endDate: "2027-02-03",
      hoursPerWeek: null,
      episodesPerMonth: 2,
      hoursPerEpisode: "8.00",
      decision: "APPROVED",
      weeklyHoursAllowed: "16.00",
      reportableWeeks: ["2026-11-12", "2026-11-19", "2026-11-26", "2026-12-03"],
    },
  ],
  leaveHoursReports: [
    {
      id: "h1",
      leavePeriodId: "l1",
      weekStart: "2026-11-12",
      hours: "7.50",
      createdAt: "2026-11-18T15:00:00.000Z",
      updatedAt: "2026-11-18T15:00:00.000Z",
    },
  ],
  leaveExtensionRequests: [],
  payments: [],
} as unknown as ClaimPageClaim;

const failure = (field: string, message: string) => ({
  __typename: "InvalidInputError",
  code: "INVALID_INPUT",
  message: "Some of the information you entered needs to be corrected.",
  issues: [{ path: ["input", field], message }],
});

describe("reporting weekly hours", () => {
  it("lists the reports made and checks the hours against the approval before sending", async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    const onChanged = vi.fn();
    renderWithApp(<LeaveHours claim={claim} onChanged={onChanged} />, {
      answers: {
        ReportLeaveHours: (variables: Record<string, unknown>) => {
          sent.push(variables.input);
          return {
            data: {
              reportLeaveHours: {
                __typename: "MutationReportLeaveHoursSuccess",
                data: { id: "h2", weekStart: "2026-11-26", hours: "6.00" },
              },
            },
          };
        },
      },
    });
    expect(
      screen.getByText("Your approval for November 12, 2026 – February 3, 2027 allows up to 16 hours of leave a week."),
    ).toBeInTheDocument();
    const table = screen.getByRole("table", { name: /The hours you reported/ });
    const row = within(table).getAllByRole("row")[1]!;
    expect(within(row).getByText("7.5 hours")).toBeInTheDocument();
    expect(within(row).getByText("Not paid yet")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Report hours" }));
    expect(await screen.findByRole("link", { name: "Choose the week you are reporting." })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText("Week"), "2026-11-26");
    await user.type(screen.getByLabelText("Hours of leave you took that week"), "17");
    await user.click(screen.getByRole("button", { name: "Report hours" }));
    expect(await screen.findAllByText(/Your approval allows up to 16 hours a week/)).not.toHaveLength(0);
    expect(sent).toHaveLength(0);

    await user.clear(screen.getByLabelText("Hours of leave you took that week"));
    await user.type(screen.getByLabelText("Hours of leave you took that week"), "6");
    await user.click(screen.getByRole("button", { name: "Report hours" }));
    expect(await screen.findByRole("heading", { name: "Hours received" })).toBeInTheDocument();
    expect(sent).toEqual([{ leavePeriodId: "l1", weekStart: "2026-11-26", hours: "6" }]);
    expect(onChanged).toHaveBeenCalled();
  });
});

describe("changing how the claimant is paid", () => {
  it("shows the account by its last four digits and sends a new account typed twice the same", async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    let current = { method: "ACH", accountNumberMasked: "••••4321", accountType: "CHECKING" };
    renderWithApp(<PaymentMethod />, {
      answers: {
        CurrentPaymentMethod: () => ({
          data: {
            myProfile: {
              id: "p1",
              paymentPreference: { id: "pp1", federalWithholdingElected: true, ...current },
            },
          },
        }),
        SetPaymentPreference: (variables: Record<string, unknown>) => {
          sent.push(variables.input);
          current = { method: "ACH", accountNumberMasked: "••••9876", accountType: "SAVINGS" };
          return {
            data: { setPaymentPreference: { __typename: "MutationSetPaymentPreferenceSuccess", data: { id: "pp2" } } },
          };
        },
      },
    });
    expect(await screen.findByText(/By direct deposit to your checking account ending ••••4321\./)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Change how I am paid" }));
    await user.click(screen.getByLabelText(/Direct deposit/));
    await user.type(screen.getByLabelText("Routing number"), "021000021");
    await user.type(screen.getByLabelText("Account number"), "000555559876");
    await user.type(screen.getByLabelText("Account number again"), "000555559870");
    await user.click(screen.getByLabelText("Savings"));
    await user.click(screen.getByRole("button", { name: "Save how I am paid" }));
    expect(await screen.findByRole("link", { name: "The two account numbers do not match." })).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    await user.clear(screen.getByLabelText("Account number again"));
    await user.type(screen.getByLabelText("Account number again"), "000555559876");
    await user.click(screen.getByRole("button", { name: "Save how I am paid" }));
    expect(await screen.findByRole("heading", { name: "We changed how you are paid" })).toBeInTheDocument();
    expect(sent).toEqual([
      {
        method: "ACH",
        routingNumber: "021000021",
        accountNumber: "000555559876",
        accountType: "SAVINGS",
        federalWithholding: true,
      },
    ]);
    expect(await screen.findByText(/savings account ending ••••9876/)).toBeInTheDocument();
    expect(screen.queryByText(/000555559876/)).not.toBeInTheDocument();
  });
});

describe("asking to extend leave", () => {
  it("checks the new end date, shows the API's field problem in place (in Spanish), and keeps what was typed", async () => {
    const user = userEvent.setup();
    const onChanged = vi.fn();
    let calls = 0;
    renderWithApp(<LeaveExtension claim={claim} onChanged={onChanged} today="2026-12-03" />, {
      locale: "es",
      answers: {
        DocumentUploadPolicy: {
          data: {
            documentUploadPolicy: {
              maxBytes: 10485760,
              typeNames: ["PDF"],
              mimeTypes: ["application/pdf"],
              extensions: [".pdf"],
            },
          },
        },
        RequestLeaveExtension: () => {
          calls += 1;
          return calls === 1
            ? {
                data: {
                  requestLeaveExtension: failure("requestedEndDate", "An extension can ask for up to 52 more weeks."),
                },
              }
            : {
                data: {
                  requestLeaveExtension: {
                    __typename: "MutationRequestLeaveExtensionSuccess",
                    data: { id: "x1", status: "PENDING", requestedEndDate: "2027-03-03" },
                  },
                },
              };
        },
      },
    });
    expect(screen.getByRole("heading", { name: "Pida extender su permiso" })).toBeInTheDocument();
    expect(screen.getByText("Su permiso termina ahora el 3 de febrero de 2027.")).toBeInTheDocument();
    const end = screen.getByLabelText("Nuevo último día de permiso");
    await user.type(end, "2027-01-20");
    await user.click(screen.getByRole("button", { name: "Enviar solicitud" }));
    expect(
      await screen.findByRole("link", { name: /Elija una fecha posterior al 3 de febrero de 2027/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Díganos por qué necesita más tiempo." })).toBeInTheDocument();
    expect(calls).toBe(0);

    await user.clear(end);
    await user.type(end, "2027-03-03");
    await user.type(screen.getByLabelText("¿Por qué necesita más tiempo?"), "Mi médico extendió el tratamiento.");
    await user.click(screen.getByRole("button", { name: "Enviar solicitud" }));
    // The API answers in English; the Spanish page says the field's problem in Spanish.
    expect(
      await screen.findByRole("link", {
        name: "Revise el nuevo último día de permiso: debe ser posterior al día en que termina ahora su permiso.",
      }),
    ).toBeInTheDocument();
    expect(screen.queryByText("An extension can ask for up to 52 more weeks.")).not.toBeInTheDocument();
    expect(screen.getByLabelText("¿Por qué necesita más tiempo?")).toHaveValue("Mi médico extendió el tratamiento.");

    await user.click(screen.getByRole("button", { name: "Enviar solicitud" }));
    expect(await screen.findByRole("heading", { name: "Solicitud enviada" })).toBeInTheDocument();
    expect(onChanged).toHaveBeenCalled();
  });

  it("opens the uploader when the API refuses the document sent", async () => {
    const user = userEvent.setup();
    renderWithApp(<LeaveExtension claim={claim} onChanged={() => {}} today="2026-12-03" />, {
      answers: {
        DocumentUploadPolicy: {
          data: {
            documentUploadPolicy: {
              maxBytes: 10485760,
              typeNames: ["PDF"],
              mimeTypes: ["application/pdf"],
              extensions: [".pdf"],
            },
          },
        },
        RequestLeaveExtension: {
          data: { requestLeaveExtension: failure("documentId", "That document cannot be sent with this request.") },
        },
      },
    });
    expect(screen.queryByLabelText("Your document, such as an updated certification")).not.toBeInTheDocument();
    await user.type(screen.getByLabelText("New last day of leave"), "2027-03-03");
    await user.type(screen.getByLabelText("Why do you need more time?"), "More treatment.");
    await user.click(screen.getByRole("button", { name: "Send request" }));
    expect(
      await screen.findByRole("link", { name: "That document cannot be sent with this request." }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText("Your document, such as an updated certification")).toBeInTheDocument();
  });

  it("lists a pending request and offers no second one for the same leave", () => {
    const pending = {
      ...claim,
      leaveExtensionRequests: [
        {
          id: "x1",
          leavePeriodId: "l1",
          currentEndDate: "2027-02-03",
          requestedEndDate: "2027-03-03",
          reason: "My doctor extended my treatment.",
          status: "PENDING",
          createdAt: "2026-12-03T15:00:00.000Z",
          decidedAt: null,
          document: { id: "d1", fileName: "certification.pdf", downloadPath: "/files/documents/d1" },
        },
      ],
    } as unknown as ClaimPageClaim;
    renderWithApp(<LeaveExtension claim={pending} onChanged={() => {}} today="2026-12-03" />);
    expect(screen.getByText("Waiting for a decision: leave until March 3, 2027")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "certification.pdf" })).toHaveAttribute("href", "/files/documents/d1");
    expect(screen.getByText(/We are reviewing your request/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Send request" })).not.toBeInTheDocument();
  });

  it("says the day staff approved and their words, and offers to extend the added part only", () => {
    const extended = {
      ...claim,
      leavePeriods: [
        ...claim.leavePeriods,
        { ...claim.leavePeriods[0]!, id: "l2", startDate: "2027-02-04", endDate: "2027-02-17", decision: "APPROVED" },
      ],
      leaveExtensionRequests: [
        {
          id: "x1",
          leavePeriodId: "l1",
          currentEndDate: "2027-02-03",
          requestedEndDate: "2027-03-03",
          reason: "My doctor extended my treatment.",
          status: "APPROVED",
          createdAt: "2026-12-03T15:00:00.000Z",
          decidedAt: "2026-12-04T15:00:00.000Z",
          approvedEndDate: "2027-02-17",
          explanation: "Two more weeks are certified.",
          document: null,
        },
      ],
    } as unknown as ClaimPageClaim;
    expect(extendablePeriods(extended, "2026-12-05").map((period) => period.id)).toEqual(["l2"]);
    renderWithApp(<LeaveExtension claim={extended} onChanged={() => {}} today="2026-12-05" />);
    expect(screen.getByText("Approved: leave until February 17, 2027")).toBeInTheDocument();
    expect(screen.getByText("Our decision: Two more weeks are certified.")).toBeInTheDocument();
  });

  it("says when it is too late to ask", () => {
    renderWithApp(<LeaveExtension claim={claim} onChanged={() => {}} today="2027-02-18" />);
    expect(screen.getByText(/It is too late to extend this leave/)).toBeInTheDocument();
  });
});

import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "@/test/render";
import { EmployerPrivatePlan, quarterStarts } from "./employer-private-plan";

const plan = {
  id: "p1",
  funding: "SELF_FUNDED",
  administratorName: "Cascade Benefits",
  policyNumber: "VP-1",
  claimsContactPhone: "206-555-0142",
  claimsContactEmail: null,
  requestedEffectiveDate: "2026-10-01",
  submittedAt: "2026-09-01T17:00:00Z",
};

describe("EmployerPrivatePlan", () => {
  it("lists quarter starts from the current quarter", () => {
    expect(quarterStarts(new Date(2026, 10, 15), 3)).toEqual(["2026-10-01", "2027-01-01", "2027-04-01"]);
  });

  it("shows a decided application with its dates and reason, and offers only the kinds the program accepts", async () => {
    renderWithApp(<EmployerPrivatePlan employerId="e1" employerName="Harbor" />, {
      answers: {
        EmployerPrivatePlans: {
          data: {
            privatePlanOption: { allowed: true, funding: ["SELF_FUNDED"] },
            privatePlans: [
              {
                ...plan,
                status: "APPROVED",
                effectiveFrom: "2026-10-01",
                effectiveTo: null,
                decidedAt: "2026-09-10T17:00:00Z",
                decisionReason: "Equal to the state plan.",
              },
            ],
          },
        },
      },
    });
    expect(await screen.findByText("Approved: exempt")).toBeInTheDocument();
    expect(screen.getByText("Equal to the state plan.")).toBeInTheDocument();
    expect(screen.getByText(/with no end date/)).toBeInTheDocument();
    expect(screen.getByText("Your program accepts only self-funded plans.")).toBeInTheDocument();
    expect(screen.getByLabelText(/Self-funded/)).toBeChecked();

    await userEvent.click(screen.getByRole("button", { name: "Apply for the exemption" }));
    expect(screen.getByRole("link", { name: "Enter the insurer or plan administrator." })).toHaveAttribute(
      "href",
      "#administratorName",
    );
    expect(screen.getByLabelText("Insurer or plan administrator")).toHaveAttribute("aria-invalid", "true");
  });

  it("says when an application waits for a decision, and does not offer another", async () => {
    renderWithApp(<EmployerPrivatePlan employerId="e1" employerName="Harbor" />, {
      answers: {
        EmployerPrivatePlans: {
          data: {
            privatePlanOption: { allowed: true, funding: ["INSURED", "SELF_FUNDED"] },
            privatePlans: [
              {
                ...plan,
                status: "SUBMITTED",
                effectiveFrom: null,
                effectiveTo: null,
                decidedAt: null,
                decisionReason: null,
              },
            ],
          },
        },
      },
      locale: "es",
    });
    expect(await screen.findByText("Esperando una decisión")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Solicitar la exención" })).not.toBeInTheDocument();
  });
});

import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithApp } from "@/test/render";
import { VerifyAccess } from "./verify-access-form";

vi.mock("next/navigation", () => ({ usePathname: () => "/employers/verify/l1", useRouter: () => ({ push: vi.fn() }) }));

const employer = { id: "e2", name: "Puget Sound Bakery", fein: "**-***0002", jurisdiction: "WA" };
const link = (overrides: object = {}) => ({
  EmployerLinks: {
    data: {
      myEmployerLinks: [
        {
          id: "l1",
          verified: false,
          verificationAttemptsRemaining: 3,
          verificationLocked: false,
          helpRequestedAt: null,
          employer,
          ...overrides,
        },
      ],
    },
  },
});

describe("VerifyAccess", () => {
  it("says how many tries are left, and after a wrong amount says one fewer and that nothing else changed", async () => {
    let remaining = 3;
    const { requests } = renderWithApp(<VerifyAccess linkId="l1" />, {
      answers: {
        EmployerLinks: () => link({ verificationAttemptsRemaining: remaining }).EmployerLinks,
        VerifyEmployerAccess: () => {
          remaining -= 1;
          return {
            data: {
              verifyEmployerAccess: {
                __typename: "VerificationFailedError",
                code: "VERIFICATION_FAILED",
                message: "That amount does not match.",
              },
            },
          };
        },
      },
    });
    expect(await screen.findByText("You have 3 tries left.")).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText("Amount in dollars and cents"), "$1,234.00");
    await userEvent.click(screen.getByRole("button", { name: "Verify" }));
    expect(
      await screen.findAllByText(
        /That amount does not match a recent quarterly report on file. You have 2 tries left./,
      ),
    ).not.toHaveLength(0);
    const sent = requests.find((request) => request.operationName === "VerifyEmployerAccess");
    expect(sent?.variables).toEqual({ input: { leaveAdministratorId: "l1", amount: "1234.00" } });
  });

  it("checks the amount before asking the API", async () => {
    const { requests } = renderWithApp(<VerifyAccess linkId="l1" />, { answers: link() });
    await userEvent.type(await screen.findByLabelText("Amount in dollars and cents"), "about 40k");
    await userEvent.click(screen.getByRole("button", { name: "Verify" }));
    expect(await screen.findAllByText(/Enter an amount in dollars and cents/)).not.toHaveLength(0);
    expect(requests.some((request) => request.operationName === "VerifyEmployerAccess")).toBe(false);
  });

  it("offers program staff's help instead of the form once no tries are left", async () => {
    let helped: string | null = null;
    const { requests } = renderWithApp(<VerifyAccess linkId="l1" />, {
      answers: {
        EmployerLinks: () =>
          link({ verificationAttemptsRemaining: 0, verificationLocked: true, helpRequestedAt: helped }).EmployerLinks,
        RequestVerificationHelp: () => {
          helped = "2026-12-03T17:00:00.000Z";
          return {
            data: {
              requestVerificationHelp: {
                __typename: "MutationRequestVerificationHelpSuccess",
                data: { id: "l1", helpRequestedAt: helped },
              },
            },
          };
        },
      },
    });
    expect(await screen.findByRole("heading", { name: "No tries are left" })).toBeInTheDocument();
    expect(screen.queryByLabelText("Amount in dollars and cents")).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Ask program staff to verify me" }));
    expect(await screen.findByRole("heading", { name: "Program staff will contact you" })).toBeInTheDocument();
    expect(requests.filter((request) => request.operationName === "RequestVerificationHelp")).toHaveLength(1);
  });

  it("speaks Spanish", async () => {
    renderWithApp(<VerifyAccess linkId="l1" />, { locale: "es", answers: link({ verificationAttemptsRemaining: 1 }) });
    expect(await screen.findByText("Le queda 1 intento.")).toBeInTheDocument();
  });
});

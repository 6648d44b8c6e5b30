import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { renderWithApp } from "@/test/render";
import { WizardContext, type WizardValue } from "../wizard-context";
import type { Draft, Profile, Step } from "../wizard-steps";
import { EmployerStep } from "./employer-step";
import { LeaveStep } from "./leave-step";
import { PaymentStep } from "./payment-step";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), replace: vi.fn() }) }));

const draft = {
  id: "11111111-1111-4111-8111-111111111111",
  status: "DRAFT",
  version: 3,
  leaveReason: "OWN_HEALTH",
  leavePeriods: [],
  weeklyWages: [],
  employer: { id: "e1", name: "Front Range Outfitters" },
  program: {
    id: "p1",
    name: "Colorado Family and Medical Leave Insurance",
    jurisdiction: "CO",
    code: "FAMLI",
    rules: {
      coveredLeaveReasons: ["OWN_HEALTH", "BONDING", "FAMILY_CARE"],
      familyMemberReasons: ["FAMILY_CARE"],
      ownHealthReasons: ["OWN_HEALTH"],
      coveredFamilyRelationships: ["SPOUSE", "CHILD"],
      applicationFacts: [],
      parametersKnownThrough: null,
    },
  },
} as unknown as Draft;

const profile = {
  id: "person-1",
  firstName: "Dev",
  lastName: "Patel",
  taxIdMasked: "***-**-0004",
  employers: [],
  wageRecords: [],
  mailingAddress: null,
  paymentPreference: null,
} as unknown as Profile;

function inWizard(step: Step, ui: ReactNode, advance = vi.fn(async () => {})) {
  const value: WizardValue = { claimId: draft.id, step, draft, profile, advance };
  return { ui: <WizardContext.Provider value={value}>{ui}</WizardContext.Provider>, advance };
}

beforeEach(() => window.sessionStorage.clear());

const success = (field: string, typename: string) => ({
  data: { [field]: { __typename: typename, data: { id: "x" } } },
});

describe("payment step", () => {
  async function fillAch(user: ReturnType<typeof userEvent.setup>, routing: string, account: string, again: string) {
    await user.click(screen.getByLabelText(/direct deposit/i));
    await user.type(screen.getByLabelText("Routing number"), routing);
    await user.type(screen.getByLabelText("Account number"), account);
    await user.type(screen.getByLabelText("Account number again"), again);
    await user.click(screen.getByLabelText("Checking"));
    await user.click(screen.getByLabelText(/no, do not withhold/i));
  }

  it("refuses a routing number with a wrong check digit, at the field, and sends nothing", async () => {
    const user = userEvent.setup();
    const { ui, advance } = inWizard("payment", <PaymentStep />);
    const { requests } = renderWithApp(ui);
    await fillAch(user, "021000022", "000123456789", "000123456789");
    await user.click(screen.getByRole("button", { name: "Save and continue" }));

    expect(screen.getByLabelText("Routing number")).toHaveAccessibleDescription(
      expect.stringContaining("This routing number is not valid."),
    );
    expect(screen.getByRole("link", { name: /This routing number is not valid/ })).toHaveAttribute(
      "href",
      "#routingNumber",
    );
    expect(requests).toHaveLength(0);
    expect(advance).not.toHaveBeenCalled();
    // What was typed is still there to correct.
    expect(screen.getByLabelText("Account number")).toHaveValue("000123456789");
  });

  it("says when the two account numbers differ", async () => {
    const user = userEvent.setup();
    const { ui } = inWizard("payment", <PaymentStep />);
    const { requests } = renderWithApp(ui);
    await fillAch(user, "021000021", "000123456789", "000123456798");
    await user.click(screen.getByRole("button", { name: "Save and continue" }));

    expect(screen.getByLabelText("Account number again")).toHaveAccessibleDescription(
      "Error: The two account numbers do not match.",
    );
    expect(requests).toHaveLength(0);
  });

  it("saves direct deposit and the withholding choice, then moves on", async () => {
    const user = userEvent.setup();
    const { ui, advance } = inWizard("payment", <PaymentStep />);
    const { requests } = renderWithApp(ui, {
      answers: { SetPaymentPreference: success("setPaymentPreference", "MutationSetPaymentPreferenceSuccess") },
    });
    await fillAch(user, "021000021", "000123456789", "000123456789");
    await user.click(screen.getByRole("button", { name: "Save and continue" }));

    await vi.waitFor(() => expect(advance).toHaveBeenCalled());
    expect(requests[0]?.variables).toEqual({
      input: {
        method: "ACH",
        routingNumber: "021000021",
        accountNumber: "000123456789",
        accountType: "CHECKING",
        federalWithholding: false,
      },
    });
  });

  it("speaks Spanish", async () => {
    const user = userEvent.setup();
    const { ui } = inWizard("payment", <PaymentStep />);
    renderWithApp(ui, { locale: "es" });
    await user.click(screen.getByRole("button", { name: "Guardar y continuar" }));
    expect(screen.getByText("Elija depósito directo o cheque en papel.", { selector: "a" })).toBeInTheDocument();
  });
});

describe("leave step", () => {
  it("refuses an end date before the start date, at the end date, and sends nothing", async () => {
    const user = userEvent.setup();
    const { ui } = inWizard("leave", <LeaveStep />);
    const { requests } = renderWithApp(ui);
    await user.click(screen.getByLabelText(/all at once/i));
    await user.type(screen.getByLabelText("First day of leave"), "2027-03-10");
    await user.type(screen.getByLabelText("Last day of leave"), "2027-03-01");
    await user.click(screen.getByRole("button", { name: "Save and continue" }));

    expect(screen.getByLabelText("Last day of leave")).toHaveAccessibleDescription(
      expect.stringContaining("The last day of leave must be on or after the first day."),
    );
    expect(requests).toHaveLength(0);
  });

  it("asks the frequency and duration of intermittent leave", async () => {
    const user = userEvent.setup();
    const { ui } = inWizard("leave", <LeaveStep />);
    renderWithApp(ui);
    await user.click(screen.getByLabelText(/from time to time/i));
    await user.type(screen.getByLabelText("First day of leave"), "2027-03-01");
    await user.type(screen.getByLabelText("Last day of leave"), "2027-05-31");
    await user.type(screen.getByLabelText("About how many times a month?"), "40");
    await user.click(screen.getByRole("button", { name: "Save and continue" }));

    expect(screen.getByLabelText("About how many times a month?")).toHaveAccessibleDescription(
      expect.stringContaining("a number from 1 to 31"),
    );
    expect(screen.getByLabelText("About how many hours each time?")).toHaveAccessibleDescription(
      "Error: Enter how many hours each time.",
    );
  });

  it("shows the API's message at the field it names and keeps what was typed", async () => {
    const user = userEvent.setup();
    const { ui, advance } = inWizard("leave", <LeaveStep />);
    const { requests } = renderWithApp(ui, {
      answers: {
        UpdateApplication: {
          data: {
            updateApplication: {
              __typename: "InvalidInputError",
              code: "INVALID_INPUT",
              message: "Some of the information you entered needs to be corrected.",
              issues: [
                {
                  path: ["input", "leavePeriods", "0", "hoursPerWeek"],
                  message: "Hours of leave per week must be more than 0 and at most 80.",
                },
              ],
            },
          },
        },
      },
    });
    await user.click(screen.getByLabelText(/fewer hours each week/i));
    await user.type(screen.getByLabelText("First day of leave"), "2027-03-01");
    await user.type(screen.getByLabelText("Last day of leave"), "2027-05-31");
    await user.type(screen.getByLabelText("How many hours a week will you be on leave?"), "20");
    await user.click(screen.getByRole("button", { name: "Save and continue" }));

    expect(
      await screen.findByRole("link", { name: "Hours of leave per week must be more than 0 and at most 80." }),
    ).toHaveAttribute("href", "#hoursPerWeek");
    expect(requests[0]?.variables).toMatchObject({
      input: { claimId: draft.id, leavePeriods: [{ kind: "REDUCED_SCHEDULE", hoursPerWeek: "20" }] },
    });
    expect(screen.getByLabelText("First day of leave")).toHaveValue("2027-03-01");
    expect(advance).not.toHaveBeenCalled();
  });
});

describe("what was typed and not saved", () => {
  it("comes back after the session expired and the page was opened again", async () => {
    const user = userEvent.setup();
    const first = inWizard("leave", <LeaveStep />);
    const { unmount } = renderWithApp(first.ui, {
      answers: {
        UpdateApplication: {
          data: {
            updateApplication: {
              __typename: "UnauthenticatedError",
              code: "UNAUTHENTICATED",
              message: "Sign in again.",
            },
          },
        },
      },
    });
    await user.click(screen.getByLabelText(/from time to time/i));
    await user.type(screen.getByLabelText("First day of leave"), "2027-03-01");
    await user.type(screen.getByLabelText("Last day of leave"), "2027-05-31");
    await user.type(screen.getByLabelText("About how many times a month?"), "3");
    await user.type(screen.getByLabelText("About how many hours each time?"), "5");
    await user.click(screen.getByRole("button", { name: "Save and continue" }));
    expect(await screen.findByText(/sign in again/i)).toBeInTheDocument();
    unmount();

    renderWithApp(inWizard("leave", <LeaveStep />).ui);
    expect(screen.getByLabelText(/from time to time/i)).toBeChecked();
    expect(screen.getByLabelText("Last day of leave")).toHaveValue("2027-05-31");
    expect(screen.getByLabelText("About how many hours each time?")).toHaveValue("5");
  });
});

describe("employer step", () => {
  it("lets someone whose employer has not reported wages yet name it by FEIN, checked first", async () => {
    const user = userEvent.setup();
    const { ui, advance } = inWizard("employer", <EmployerStep />);
    const { requests } = renderWithApp(ui, {
      answers: { UpdateApplication: success("updateApplication", "MutationUpdateApplicationSuccess") },
    });
    expect(
      screen.getByRole("heading", { name: "We have no wages reported for you in this state" }),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText("Your employer's ID number (FEIN)"), "84-00007");
    await user.click(screen.getByRole("button", { name: "Save and continue" }));
    expect(screen.getByLabelText("Your employer's ID number (FEIN)")).toHaveAccessibleDescription(
      expect.stringContaining("Enter the 9-digit employer ID (FEIN)"),
    );
    expect(requests).toHaveLength(0);

    await user.type(screen.getByLabelText("Your employer's ID number (FEIN)"), "77");
    await user.click(screen.getByRole("button", { name: "Save and continue" }));
    await vi.waitFor(() => expect(advance).toHaveBeenCalled());
    expect(requests[0]?.variables).toEqual({ input: { claimId: draft.id, employerFein: "84-0000777" } });
  });
});

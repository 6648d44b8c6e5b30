import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { SessionProvider } from "@openleave/web";
import { renderWithApp } from "@/test/render";
import { AccountDetails } from "./account-details";
import { LinkIdentityForm, taxIdProblem } from "./link-identity-form";

vi.mock("next/navigation", () => ({
  usePathname: () => "/account",
  useRouter: () => ({ push: vi.fn(), replace: vi.fn() }),
  useSearchParams: () => new URLSearchParams(),
}));

const linkAnswer = (linkIdentity: object) => ({ LinkIdentity: { data: { linkIdentity } } });

async function fill(user: ReturnType<typeof userEvent.setup>, ssn: string) {
  await user.type(screen.getByLabelText("First name"), "Lena");
  await user.type(screen.getByLabelText("Last name"), "Nguyen");
  await user.type(screen.getByLabelText("Date of birth"), "1988-11-17");
  await user.type(screen.getByLabelText("Social Security number or ITIN"), ssn);
  await user.click(screen.getByRole("button", { name: "Confirm my identity" }));
}

describe("taxIdProblem", () => {
  it("accepts SSNs and ITINs (the demo's 900-70-xxxx) and refuses numbers never issued", () => {
    expect(taxIdProblem("900-70-0005")).toBeUndefined();
    expect(taxIdProblem("212 34 5678")).toBeUndefined();
    expect(taxIdProblem("12345678")).toBe("ssnInvalid");
    for (const never of ["000-12-3456", "666-12-3456", "123-00-4567", "123-45-0000", "900-12-3456"])
      expect(taxIdProblem(never), never).toBe("ssnNotValid");
  });
});

describe("LinkIdentityForm", () => {
  it("checks the number and the date before sending", async () => {
    const user = userEvent.setup();
    const { requests } = renderWithApp(<LinkIdentityForm />);
    await user.type(screen.getByLabelText("Date of birth"), "1988-02-30");
    await user.type(screen.getByLabelText("Social Security number or ITIN"), "666-12-3456");
    await user.click(screen.getByRole("button", { name: "Confirm my identity" }));

    expect(screen.getByLabelText("Social Security number or ITIN")).toHaveAccessibleDescription(
      /This is not a valid Social Security number or ITIN\.$/,
    );
    expect(screen.getByLabelText("Date of birth")).toHaveAccessibleDescription(/year-month-day/);
    expect(screen.getByRole("link", { name: "Enter your first name." })).toHaveAttribute("href", "#firstName");
    expect(requests).toHaveLength(0);
  });

  it("shows the generic refusal in the summary and keeps the entries", async () => {
    const user = userEvent.setup();
    renderWithApp(<LinkIdentityForm />, {
      answers: linkAnswer({ __typename: "BaseError", code: "IDENTITY_NOT_MATCHED", message: "We could not confirm." }),
    });
    await fill(user, "900-70-0005");
    expect(await screen.findByText(/We could not confirm your identity with these details/)).toBeVisible();
    expect(screen.getByLabelText("Last name")).toHaveValue("Nguyen");
  });

  it("says whose records the account is now linked to, masked", async () => {
    const user = userEvent.setup();
    const { requests } = renderWithApp(<LinkIdentityForm />, {
      answers: linkAnswer({
        __typename: "MutationLinkIdentitySuccess",
        data: { id: "p1", firstName: "Lena", lastName: "Nguyen", taxIdMasked: "***-**-0005" },
      }),
    });
    await fill(user, "900-70-0005");
    expect(await screen.findByRole("heading", { name: "Your identity is confirmed" })).toBeVisible();
    expect(screen.getByText(/Lena Nguyen \(SSN \*\*\*-\*\*-0005\)/)).toBeVisible();
    expect(requests[0]!.variables).toEqual({
      input: { firstName: "Lena", lastName: "Nguyen", dateOfBirth: "1988-11-17", ssn: "900-70-0005" },
    });
  });
});

describe("after linking on the account page", () => {
  it("asks for the viewer again, and keeps the confirmation with one way on to apply", async () => {
    const user = userEvent.setup();
    let linked = false;
    const viewer = () => ({
      data: {
        viewer: {
          __typename: "Viewer",
          id: "u1",
          name: "Lena Nguyen",
          email: "lena@example.test",
          roles: ["CLAIMANT"],
          personId: linked ? "p1" : null,
          emailVerifiedAt: "2026-12-01T10:00:00.000Z",
          preferredLanguage: "EN",
          sessionExpiresAt: "2099-12-04T10:00:00.000Z",
          verifiedEmployerIds: [],
        },
      },
    });
    const { requests } = renderWithApp(
      <SessionProvider>
        <AccountDetails />
      </SessionProvider>,
      {
        answers: {
          Viewer: viewer,
          LinkIdentity: () => {
            linked = true;
            return {
              data: {
                linkIdentity: {
                  __typename: "MutationLinkIdentitySuccess",
                  data: {
                    __typename: "Person",
                    id: "p1",
                    firstName: "Lena",
                    lastName: "Nguyen",
                    taxIdMasked: "***-**-0005",
                  },
                },
              },
            };
          },
        },
      },
    );
    expect(await screen.findByRole("heading", { name: "Confirm your identity" })).toBeVisible();
    await fill(user, "900-70-0005");
    expect(await screen.findByRole("heading", { name: "Your identity is confirmed" })).toBeVisible();
    // The session now knows the person (the next page would not say "not linked")…
    expect(await screen.findByText("Linked to your records")).toBeVisible();
    expect(requests.filter((r) => r.operationName === "Viewer")).toHaveLength(2);
    // …and the confirmation stays, with one link to apply.
    expect(screen.getByRole("heading", { name: "Your identity is confirmed" })).toBeVisible();
    expect(screen.getAllByRole("link", { name: "Start an application" })).toHaveLength(1);
  });
});

import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { Viewer } from "@openleave/web";
import { renderWithApp } from "@/test/render";
import { StaffAccounts } from "./staff-accounts";

vi.mock("next/navigation", () => ({ usePathname: () => "/users", useRouter: () => ({ push: vi.fn() }) }));

const viewer = (roles: Viewer["roles"]): Viewer => ({
  id: "u-admin",
  name: "Pat Morgan",
  email: "admin@openleave.test",
  roles,
  personId: null,
  emailVerifiedAt: "2026-01-01T00:00:00.000Z",
  preferredLanguage: "EN",
  sessionExpiresAt: "2999-01-01T00:00:00.000Z",
  verifiedEmployerIds: [],
});
const signedIn = (roles: Viewer["roles"]) => ({ status: "signed-in" as const, viewer: viewer(roles) });

const account = (overrides: Record<string, unknown>) => ({
  __typename: "StaffAccount",
  id: "u-ana",
  name: "Ana Torres",
  email: "ana.torres@openleave.test",
  roles: ["ADJUDICATOR"],
  preferredLanguage: "ES",
  disabledAt: null,
  invitationPending: true,
  lastSignedInAt: null,
  createdAt: "2026-12-03T10:00:00.000Z",
  ...overrides,
});
const accounts = {
  data: {
    staffAccounts: [
      account({
        id: "u-admin",
        name: "Pat Morgan",
        email: "admin@openleave.test",
        roles: ["PROGRAM_ADMIN"],
        invitationPending: false,
        lastSignedInAt: "2026-12-03T11:00:00.000Z",
      }),
      account({}),
      account({
        id: "u-old",
        name: "Lee Old",
        email: "lee@openleave.test",
        disabledAt: "2026-12-01T10:00:00.000Z",
        invitationPending: false,
      }),
    ],
  },
};

describe("StaffAccounts", () => {
  it("tells staff who are not program administrators that the page is not for them", () => {
    renderWithApp(<StaffAccounts />, { session: signedIn(["SUPERVISOR"]), answers: {} });
    expect(screen.getByText("Only program administrators manage staff accounts.")).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("lists accounts with their status, and checks the invitation form before sending", async () => {
    const u = userEvent.setup();
    const { requests } = renderWithApp(<StaffAccounts />, {
      session: signedIn(["PROGRAM_ADMIN"]),
      answers: {
        StaffAccounts: accounts,
        InviteStaffMember: {
          data: {
            inviteStaffMember: {
              __typename: "MutationInviteStaffMemberSuccess",
              data: { __typename: "StaffAccount", id: "u-new", email: "sam@openleave.test" },
            },
          },
        },
      },
    });
    const rows = within(await screen.findByRole("table", { name: "Staff" })).getAllByRole("row");
    expect(rows).toHaveLength(4);
    expect(within(rows[1]!).getByText("(you)")).toBeInTheDocument();
    expect(within(rows[2]!).getByText("Invitation sent")).toBeInTheDocument();
    expect(within(rows[3]!).getByText("Disabled")).toBeInTheDocument();

    await u.click(screen.getByRole("button", { name: "Send invitation" }));
    expect(await screen.findByRole("link", { name: "Enter the person's full name." })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Choose at least one role." })).toBeInTheDocument();
    expect(requests.some((r) => r.operationName === "InviteStaffMember")).toBe(false);

    await u.type(screen.getByLabelText("Full name"), "Sam Rivera");
    await u.type(screen.getByLabelText("Work email address"), "Sam@OpenLeave.test");
    await u.click(screen.getByRole("checkbox", { name: "Supervisor" }));
    await u.selectOptions(screen.getByLabelText("Language of the invitation email"), "ES");
    await u.click(screen.getByRole("button", { name: "Send invitation" }));
    expect(await screen.findByText("Invitation sent to sam@openleave.test.")).toBeInTheDocument();
    const sent = requests.find((r) => r.operationName === "InviteStaffMember");
    expect(sent?.variables).toEqual({
      input: { name: "Sam Rivera", email: "Sam@OpenLeave.test", roles: ["SUPERVISOR"], preferredLanguage: "ES" },
    });
  });

  it("a disable needs a reason; an administrator cannot disable their own account", async () => {
    const u = userEvent.setup();
    const { requests } = renderWithApp(<StaffAccounts />, {
      session: signedIn(["PROGRAM_ADMIN"]),
      answers: { StaffAccounts: accounts },
    });
    await u.click(await screen.findByRole("button", { name: /^Manage.*Pat Morgan/ }));
    expect(screen.getByRole("heading", { name: "Manage Pat Morgan" })).toHaveFocus();
    expect(screen.getByText(/cannot disable your own account/)).toBeInTheDocument();
    await u.click(screen.getByRole("button", { name: /^Manage.*Ana Torres/ }));
    await u.click(screen.getByRole("button", { name: "Disable account" }));
    expect(await screen.findByText("Say why, for the audit trail.")).toBeInTheDocument();
    expect(requests.some((r) => r.operationName === "DisableStaffAccount")).toBe(false);
  });
});

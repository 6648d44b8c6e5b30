import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { Viewer } from "@openleave/web";
import { renderWithApp } from "@/test/render";
import { RequireStaff } from "./require-staff";

vi.mock("next/navigation", () => ({
  useRouter: () => ({ replace: vi.fn() }),
  usePathname: () => "/",
  useSearchParams: () => new URLSearchParams(),
}));

const person = (roles: Viewer["roles"]): Viewer => ({
  id: "u1",
  name: "María García",
  email: "maria@example.test",
  roles,
  personId: null,
  emailVerifiedAt: "2026-01-01T00:00:00.000Z",
  preferredLanguage: "EN" as const,
  sessionExpiresAt: "2999-01-01T00:00:00.000Z",
  verifiedEmployerIds: [],
});

describe("RequireStaff", () => {
  it("shows the console to an adjudicator", () => {
    renderWithApp(
      <RequireStaff portalUrl="https://portal.example">
        <h1>Work queue</h1>
      </RequireStaff>,
      { session: { status: "signed-in", viewer: person(["ADJUDICATOR"]) } },
    );
    expect(screen.getByRole("heading", { name: "Work queue" })).toBeInTheDocument();
  });

  it("tells a claimant plainly that the console is for staff, and where to go instead", () => {
    renderWithApp(
      <RequireStaff portalUrl="https://portal.example">
        <h1>Work queue</h1>
      </RequireStaff>,
      { session: { status: "signed-in", viewer: person(["CLAIMANT"]) } },
    );
    expect(screen.getByRole("heading", { name: "This console is for program staff" })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Work queue" })).not.toBeInTheDocument();
    expect(screen.getByText(/signed in as María García/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Go to the OpenLeave portal" })).toHaveAttribute(
      "href",
      "https://portal.example",
    );
    expect(screen.getByRole("button", { name: "Sign out" })).toBeInTheDocument();
  });

  it("says the same in Spanish to an employer's leave administrator", () => {
    renderWithApp(
      <RequireStaff portalUrl="https://portal.example">
        <h1>Work queue</h1>
      </RequireStaff>,
      { locale: "es", session: { status: "signed-in", viewer: person(["LEAVE_ADMIN"]) } },
    );
    expect(screen.getByRole("heading", { name: "Esta consola es para el personal del programa" })).toBeInTheDocument();
  });
});

import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderWithApp } from "../test/render";
import { RequireSignIn } from "./require-sign-in";

const replace = vi.fn();
vi.mock("next/navigation", () => ({
  useRouter: () => ({ replace }),
  usePathname: () => "/account",
  useSearchParams: () => new URLSearchParams("tab=roles"),
}));

const viewer = {
  id: "u1",
  name: "María García",
  email: "maria@example.test",
  roles: ["CLAIMANT" as const],
  personId: "p1",
  emailVerifiedAt: "2026-01-01T00:00:00.000Z",
  preferredLanguage: "EN" as const,
  sessionExpiresAt: "2999-01-01T00:00:00.000Z",
  verifiedEmployerIds: [],
};

describe("RequireSignIn", () => {
  it("shows the page to a signed-in person", () => {
    renderWithApp(<RequireSignIn>{(v) => <p>Hello {v.name}</p>}</RequireSignIn>, {
      session: { status: "signed-in", viewer },
    });
    expect(screen.getByText("Hello María García")).toBeInTheDocument();
  });

  it("also takes ready-made content, such as a server-rendered slot", () => {
    renderWithApp(
      <RequireSignIn>
        <p>Work queue</p>
      </RequireSignIn>,
      { session: { status: "signed-in", viewer } },
    );
    expect(screen.getByText("Work queue")).toBeInTheDocument();
  });

  it("sends a signed-out visitor to sign-in, remembering where they were going", async () => {
    replace.mockClear();
    renderWithApp(<RequireSignIn>{() => <p>Secret</p>}</RequireSignIn>, { session: { status: "signed-out" } });

    await waitFor(() => expect(replace).toHaveBeenCalledWith("/sign-in?returnTo=%2Faccount%3Ftab%3Droles"));
    expect(screen.queryByText("Secret")).not.toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Sign in" })).toHaveAttribute(
      "href",
      "/sign-in?returnTo=%2Faccount%3Ftab%3Droles",
    );
  });

  it("says it is checking while the session is loading", () => {
    renderWithApp(<RequireSignIn>{() => <p>Secret</p>}</RequireSignIn>, { session: { status: "loading" } });
    expect(screen.getByRole("status")).toHaveTextContent("Checking whether you are signed in");
  });

  it("offers a retry when the API cannot be reached", () => {
    const retry = vi.fn();
    renderWithApp(<RequireSignIn>{() => <p>Secret</p>}</RequireSignIn>, { session: { status: "unavailable", retry } });
    screen.getByRole("button", { name: "Try again" }).click();
    expect(retry).toHaveBeenCalled();
  });
});

import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Viewer } from "@openleave/web";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { renderWithApp } from "@/test/render";
import { SessionExpiryWarning } from "./session-expiry-warning";

const START = new Date("2026-12-03T17:00:00Z").getTime();

const viewer = (sessionExpiresAt: string): Viewer => ({
  id: "u1",
  name: "Lena Nguyen",
  email: "lena@example.test",
  roles: ["CLAIMANT"],
  personId: "p1",
  emailVerifiedAt: "2026-12-01T00:00:00.000Z",
  preferredLanguage: "EN",
  sessionExpiresAt,
  verifiedEmployerIds: [],
});

describe("SessionExpiryWarning", () => {
  let clock = START;
  const now = () => clock;
  beforeEach(() => {
    clock = START;
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => vi.useRealTimers());

  const advance = async (ms: number) => {
    clock += ms;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(ms);
    });
  };

  it("stays quiet until two minutes before the end, then offers to extend, which keeps the page", async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const end = new Date(START + 5 * 60_000).toISOString();
    const { requests } = renderWithApp(<SessionExpiryWarning now={now} />, {
      session: { status: "signed-in", viewer: viewer(end) },
      answers: {
        ExtendSession: {
          data: {
            extendSession: {
              __typename: "MutationExtendSessionSuccess",
              data: new Date(START + 12 * 3_600_000).toISOString(),
            },
          },
        },
      },
    });
    expect(screen.queryByRole("alertdialog")).toBeNull();
    await advance(2 * 60_000);
    expect(screen.queryByRole("alertdialog")).toBeNull();
    await advance(70_000);
    expect(screen.getByRole("alertdialog", { name: "Your session is about to end" })).toBeVisible();
    expect(screen.getByRole("heading", { name: "Your session is about to end" })).toHaveFocus();

    const href = window.location.href;
    await user.click(screen.getByRole("button", { name: "Stay signed in" }));
    expect(requests.map((r) => r.operationName)).toEqual(["ExtendSession"]);
    expect(await screen.findByText(/You stay signed in until/)).toBeVisible();
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(window.location.href).toBe(href);
  });

  it("after the end offers a sign-in link and does not navigate away", async () => {
    const end = new Date(START + 60_000).toISOString();
    renderWithApp(<SessionExpiryWarning now={now} />, { session: { status: "signed-in", viewer: viewer(end) } });
    expect(screen.getByRole("alertdialog", { name: "Your session is about to end" })).toBeVisible();
    await advance(70_000);
    expect(screen.getByRole("heading", { name: "Your session has ended" })).toBeVisible();
    expect(screen.getByRole("link", { name: "Sign in again" })).toHaveAttribute("target", "_blank");
  });

  it("shows nothing to someone signed out", () => {
    renderWithApp(<SessionExpiryWarning now={now} />, { session: { status: "signed-out" } });
    expect(screen.queryByRole("alertdialog")).toBeNull();
  });
});

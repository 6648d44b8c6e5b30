import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { hardNavigate } from "../session/hard-navigate";
import { testCatalogs } from "../test/messages";
import { renderWithApp } from "../test/render";
import { SignInPageContent } from "./sign-in-page-content";

vi.mock("../session/hard-navigate", () => ({ hardNavigate: vi.fn() }));

const en = testCatalogs.en;

const success = { SignIn: { data: { signIn: { __typename: "MutationSignInSuccess", data: { userId: "u1" } } } } };

async function signIn() {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText("Email address"), "maria.garcia@openleave.test");
  await user.type(screen.getByLabelText("Password"), "OpenLeave-demo-2026");
  await user.click(screen.getByRole("button", { name: "Sign in" }));
}

describe("SignInPageContent", () => {
  it("introduces the page when nobody was sent here", () => {
    renderWithApp(<SignInPageContent returnTo={undefined} />);
    expect(screen.getByRole("heading", { level: 1, name: "Sign in" })).toBeInTheDocument();
    expect(screen.getByText(en.signIn.intro)).toBeInTheDocument();
    expect(screen.queryByText(en.signIn.returnNotice)).not.toBeInTheDocument();
  });

  it("says why sign-in is needed and returns to the page asked for", async () => {
    renderWithApp(<SignInPageContent returnTo="/account?tab=roles" />, { answers: success });
    expect(screen.getByText(en.signIn.returnNotice)).toBeInTheDocument();

    await signIn();

    await vi.waitFor(() => expect(hardNavigate).toHaveBeenCalledWith("/account?tab=roles"));
  });

  it("goes home instead of following a return path to another site", async () => {
    vi.mocked(hardNavigate).mockReset();
    renderWithApp(<SignInPageContent returnTo="//evil.example/account" />, { answers: success });

    await signIn();

    await vi.waitFor(() => expect(hardNavigate).toHaveBeenCalledWith("/"));
  });
});

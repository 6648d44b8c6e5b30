import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "@/test/render";
import { ResetPasswordForm } from "./reset-password-form";

const resetAnswer = (resetPassword: object) => ({ ResetPassword: { data: { resetPassword } } });

describe("ResetPasswordForm", () => {
  it("checks the API's password rule and the confirmation before sending", async () => {
    const user = userEvent.setup();
    const { requests } = renderWithApp(<ResetPasswordForm token="t0ken-from-email" />);

    await user.type(screen.getByLabelText("New password"), "too short");
    await user.type(screen.getByLabelText("Type the new password again"), "something else");
    await user.click(screen.getByRole("button", { name: "Save new password" }));

    expect(screen.getByLabelText("New password")).toHaveAccessibleDescription(/Use at least 12 characters\.$/);
    expect(screen.getByRole("link", { name: "Use at least 12 characters." })).toHaveAttribute("href", "#newPassword");
    expect(requests).toHaveLength(0);
  });

  it("says when the two passwords differ", async () => {
    const user = userEvent.setup();
    renderWithApp(<ResetPasswordForm token="t0ken-from-email" />);

    await user.type(screen.getByLabelText("New password"), "a long enough password");
    await user.type(screen.getByLabelText("Type the new password again"), "a long enough passw0rd");
    await user.click(screen.getByRole("button", { name: "Save new password" }));

    expect(screen.getByLabelText("Type the new password again")).toHaveAccessibleDescription(
      "Error: The two passwords do not match.",
    );
  });

  it("replaces the form with a way to get a new link when the token has expired", async () => {
    const user = userEvent.setup();
    renderWithApp(<ResetPasswordForm token="used-token-123" />, {
      answers: resetAnswer({
        __typename: "InvalidInputError",
        code: "INVALID_INPUT",
        message: "This reset link has expired or was already used. Ask for a new one.",
        issues: [{ path: ["token"], message: "This reset link has expired or was already used. Ask for a new one." }],
      }),
    });

    await user.type(screen.getByLabelText("New password"), "a long enough password");
    await user.type(screen.getByLabelText("Type the new password again"), "a long enough password");
    await user.click(screen.getByRole("button", { name: "Save new password" }));

    expect(
      await screen.findByRole("heading", { name: "This reset link has expired or was already used." }),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Ask for a new reset link" })).toHaveAttribute("href", "/forgot-password");
    expect(screen.queryByLabelText("New password")).not.toBeInTheDocument();
  });

  it("confirms success and offers sign-in", async () => {
    const user = userEvent.setup();
    const { requests } = renderWithApp(<ResetPasswordForm token="good-token-123" />, {
      answers: resetAnswer({ __typename: "MutationResetPasswordSuccess", data: true }),
    });

    await user.type(screen.getByLabelText("New password"), "a long enough password");
    await user.type(screen.getByLabelText("Type the new password again"), "a long enough password");
    await user.click(screen.getByRole("button", { name: "Save new password" }));

    expect(await screen.findByRole("heading", { name: "Your password is changed" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/sign-in");
    expect(requests[0]?.variables).toEqual({ token: "good-token-123", newPassword: "a long enough password" });
  });

  it("explains what to do when opened without a token", () => {
    renderWithApp(<ResetPasswordForm token={null} />);
    expect(screen.getByRole("heading", { name: "Open the link from your email" })).toBeInTheDocument();
  });
});

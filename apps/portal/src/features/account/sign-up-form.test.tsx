import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type * as web from "@openleave/web";
import { hardNavigate } from "@openleave/web";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { renderWithApp } from "@/test/render";
import { SignUpForm } from "./sign-up-form";

vi.mock("@openleave/web", async (original) => ({
  ...(await original<typeof web>()),
  hardNavigate: vi.fn(),
}));

const signUpAnswer = (signUp: object) => ({ SignUp: { data: { signUp } } });

describe("SignUpForm", () => {
  beforeEach(() => vi.mocked(hardNavigate).mockReset());

  it("explains each problem next to its field and in the summary, without asking the API", async () => {
    const user = userEvent.setup();
    const { requests } = renderWithApp(<SignUpForm />);
    await user.type(screen.getByLabelText("Email address"), "not-an-address");
    await user.type(screen.getByLabelText("Password"), "short");
    await user.click(screen.getByRole("button", { name: "Create account" }));

    expect(screen.getByLabelText("Email address")).toHaveAccessibleDescription(
      /Enter your email address, like name@example.com\.$/,
    );
    expect(screen.getByRole("link", { name: "Use at least 12 characters." })).toHaveAttribute("href", "#password");
    expect(requests).toHaveLength(0);
  });

  it("says an address is taken in the page's language, and keeps what was typed", async () => {
    const user = userEvent.setup();
    renderWithApp(<SignUpForm />, {
      locale: "es",
      answers: signUpAnswer({
        __typename: "InvalidInputError",
        code: "INVALID_INPUT",
        message: "This email address already has an account.",
        issues: [{ path: ["input", "email"], message: "This email address already has an account." }],
      }),
    });
    await user.type(screen.getByLabelText("Correo electrónico"), "maria.garcia@openleave.test");
    await user.type(screen.getByLabelText("Contraseña"), "a-long-enough-password");
    await user.click(screen.getByRole("button", { name: "Crear cuenta" }));

    expect(await screen.findByLabelText("Correo electrónico")).toHaveAccessibleDescription(
      /Este correo electrónico ya tiene una cuenta/,
    );
    expect(screen.getByLabelText("Correo electrónico")).toHaveValue("maria.garcia@openleave.test");
    expect(hardNavigate).not.toHaveBeenCalled();
  });

  it("sends the chosen language and goes on to confirming the address", async () => {
    const user = userEvent.setup();
    const { requests } = renderWithApp(<SignUpForm />, {
      answers: signUpAnswer({ __typename: "MutationSignUpSuccess", data: { userId: "u1" } }),
    });
    await user.type(screen.getByLabelText("Email address"), " new.person@example.test ");
    await user.type(screen.getByLabelText("Password"), "a-long-enough-password");
    await user.click(screen.getByLabelText("Spanish (español)"));
    await user.click(screen.getByRole("button", { name: "Create account" }));

    await waitFor(() => expect(hardNavigate).toHaveBeenCalledWith("/verify-email"));
    expect(requests[0]!.variables).toEqual({
      input: { email: "new.person@example.test", password: "a-long-enough-password", preferredLanguage: "ES" },
    });
  });
});

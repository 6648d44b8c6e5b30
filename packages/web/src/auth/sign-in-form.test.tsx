import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { hardNavigate } from "../session/hard-navigate";
import { renderWithApp } from "../test/render";
import { SignInForm } from "./sign-in-form";

vi.mock("../session/hard-navigate", () => ({ hardNavigate: vi.fn() }));

const signInAnswer = (signIn: object) => ({ SignIn: { data: { signIn } } });

describe("SignInForm", () => {
  beforeEach(() => vi.mocked(hardNavigate).mockReset());

  it("lists missing entries in an error summary that takes focus, without calling the API", async () => {
    const user = userEvent.setup();
    const { requests } = renderWithApp(<SignInForm returnTo="/" />);

    await user.click(screen.getByRole("button", { name: "Sign in" }));

    const summary = screen
      .getByRole("heading", { name: "There are 2 problems with this form" })
      .closest("div[tabindex]");
    expect(summary).toHaveFocus();
    expect(screen.getByRole("link", { name: "Enter your email address." })).toHaveAttribute("href", "#email");
    expect(screen.getByLabelText("Email address")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Email address")).toHaveAccessibleDescription("Error: Enter your email address.");
    expect(requests).toHaveLength(0);
  });

  it("shows the API's no-match answer next to the password, in Spanish when the page is Spanish", async () => {
    const user = userEvent.setup();
    renderWithApp(<SignInForm returnTo="/" />, {
      locale: "es",
      answers: signInAnswer({
        __typename: "InvalidInputError",
        code: "INVALID_INPUT",
        message: "That email and password do not match our records.",
        issues: [{ path: ["password"], message: "That email and password do not match our records." }],
      }),
    });

    await user.type(screen.getByLabelText("Correo electrónico"), "maria.garcia@openleave.test");
    await user.type(screen.getByLabelText("Contraseña"), "wrong");
    await user.click(screen.getByRole("button", { name: "Iniciar sesión" }));

    expect(await screen.findByLabelText("Contraseña")).toHaveAccessibleDescription(
      /no coinciden con nuestros registros/,
    );
  });

  it("explains a lockout plainly, with the wait in minutes", async () => {
    const user = userEvent.setup();
    renderWithApp(<SignInForm returnTo="/" />, {
      answers: signInAnswer({
        __typename: "RateLimitedError",
        code: "RATE_LIMITED",
        message: "This account is locked.",
        retryAfterSeconds: 900,
      }),
    });

    await user.type(screen.getByLabelText("Email address"), "maria.garcia@openleave.test");
    await user.type(screen.getByLabelText("Password"), "wrong");
    await user.click(screen.getByRole("button", { name: "Sign in" }));

    expect(
      await screen.findByText(/Too many sign-in attempts.*Wait 15 minutes before you try again.*reset your password/),
    ).toBeInTheDocument();
  });

  it("says when the service cannot be reached", async () => {
    const user = userEvent.setup();
    renderWithApp(<SignInForm returnTo="/" />, { answers: {} });

    await user.type(screen.getByLabelText("Email address"), "maria.garcia@openleave.test");
    await user.type(screen.getByLabelText("Password"), "whatever");
    await user.click(screen.getByRole("button", { name: "Sign in" }));

    expect(await screen.findByText(/could not reach the OpenLeave service/)).toBeInTheDocument();
  });

  it("says the service is busy (503) and keeps what was typed", async () => {
    const user = userEvent.setup();
    renderWithApp(<SignInForm returnTo="/" />, {
      answers: {
        SignIn: {
          errors: [{ message: "The service is busy right now.", extensions: { code: "SERVICE_UNAVAILABLE" } }],
        },
      },
      statuses: { SignIn: 503 },
    });

    await user.type(screen.getByLabelText("Email address"), "maria.garcia@openleave.test");
    await user.type(screen.getByLabelText("Password"), "OpenLeave-demo-2026");
    await user.click(screen.getByRole("button", { name: "Sign in" }));

    expect(await screen.findByText(/service is busy right now, so nothing was sent/)).toBeInTheDocument();
    expect(screen.getByLabelText("Email address")).toHaveValue("maria.garcia@openleave.test");
    expect(screen.getByLabelText("Password")).toHaveValue("OpenLeave-demo-2026");
  });

  it("sends the trimmed email and goes to the return path with a full page load", async () => {
    const user = userEvent.setup();
    const { requests } = renderWithApp(<SignInForm returnTo="/account" />, {
      answers: signInAnswer({ __typename: "MutationSignInSuccess", data: { userId: "u1" } }),
    });

    await user.type(screen.getByLabelText("Email address"), "  maria.garcia@openleave.test ");
    await user.type(screen.getByLabelText("Password"), "OpenLeave-demo-2026");
    await user.click(screen.getByRole("button", { name: "Sign in" }));

    await waitFor(() => expect(hardNavigate).toHaveBeenCalledWith("/account"));
    expect(requests[0]?.variables).toEqual({
      input: { email: "maria.garcia@openleave.test", password: "OpenLeave-demo-2026" },
    });
  });

  it("lets people see the password they typed", async () => {
    const user = userEvent.setup();
    renderWithApp(<SignInForm returnTo="/" />);

    expect(screen.getByLabelText("Password")).toHaveAttribute("type", "password");
    await user.click(screen.getByLabelText("Show password"));
    expect(screen.getByLabelText("Password")).toHaveAttribute("type", "text");
  });

  it("links to this site's reset page, or to the one the app names (the console sends staff to the portal)", () => {
    const { unmount } = renderWithApp(<SignInForm returnTo="/" />);
    expect(screen.getByRole("link", { name: "Forgot your password?" })).toHaveAttribute("href", "/forgot-password");
    unmount();

    renderWithApp(<SignInForm returnTo="/" forgotPasswordHref="https://portal.example/forgot-password" />);
    expect(screen.getByRole("link", { name: "Forgot your password?" })).toHaveAttribute(
      "href",
      "https://portal.example/forgot-password",
    );
  });
});

import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderWithApp } from "@/test/render";
import SignInPage from "./page";

// The page reads the language from the request; here it is English.
vi.mock("@/i18n/server", async () => {
  const { catalogs } = await import("@/i18n/catalogs");
  return { getMessages: async () => ({ locale: "en", t: catalogs.en }) };
});

describe("the portal's sign-in page", () => {
  it("asks for an email address and offers this site's own password reset", async () => {
    renderWithApp(await SignInPage({ searchParams: Promise.resolve({}) }));

    expect(screen.getByRole("heading", { level: 1, name: "Sign in" })).toBeInTheDocument();
    expect(screen.getByLabelText("Email address")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Forgot your password?" })).toHaveAttribute("href", "/forgot-password");
  });
});

import { screen } from "@testing-library/react";
import { setTestRequest } from "@openleave/web/testing";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "@/test/render";
import SignInPage, { generateMetadata } from "./page";

// The page reads the language from the request, through the app's own request configuration.
describe("the portal's sign-in page", () => {
  it("asks for an email address and offers this site's own password reset", async () => {
    renderWithApp(await SignInPage({ searchParams: Promise.resolve({}) }));

    expect(screen.getByRole("heading", { level: 1, name: "Sign in" })).toBeInTheDocument();
    expect(screen.getByLabelText("Email address")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Forgot your password?" })).toHaveAttribute("href", "/forgot-password");
  });

  it("is in Spanish for a visitor whose browser asks for Spanish", async () => {
    setTestRequest({ headers: { "accept-language": "es-US,es;q=0.9" } });
    expect(await generateMetadata()).toMatchObject({ title: "Iniciar sesión" });
    renderWithApp(await SignInPage({ searchParams: Promise.resolve({}) }));

    expect(screen.getByRole("heading", { level: 1, name: "Iniciar sesión" })).toBeInTheDocument();
    expect(screen.getByLabelText("Correo electrónico")).toBeInTheDocument();
  });
});

import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { env } from "@/env";
import { renderWithApp } from "@/test/render";
import SignInPage from "./page";

describe("the console's sign-in page", () => {
  it("asks staff for their work email and sends them to the portal to reset a password", async () => {
    renderWithApp(await SignInPage({ searchParams: Promise.resolve({}) }));

    expect(screen.getByRole("heading", { level: 1, name: "Sign in to the staff console" })).toBeInTheDocument();
    expect(screen.getByLabelText("Work email address")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: /Reset it on the OpenLeave portal/ })).toHaveAttribute(
      "href",
      `${env.portalUrl}/forgot-password`,
    );
  });
});

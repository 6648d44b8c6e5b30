import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderWithApp } from "../test/render";
import { LanguageToggle } from "./language-toggle";

// The server action runs on the server; here only the form that posts to it is checked.
vi.mock("../i18n/switch-locale", () => ({ switchLocale: vi.fn() }));

describe("LanguageToggle", () => {
  it("offers Spanish on an English page, named in Spanish", () => {
    const { container } = renderWithApp(<LanguageToggle />);
    const button = screen.getByRole("button", { name: "Español" });
    expect(button).toHaveAttribute("lang", "es");
    expect(container.querySelector('input[type="hidden"][name="locale"]')).toHaveValue("es");
  });

  it("offers English on a Spanish page", () => {
    const { container } = renderWithApp(<LanguageToggle />, { locale: "es" });
    expect(screen.getByRole("button", { name: "English" })).toHaveAttribute("lang", "en");
    expect(container.querySelector('input[type="hidden"][name="locale"]')).toHaveValue("en");
  });
});

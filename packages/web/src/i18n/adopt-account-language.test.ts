// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { adoptAccountLanguage } from "./adopt-account-language";

const clearLocale = () => (document.cookie = "ol_locale=; path=/; max-age=0");

describe("adoptAccountLanguage", () => {
  afterEach(clearLocale);

  it("switches a device where no language was chosen to the account's", () => {
    clearLocale();
    adoptAccountLanguage("ES");
    expect(document.cookie).toContain("ol_locale=es");
  });

  it("keeps a language chosen with the toggle on this device", () => {
    document.cookie = "ol_locale=en; path=/";
    adoptAccountLanguage("ES");
    expect(document.cookie).toContain("ol_locale=en");
    expect(document.cookie).not.toContain("ol_locale=es");
  });

  it("does nothing without a language", () => {
    clearLocale();
    adoptAccountLanguage(undefined);
    expect(document.cookie).not.toContain("ol_locale=");
  });
});

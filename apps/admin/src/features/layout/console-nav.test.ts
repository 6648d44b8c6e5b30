import { describe, expect, it } from "vitest";
import { CONSOLE_LINKS, consoleLinksFor } from "./console-nav";
import { en } from "../../i18n/messages/en";
import { es } from "../../i18n/messages/es";

describe("the console's navigation", () => {
  it("shows role-limited links only to those roles", () => {
    expect(consoleLinksFor(["ADJUDICATOR"]).map((l) => l.href)).not.toContain("/appeals");
    expect(consoleLinksFor(["APPEALS_OFFICER"]).map((l) => l.href)).toContain("/appeals");
    expect(consoleLinksFor([]).map((l) => l.href)).toEqual(CONSOLE_LINKS.filter((l) => !l.roles).map((l) => l.href));
  });

  it("has a label in both languages for every link", () => {
    for (const link of CONSOLE_LINKS) {
      expect(en.layout[link.label], link.href).toBeTruthy();
      expect(es.layout[link.label], link.href).toBeTruthy();
    }
  });
});

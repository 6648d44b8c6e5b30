import { describe, expect, it } from "vitest";
import { formatDate, formatInstantAsDate } from "./dates";
import { format, placeholdersOf, plural } from "./format";
import { negotiateLocale } from "./locales";

describe("format", () => {
  it("fills named placeholders", () => {
    expect(format("Signed in as {name}", { name: "María García" })).toBe("Signed in as María García");
  });

  it("leaves an unknown placeholder visible instead of printing 'undefined'", () => {
    expect(format("Claim {number}", {})).toBe("Claim {number}");
  });

  it("lists placeholders sorted", () => {
    expect(placeholdersOf("{start} to {end}")).toEqual(["end", "start"]);
  });
});

describe("plural", () => {
  const waitMinutes = { one: "Wait 1 minute.", other: "Wait {count} minutes." };

  it("uses the singular form for one", () => {
    expect(plural(waitMinutes, 1, "en")).toBe("Wait 1 minute.");
  });

  it("uses the plural form for other counts, in Spanish too", () => {
    expect(plural(waitMinutes, 15, "en")).toBe("Wait 15 minutes.");
    expect(plural({ one: "Espere 1 minuto.", other: "Espere {count} minutos." }, 0, "es")).toBe("Espere 0 minutos.");
  });
});

describe("negotiateLocale", () => {
  it("picks Spanish for a Spanish-first browser", () => {
    expect(negotiateLocale("es-US,es;q=0.9,en;q=0.8")).toBe("es");
  });

  it("follows quality values, not order", () => {
    expect(negotiateLocale("fr;q=0.9,en;q=0.5,es;q=0.7")).toBe("es");
  });

  it("skips languages the apps do not speak and refuses q=0", () => {
    expect(negotiateLocale("pt-BR,es;q=0")).toBe("en");
  });

  it("falls back to English without a header", () => {
    expect(negotiateLocale(null)).toBe("en");
  });
});

describe("dates", () => {
  it("writes a calendar date without shifting it by the time zone", () => {
    expect(formatDate("2026-12-01", "en")).toBe("December 1, 2026");
    expect(formatDate("2026-12-01", "es")).toBe("1 de diciembre de 2026");
  });

  it("returns something unexpected as it is", () => {
    expect(formatDate("soon", "en")).toBe("soon");
  });

  it("shows an instant as the date in the given time zone", () => {
    expect(formatInstantAsDate("2026-11-18T03:00:00.000Z", "en", "America/Los_Angeles")).toBe("November 17, 2026");
  });
});

import { describe, expect, it } from "vitest";
import { catalogs } from "./catalogs";
import { placeholdersOf } from "./format";
import { LOCALES } from "./locales";

/** Every leaf of a catalog as [dotted key, text]. */
function leaves(tree: object, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") return [[path, value]];
    if (value && typeof value === "object") return leaves(value, path);
    throw new Error(`${path} is neither text nor a group of messages`);
  });
}

const english = new Map(leaves(catalogs.en));

describe.each(LOCALES.filter((locale) => locale !== "en"))("the %s catalog", (locale) => {
  const translated = new Map(leaves(catalogs[locale]));

  it("has exactly the English keys", () => {
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("uses the same {placeholders} in every message", () => {
    const mismatches = [...english].filter(([key, text]) => placeholdersOf(text).join() !== placeholdersOf(translated.get(key) ?? "").join());
    expect(mismatches.map(([key]) => key)).toEqual([]);
  });
});

describe.each(LOCALES)("the %s catalog", (locale) => {
  const messages = leaves(catalogs[locale]);

  it("has no empty or untrimmed messages", () => {
    const bad = messages.filter(([, text]) => text.trim() === "" || text.trim() !== text);
    expect(bad).toEqual([]);
  });

  it("labels every role", () => {
    expect(Object.keys(catalogs[locale].roles).sort()).toEqual(["ADJUDICATOR", "APPEALS_OFFICER", "CLAIMANT", "LEAVE_ADMIN", "PROGRAM_ADMIN", "SUPERVISOR"]);
  });
});

it("translates at least the visible words (Spanish differs from English for most messages)", () => {
  const same = leaves(catalogs.es).filter(([key, text]) => english.get(key) === text);
  // Proper names, "Error:", "Supervisor" and a line made only of placeholders are the same in both.
  const allowed = /^(meta\.siteName|errors\.fieldErrorPrefix|roles\.SUPERVISOR|home\.staffLine)$/;
  expect(same.filter(([key]) => !allowed.test(key)).map(([key]) => key)).toEqual([]);
});

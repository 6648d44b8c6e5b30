import { describe, expect, it } from "vitest";
import { testAppCatalogs } from "../test/messages";
import { catalogProblems, describeCatalogChecks, messageLeaves, messageSignature } from "./catalog-checks";

describe("messageLeaves", () => {
  it("lists every message under its dotted key", () => {
    expect(messageLeaves({ a: "A", b: { c: "C", d: "{count, plural, one {1} other {#}}" } })).toEqual([
      ["a", "A"],
      ["b.c", "C"],
      ["b.d", "{count, plural, one {1} other {#}}"],
    ]);
  });

  it("refuses anything that is neither text nor a group", () => {
    expect(() => messageLeaves({ a: { b: 3 } })).toThrow("a.b is neither text nor a group of messages");
  });
});

describe("messageSignature", () => {
  it("names each argument with its kind", () => {
    expect(messageSignature("{name} owes {amount} from {start, date, calendarDate}").arguments).toEqual([
      "amount: text",
      "name: text",
      "start: date",
    ]);
  });

  it("treats {count} and # inside a plural as the plural itself", () => {
    const withPound = messageSignature("{count, plural, one {1 day} other {# days}}");
    const withArgument = messageSignature("{count, plural, one {1 día} other {{count} días}}");
    expect(withPound.arguments).toEqual(["count: plural"]);
    expect(withArgument.arguments).toEqual(withPound.arguments);
    expect(withPound.pluralCases).toEqual(["one", "other"]);
  });

  it("lists a select's cases, so a translation cannot drop one", () => {
    expect(messageSignature("{role, select, staff {Staff} other {You}}").arguments).toEqual([
      "role: select(other|staff)",
    ]);
  });

  it("throws on a malformed message", () => {
    expect(() => messageSignature("Claim {number")).toThrow();
    expect(() => messageSignature("{count, plural, one {1 day}}")).toThrow(); // no `other`
  });
});

/** The problems each check finds in the test app's catalogs with one change made to them. */
function problemsWith(change: (catalogs: { en: any; es: any }) => void) {
  const catalogs = structuredClone(testAppCatalogs) as { en: any; es: any };
  change(catalogs);
  return Object.fromEntries(
    catalogProblems(catalogs, { sameInEveryLanguage: /^errors\.fieldErrorPrefix$/ }).filter(
      ([, problems]) => problems.length > 0,
    ),
  );
}

describe("catalogProblems", () => {
  it("finds nothing wrong with correct catalogs", () => {
    expect(problemsWith(() => {})).toEqual({});
  });

  it("fails when a key is missing in one language", () => {
    expect(
      problemsWith(({ es }) => {
        delete es.home.benefit;
      }),
    ).toEqual({
      "the es catalog has exactly the English keys": ["missing: home.benefit"],
      "the app's es file rewords exactly the shared messages its English file rewords": ["missing: home.benefit"],
    });
  });

  it("fails when an app rewords a shared message in English only", () => {
    expect(
      problemsWith(({ en }) => {
        en.signIn = { emailLabel: "Work email address" };
      }),
    ).toEqual({
      "the app's es file rewords exactly the shared messages its English file rewords": ["missing: signIn.emailLabel"],
    });
  });

  it("fails on a malformed message", () => {
    expect(
      problemsWith(({ es }) => {
        es.home.welcome = "Le damos la bienvenida, {name";
      }),
    ).toEqual({ "the es catalog holds only well-formed ICU messages": [expect.stringMatching(/^home\.welcome: /)] });
  });

  it("fails when a translation uses other arguments", () => {
    expect(
      problemsWith(({ es }) => {
        es.home.welcome = "Le damos la bienvenida, {nombre}";
      }),
    ).toEqual({
      "the es catalog uses the English arguments in every message": [
        "home.welcome: {nombre: text} instead of {name: text}",
      ],
    });
  });

  it("fails when a translation turns a plural into plain text", () => {
    expect(
      problemsWith(({ es }) => {
        es.home.claimsWaiting = "{count} reclamos en espera";
      }),
    ).toEqual({
      "the es catalog uses the English arguments in every message": [
        "home.claimsWaiting: {count: text} instead of {count: plural}",
      ],
    });
  });

  it("fails on a plural form the language does not have", () => {
    expect(
      problemsWith(({ en }) => {
        en.home.claimsWaiting = "{count, plural, one {1 claim} few {A few claims} other {# claims}}";
      }),
    ).toEqual({ "the en catalog uses only plural forms the language has": ["home.claimsWaiting: few"] });
  });

  it("fails on a date written without a calendar-safe named format", () => {
    expect(
      problemsWith(({ en, es }) => {
        en.home.benefit = "Starting {start, date, long}";
        es.home.benefit = "A partir del {start, date, long}";
      }),
    ).toEqual({
      "the en catalog formats dates and numbers only with the shared named formats": ["home.benefit: date long"],
      "the es catalog formats dates and numbers only with the shared named formats": ["home.benefit: date long"],
    });
  });

  it("fails when a reworded shared message drops its arguments", () => {
    expect(
      problemsWith(({ en, es }) => {
        en.layout = { signedInAs: "Signed in" };
        es.layout = { signedInAs: "Sesión iniciada" };
      }),
    ).toEqual({
      "every shared message the app rewords keeps its arguments": ["layout.signedInAs: {} instead of {name: text}"],
    });
  });

  it("fails on untrimmed or untranslated messages", () => {
    expect(
      problemsWith(({ es }) => {
        es.home.welcome = "Welcome, {name} ";
      }),
    ).toEqual({ "the es catalog has no empty or untrimmed messages": ["home.welcome"] });
    expect(
      problemsWith(({ es }) => {
        es.home.welcome = "Welcome, {name}";
      }),
    ).toEqual({ "Spanish differs from English, apart from the words that are the same in both": ["home.welcome"] });
  });
});

// The checks themselves, run on this package's test app as an app runs them on its own.
describeCatalogChecks(testAppCatalogs, { sameInEveryLanguage: /^errors\.fieldErrorPrefix$/ });

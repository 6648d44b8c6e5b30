// The request configuration as Server Components see it: the language from the toggle's cookie,
// else Accept-Language, and the catalog and formats that go with it. (next/headers and
// next-intl/server are the vitest stand-ins of ../testing; the configuration is the real one.)
import { screen } from "@testing-library/react";
import { getLocale, getMessages, getTimeZone, getTranslations } from "next-intl/server";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "../test/render";
import { setTestRequest, TEST_TIME_ZONE } from "../testing";
import { LOCALE_COOKIE } from "./locales";
import { getFormat } from "./server-format";
import { switchLocale } from "./switch-locale";

async function ClaimsWaiting({ count, since }: { count: number; since: string }) {
  const t = await getTranslations("home");
  const format = await getFormat();
  return (
    <p>
      {t("claimsWaiting", { count })} · {format.calendarDate(since)}
    </p>
  );
}

describe("createRequestConfig", () => {
  it("serves English, the deployment's time zone and the merged catalog to a first visit without preferences", async () => {
    expect(await getLocale()).toBe("en-US");
    expect(await getTimeZone()).toBe(TEST_TIME_ZONE);
    const t = await getTranslations();
    expect(t("home.welcome", { name: "Ana" })).toBe("Welcome, Ana");
    expect(t("signIn.title")).toBe("Sign in");
  });

  it("hands next-intl precompiled messages (what its small formatter reads)", async () => {
    const messages = (await getMessages()) as unknown as Record<string, Record<string, unknown>>;
    expect(messages.home?.welcome).toEqual(["Welcome, ", ["name"]]);
    expect(messages.signIn?.title).toBe("Sign in"); // no ICU syntax: stays text
  });

  it("follows the browser's Accept-Language on a first visit", async () => {
    setTestRequest({ headers: { "accept-language": "es-MX,es;q=0.9,en;q=0.5" } });
    expect(await getLocale()).toBe("es-US");
    renderWithApp(await ClaimsWaiting({ count: 2, since: "2026-12-02" }));
    expect(screen.getByText("2 reclamos están en espera · 2 de diciembre de 2026")).toBeInTheDocument();
  });

  it("prefers the language the visitor chose with the toggle over the browser's", async () => {
    setTestRequest({ cookies: { [LOCALE_COOKIE]: "en" }, headers: { "accept-language": "es" } });
    renderWithApp(await ClaimsWaiting({ count: 1, since: "2026-12-02" }));
    expect(screen.getByText("1 claim is waiting · December 2, 2026")).toBeInTheDocument();
  });

  it("ignores a cookie that names no language of the apps", async () => {
    setTestRequest({ cookies: { [LOCALE_COOKIE]: "xx" }, headers: { "accept-language": "es" } });
    expect(await getLocale()).toBe("es-US");
  });
});

describe("switchLocale", () => {
  it("remembers the chosen language for the next requests", async () => {
    setTestRequest({ headers: { "accept-language": "en-US" } });
    const form = new FormData();
    form.set("locale", "es");
    await switchLocale(form);
    expect(await getLocale()).toBe("es-US");
    const t = await getTranslations("layout");
    expect(t("signOut")).toBe("Cerrar sesión");
  });

  it("ignores a language the apps do not speak", async () => {
    const form = new FormData();
    form.set("locale", "fr");
    await switchLocale(form);
    expect(await getLocale()).toBe("en-US");
  });
});

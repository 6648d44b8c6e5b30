"use server";
// The header's language toggle for the portal: remembers the choice in the cookie, as everywhere,
// and when someone is signed in also saves it on their account so emails and notices follow it.
import { rememberLocale } from "@openleave/web/server";
import { cookies } from "next/headers";
import { env } from "@/env";

const LANGUAGE = { en: "EN", es: "ES" } as const;

export async function switchLanguageAndRemember(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (locale !== "en" && locale !== "es") return;
  await rememberLocale(locale);
  const jar = await cookies();
  const session = jar.get("ol_session")?.value;
  const csrf = jar.get("ol_csrf")?.value;
  if (!session || !csrf) return;
  // Best effort: the page switches language even if the API cannot be reached right now.
  await fetch(`${env.apiUrl}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      cookie: `ol_session=${encodeURIComponent(session)}; ol_csrf=${encodeURIComponent(csrf)}`,
      "x-csrf-token": csrf,
    },
    body: JSON.stringify({
      query: "mutation($language: Language!) { setPreferredLanguage(language: $language) { __typename } }",
      variables: { language: LANGUAGE[locale] },
    }),
  }).catch(() => undefined);
}

import { describe, expect, it, vi } from "vitest";
import { createBrowserClient } from "./client";
import { csrfHeaders, readCookie } from "./csrf";
import { graphql } from "./graphql";

const SignOut = graphql(`
  mutation SignOutForTest {
    signOut {
      __typename
    }
  }
`);

const Viewer = graphql(`
  query ViewerForTest {
    viewer {
      id
    }
  }
`);

function fakeApi() {
  return vi.fn(
    async (_url: RequestInfo | URL, _init?: RequestInit) =>
      new Response(JSON.stringify({ data: { signOut: { __typename: "MutationSignOutSuccess" }, viewer: null } }), {
        headers: { "content-type": "application/json" },
      }),
  );
}

function sentHeaders(fetchMock: ReturnType<typeof fakeApi>, call = 0): Headers {
  return new Headers(fetchMock.mock.calls[call]?.[1]?.headers);
}

describe("browser GraphQL client", () => {
  it("sends the ol_csrf cookie's value in the x-csrf-token header on mutations", async () => {
    const fetchMock = fakeApi();
    const client = createBrowserClient({
      fetch: fetchMock,
      readCookies: () => "ol_locale=es; ol_csrf=token%2Fwith%3Dchars; other=1",
    });

    await client.mutation(SignOut, {}).toPromise();

    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(sentHeaders(fetchMock).get("x-csrf-token")).toBe("token/with=chars");
  });

  it("sends no CSRF header when there is no session cookie pair", async () => {
    const fetchMock = fakeApi();
    const client = createBrowserClient({ fetch: fetchMock, readCookies: () => "ol_locale=en" });

    await client.mutation(SignOut, {}).toPromise();

    expect(sentHeaders(fetchMock).has("x-csrf-token")).toBe(false);
  });

  it("reads the cookie again for every request, so a new sign-in's token is used", async () => {
    const fetchMock = fakeApi();
    let cookies = "ol_csrf=first";
    const client = createBrowserClient({ fetch: fetchMock, readCookies: () => cookies });

    await client.mutation(SignOut, {}).toPromise();
    cookies = "ol_csrf=second";
    await client.mutation(SignOut, {}).toPromise();

    expect(sentHeaders(fetchMock, 0).get("x-csrf-token")).toBe("first");
    expect(sentHeaders(fetchMock, 1).get("x-csrf-token")).toBe("second");
  });

  it("posts queries as JSON to this app's /graphql (the API rejects GET without a preflight header)", async () => {
    const fetchMock = fakeApi();
    const client = createBrowserClient({ fetch: fetchMock, readCookies: () => "" });

    await client.query(Viewer, {}).toPromise();

    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe("/graphql");
    expect(init?.method).toBe("POST");
    expect(new Headers(init?.headers).get("content-type")).toBe("application/json");
    expect(init?.credentials).toBe("same-origin");
  });
});

describe("cookie reading", () => {
  it("finds a cookie among others and decodes it", () => {
    expect(readCookie("a=1; ol_csrf=abc%20def; b=2", "ol_csrf")).toBe("abc def");
  });

  it("does not match a cookie whose name only ends with the one asked for", () => {
    expect(readCookie("xol_csrf=nope", "ol_csrf")).toBeUndefined();
  });

  it("keeps a malformed percent-encoding as it is rather than failing", () => {
    expect(readCookie("ol_csrf=%E0%A4%A", "ol_csrf")).toBe("%E0%A4%A");
  });

  it("builds no header from an empty cookie string", () => {
    expect(csrfHeaders("")).toEqual({});
  });
});

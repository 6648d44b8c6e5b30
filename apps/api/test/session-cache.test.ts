// The in-process session cache, on the real database over real HTTP: a signed-in request spends
// no statement on its session once this replica has read it; sign-out, a password reset and a
// role change made through this replica take effect at once; a change another replica made (or
// one made straight in the database) is served for at most SESSION_CACHE_SECONDS.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, startTestApi, type TestApi } from "./support/test-api.ts";

const VIEWER = `{ viewer { email roles } }`;
const SIGN_OUT = `mutation { signOut { __typename } }`;
const CACHE_SECONDS = 5;

let api: TestApi;
let statements: string[] = [];
/** The clock the API reads; tests move it to pass the cache time. */
let clock = Date.now();

beforeAll(async () => {
  api = await startTestApi({
    env: { SIGN_IN_MAX_PER_IP_PER_MINUTE: "1000", SESSION_CACHE_SECONDS: String(CACHE_SECONDS) },
    now: () => new Date(clock),
    onQuery: (sql) => statements.push(sql),
  });
});
afterAll(() => api.close());

const sessionStatements = () => statements.filter((sql) => sql.includes('FROM "Session" s JOIN "User" u'));

describe("session cache", () => {
  it("reads the session once, then serves it from memory", async () => {
    const client = await api.signedIn(DEMO.claimant);
    statements = [];
    expect((await client.graphql(VIEWER)).data.viewer.email).toBe(DEMO.claimant);
    expect(sessionStatements()).toHaveLength(1);
    statements = [];
    for (let i = 0; i < 3; i++) expect((await client.graphql(VIEWER)).data.viewer.email).toBe(DEMO.claimant);
    // `viewer` is answered from the actor: no statement at all.
    expect(statements).toEqual([]);
  });

  it("drops the session at sign-out: the old cookie is refused on the next request", async () => {
    const client = await api.signedIn(DEMO.adjudicator);
    const cookie = client.cookies.get("ol_session")!;
    expect((await client.graphql(VIEWER)).data.viewer.email).toBe(DEMO.adjudicator); // now cached
    expect((await client.graphql(SIGN_OUT)).data.signOut.__typename).toBe("MutationSignOutSuccess");
    const replay = api.client();
    replay.cookies.set("ol_session", cookie);
    expect((await replay.graphql(VIEWER)).data.viewer).toBeNull();
  });

  it("takes a role change made through this replica at once", async () => {
    const client = await api.signedIn(DEMO.supervisor);
    const before = (await api.db.user.findUniqueOrThrow({ where: { email: DEMO.supervisor } })).roles;
    expect((await client.graphql(VIEWER)).data.viewer.roles).toEqual(before);
    const user = await api.db.user.update({ where: { email: DEMO.supervisor }, data: { roles: ["CLAIMANT"] } });
    try {
      api.app.services.sessions.forgetUser(user.id);
      expect((await client.graphql(VIEWER)).data.viewer.roles).toEqual(["CLAIMANT"]);
    } finally {
      await api.db.user.update({ where: { id: user.id }, data: { roles: before } });
      api.app.services.sessions.forgetUser(user.id);
    }
  });

  it("serves a change made elsewhere for at most the cache time", async () => {
    const client = await api.signedIn(DEMO.appealsOfficer);
    expect((await client.graphql(VIEWER)).data.viewer.roles).toEqual(["APPEALS_OFFICER"]);
    // Another replica revokes the session and drops a role: this one has not heard of it.
    const user = await api.db.user.update({ where: { email: DEMO.appealsOfficer }, data: { roles: ["CLAIMANT"] } });
    await api.db.session.updateMany({ where: { userId: user.id }, data: { revokedAt: new Date(clock) } });
    try {
      clock += (CACHE_SECONDS - 1) * 1000;
      expect((await client.graphql(VIEWER)).data.viewer.roles).toEqual(["APPEALS_OFFICER"]);
      clock += 1000; // the cache time has passed
      expect((await client.graphql(VIEWER)).data.viewer).toBeNull();
    } finally {
      await api.db.user.update({ where: { id: user.id }, data: { roles: ["APPEALS_OFFICER"] } });
    }
  });

  it("never serves a session past its own expiry", async () => {
    const client = await api.signedIn(DEMO.claimantAisha);
    expect((await client.graphql(VIEWER)).data.viewer.email).toBe(DEMO.claimantAisha);
    const expiresAt = new Date(clock + 2_000);
    await api.db.session.updateMany({
      where: { user: { email: DEMO.claimantAisha }, revokedAt: null },
      data: { expiresAt },
    });
    api.app.services.sessions.forgetUser(
      (await api.db.user.findUniqueOrThrow({ where: { email: DEMO.claimantAisha } })).id,
    );
    expect((await client.graphql(VIEWER)).data.viewer.email).toBe(DEMO.claimantAisha); // cached until 2 s from now
    clock += 2_000;
    expect((await client.graphql(VIEWER)).data.viewer).toBeNull();
  });
});

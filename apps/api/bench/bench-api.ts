// The API under test, as its own process (src/main.ts) so the load generator does not share its
// event loop, and signing in to it.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { DEMO_PASSWORD } from "@openleave/db";

export async function startApi(options: {
  env: Record<string, string>;
  keys: { encryptionKey: Buffer; hashKey: Buffer };
  workDir: string;
}) {
  const port = await freePort();
  const profile = process.env.BENCH_CPU_PROFILE
    ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`]
    : [];
  const child = spawn(
    process.execPath,
    [...profile, "--import", "tsx", path.resolve(import.meta.dirname, "../src/main.ts")],
    {
      env: {
        ...process.env,
        ...options.env,
        ...(options.env.DATABASE_URL ? {} : { DATABASE_URL: "" }),
        PORT: String(port),
        NODE_ENV: "production",
        LOG_LEVEL: "warn",
        OPENLEAVE_SIGNING_SECRET: randomBytes(32).toString("hex"),
        OPENLEAVE_PII_KEY: options.keys.encryptionKey.toString("base64"),
        OPENLEAVE_PII_HASH_KEY: options.keys.hashKey.toString("base64"),
        OPENLEAVE_DATA_DIR: options.workDir,
        SIGN_IN_MAX_PER_IP_PER_MINUTE: "1000",
      },
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error("the API did not become ready within 120 s");
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    /** CPU seconds (user + system) the API process has used so far; null off Linux. */
    cpuSeconds: () => processCpuSeconds(child.pid!),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** Signs in with the demo password and returns the session cookie ("ol_session=…"). */
export async function signIn(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation($input: SignInInput!) { signIn(input: $input) { __typename } }`,
      variables: { input: { email, password: DEMO_PASSWORD } },
    }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("ol_session="));
  if (!session) throw new Error(`could not sign in ${email}: ${(await response.text()).slice(0, 200)}`);
  return session.split(";")[0]!;
}

/**
 * utime + stime (in clock ticks of 1/100 s on Linux) of a process and its live children: with
 * API_PROCESSES > 1 the requests are served by the primary's forked workers.
 */
function processCpuSeconds(pid: number): number | null {
  try {
    let ticks = 0;
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      } catch {
        continue; // exited while we looked
      }
      // After "pid (comm) ": state, ppid, … utime and stime are the 12th and 13th fields.
      const fields = stat.slice(stat.lastIndexOf(") ") + 2).split(" ");
      if (Number(entry) === pid || Number(fields[1]) === pid) ticks += Number(fields[11]) + Number(fields[12]);
    }
    return ticks / 100;
  } catch {
    return null;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

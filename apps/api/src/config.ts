// The only place that reads process.env: everything else receives a Config.
import { readFileSync } from "node:fs";
import path from "node:path";
import { dataDirectory } from "@openleave/db";
import { type PolicyOverrides, checkPolicyOverrides, policyOverridesSchema } from "@openleave/rules";

export interface Config {
  environment: "development" | "test" | "production";
  host: string;
  port: number;
  /** Public origin of the API as browsers reach it, used in signed upload URLs. */
  publicUrl: string;
  /** Origins allowed to call the API from a browser (the portal and admin dev servers). */
  allowedOrigins: string[];
  logLevel: string;
  cookieSecure: boolean;
  /**
   * How many proxies in front of the API append to X-Forwarded-For (0: ignore the header). The
   * client is the address that many hops from the right; anything left of it the client wrote.
   */
  trustProxyHops: number;
  sessionTtlHours: number;
  /** How long a replica trusts a session it has already read (the most it serves a revoked one). */
  sessionCacheSeconds: number;
  /** HMAC secret for signed upload URLs. */
  signingSecret: string;
  uploads: {
    maxBytes: number;
    urlTtlSeconds: number;
  };
  storage:
    | { kind: "local"; directory: string }
    | {
        kind: "s3";
        bucket: string;
        region: string;
        endpoint?: string;
        accessKeyId?: string;
        secretAccessKey?: string;
        /** Bucket in the path rather than the host name (MinIO and most self-hosted servers). */
        forcePathStyle: boolean;
        /** Server-side encryption asked of the provider on every write; undefined sends no header. */
        serverSideEncryption?: "AES256" | "aws:kms";
      };
  oidc?: {
    issuer: string;
    clientId: string;
    clientSecret: string;
    redirectUri: string;
    /** Shown on the sign-in pages: "Sign in with <label>". */
    label: string;
  };
  /** Outgoing email: SMTP when `SMTP_URL` is set (e.g. smtps://user:pass@host:465), else the development outbox. */
  mail: { smtpUrl?: string; from: string };
  /** Where password-reset links point (the portal's reset page). */
  portalUrl: string;
  adminUrl: string;
  signIn: {
    maxFailuresBeforeLockout: number;
    lockoutMinutes: number;
    maxAttemptsPerIpPerMinute: number;
  };
  signUp: {
    /** New accounts one client address may try to create per minute (each try can tell whether an address is taken). */
    maxPerIpPerMinute: number;
  };
  /** This deployment's choices where the programs' sources set none (filing windows, default
   * deadlines, decision times, denial reasons): `OPENLEAVE_PROGRAM_POLICY` (JSON) or
   * `OPENLEAVE_PROGRAM_POLICY_FILE`. Cited program facts cannot be overridden. */
  programPolicy: PolicyOverrides;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const environment = env.NODE_ENV === "production" ? "production" : env.NODE_ENV === "test" ? "test" : "development";
  const port = integer(env.PORT ?? env.API_PORT, 4000, "PORT");
  const host = env.HOST ?? "127.0.0.1";
  const publicUrl = env.API_PUBLIC_URL ?? `http://localhost:${port}`;
  const portalUrl = env.PORTAL_URL ?? "http://localhost:3000";
  const adminUrl = env.ADMIN_URL ?? "http://localhost:3001";
  const signingSecret =
    env.OPENLEAVE_SIGNING_SECRET ?? (environment === "production" ? "" : "development-signing-secret");
  if (environment === "production" && signingSecret.length < 32) {
    throw new ConfigError("OPENLEAVE_SIGNING_SECRET must be set to at least 32 characters in production");
  }
  const storage: Config["storage"] = env.S3_BUCKET
    ? {
        kind: "s3",
        bucket: env.S3_BUCKET,
        region: env.S3_REGION ?? "us-east-1",
        endpoint: env.S3_ENDPOINT,
        accessKeyId: env.S3_ACCESS_KEY_ID,
        secretAccessKey: env.S3_SECRET_ACCESS_KEY,
        // A custom endpoint is nearly always a self-hosted server that wants path-style URLs.
        forcePathStyle: env.S3_FORCE_PATH_STYLE ? env.S3_FORCE_PATH_STYLE === "true" : !!env.S3_ENDPOINT,
        serverSideEncryption: serverSideEncryption(env.S3_SERVER_SIDE_ENCRYPTION, !!env.S3_ENDPOINT),
      }
    : { kind: "local", directory: env.UPLOAD_DIR ?? path.join(dataDirectory(), "uploads") };
  const oidc =
    env.OIDC_ISSUER && env.OIDC_CLIENT_ID
      ? {
          issuer: env.OIDC_ISSUER,
          clientId: env.OIDC_CLIENT_ID,
          clientSecret: env.OIDC_CLIENT_SECRET ?? "",
          redirectUri: env.OIDC_REDIRECT_URI ?? `${publicUrl}/auth/oidc/callback`,
          label: env.OIDC_LABEL?.trim() || "Login.gov",
        }
      : undefined;
  return {
    environment,
    host,
    port,
    publicUrl,
    allowedOrigins: (env.ALLOWED_ORIGINS ?? `${portalUrl},${adminUrl}`)
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    logLevel: env.LOG_LEVEL ?? (environment === "test" ? "silent" : "info"),
    cookieSecure: env.COOKIE_SECURE ? env.COOKIE_SECURE === "true" : environment === "production",
    trustProxyHops: trustProxyHops(env.TRUST_PROXY),
    sessionTtlHours: integer(env.SESSION_TTL_HOURS, 12, "SESSION_TTL_HOURS"),
    sessionCacheSeconds: integer(env.SESSION_CACHE_SECONDS, 5, "SESSION_CACHE_SECONDS"),
    signingSecret,
    uploads: {
      maxBytes: integer(env.UPLOAD_MAX_BYTES, 10 * 1024 * 1024, "UPLOAD_MAX_BYTES"),
      urlTtlSeconds: integer(env.UPLOAD_URL_TTL_SECONDS, 15 * 60, "UPLOAD_URL_TTL_SECONDS"),
    },
    storage,
    oidc,
    portalUrl,
    adminUrl,
    signIn: {
      maxFailuresBeforeLockout: integer(env.SIGN_IN_MAX_FAILURES, 5, "SIGN_IN_MAX_FAILURES"),
      lockoutMinutes: integer(env.SIGN_IN_LOCKOUT_MINUTES, 15, "SIGN_IN_LOCKOUT_MINUTES"),
      maxAttemptsPerIpPerMinute: integer(env.SIGN_IN_MAX_PER_IP_PER_MINUTE, 30, "SIGN_IN_MAX_PER_IP_PER_MINUTE"),
    },
    signUp: {
      maxPerIpPerMinute: integer(env.SIGN_UP_MAX_PER_IP_PER_MINUTE, 10, "SIGN_UP_MAX_PER_IP_PER_MINUTE"),
    },
    programPolicy: programPolicy(env),
    mail: { smtpUrl: env.SMTP_URL || undefined, from: env.MAIL_FROM ?? "OpenLeave <no-reply@openleave.test>" },
  };
}

/** The deployment's program policy overrides, validated against the rules' catalog. */
function programPolicy(env: NodeJS.ProcessEnv): PolicyOverrides {
  const file = env.OPENLEAVE_PROGRAM_POLICY_FILE;
  const text = env.OPENLEAVE_PROGRAM_POLICY ?? (file ? readFileSync(file, "utf8") : undefined);
  if (text === undefined || text.trim() === "") return {};
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ConfigError('OPENLEAVE_PROGRAM_POLICY must be JSON, e.g. {"WA-PFML": {"decisionDays": 21}}');
  }
  const parsed = policyOverridesSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`OPENLEAVE_PROGRAM_POLICY: ${issue?.path.join(".")}: ${issue?.message}`);
  }
  const problems = checkPolicyOverrides(parsed.data, new Date().toISOString().slice(0, 10));
  if (problems.length > 0) throw new ConfigError(`OPENLEAVE_PROGRAM_POLICY: ${problems.join("; ")}`);
  return parsed.data;
}

export class ConfigError extends Error {}

/** TRUST_PROXY: a number of hops; "true" is one hop (a single load balancer), unset is none. */
function trustProxyHops(value: string | undefined): number {
  if (value === undefined || value === "" || value === "false") return 0;
  if (value === "true") return 1;
  if (/^\d{1,2}$/.test(value)) return Number(value);
  throw new ConfigError(`TRUST_PROXY must be the number of trusted proxy hops (0, 1, 2 …), got "${value}"`);
}

/** AWS S3 encrypts with its own keys by default; other providers often lack SSE, so they opt in. */
function serverSideEncryption(value: string | undefined, customEndpoint: boolean): "AES256" | "aws:kms" | undefined {
  if (value === undefined || value === "") return customEndpoint ? undefined : "AES256";
  if (value === "none") return undefined;
  if (value === "AES256" || value === "aws:kms") return value;
  throw new ConfigError(`S3_SERVER_SIDE_ENCRYPTION must be AES256, aws:kms or none, got "${value}"`);
}

function integer(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new ConfigError(`${name} must be a non-negative integer, got "${value}"`);
  return parsed;
}

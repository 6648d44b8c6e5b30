// After sign-in we send people back where they were going. The path comes from the URL, so
// it must never send them to another site (an "open redirect"): only same-site paths pass.

const PLACEHOLDER_ORIGIN = "https://openleave.invalid";

/** The same-site path in `candidate`, or `fallback` when it is missing, foreign or a sign-in page. */
export function safeReturnPath(candidate: string | null | undefined, fallback = "/"): string {
  if (!candidate || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\"))
    return fallback;
  // Browsers ignore tabs and newlines inside URLs, so "/\t/evil.example" would become "//evil.example".
  if ([...candidate].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) return fallback;
  let url: URL;
  try {
    url = new URL(candidate, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  if (url.pathname === "/sign-in" || url.pathname.startsWith("/sign-in/")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, remembering where to come back to (omitted for the home page). */
export function signInHref(returnTo: string): string {
  const path = safeReturnPath(returnTo);
  return path === "/" ? "/sign-in" : `/sign-in?returnTo=${encodeURIComponent(path)}`;
}

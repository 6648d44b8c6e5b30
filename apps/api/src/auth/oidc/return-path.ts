// After an OIDC sign-in we send the browser back to the portal page it came from. The path
// arrives in a URL anyone can craft, so only same-site relative paths are kept (no open
// redirect to another host through "//evil.example", "/\evil.example" or control characters).

const PLACEHOLDER_ORIGIN = "https://portal.invalid";

export function safeReturnPath(candidate: string | null | undefined, fallback = "/"): string {
  if (!candidate || candidate.length > 1_000) return fallback;
  if (!candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) return fallback;
  // Browsers drop tabs and newlines inside URLs, which can turn "/\t/evil" into "//evil".
  if ([...candidate].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) return fallback;
  let url: URL;
  try {
    url = new URL(candidate, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  // Returning to the sign-in page after signing in would be a loop.
  if (url.pathname === "/sign-in" || url.pathname.startsWith("/sign-in/")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

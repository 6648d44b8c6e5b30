// The API's double-submit CSRF defence: it sets a readable `ol_csrf` cookie beside the
// HTTP-only session cookie, and a mutation made with a session must echo that value in the
// `x-csrf-token` header. Another site can make the browser send cookies, but cannot read them.

export const CSRF_COOKIE = "ol_csrf";
export const CSRF_HEADER = "x-csrf-token";

/** One cookie's value from a `document.cookie`-style string, or undefined. */
export function readCookie(cookieString: string, name: string): string | undefined {
  for (const part of cookieString.split(";")) {
    const separator = part.indexOf("=");
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() !== name) continue;
    const value = part.slice(separator + 1).trim();
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return undefined;
}

/** Headers to add to a request from the browser: the CSRF token when there is one. */
export function csrfHeaders(cookieString: string): Record<string, string> {
  const token = readCookie(cookieString, CSRF_COOKIE);
  return token ? { [CSRF_HEADER]: token } : {};
}

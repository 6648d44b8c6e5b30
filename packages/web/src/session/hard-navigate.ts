/**
 * A full page load rather than a client-side route change. Used after signing in or out:
 * a new session must start with empty caches, so nothing from the previous user survives.
 */
export function hardNavigate(url: string): void {
  window.location.assign(url);
}

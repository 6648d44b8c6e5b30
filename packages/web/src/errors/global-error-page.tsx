"use client";
// Last resort when even the layout fails (an app's global-error.tsx): no catalogs are
// available here, so it speaks both languages. The app's file imports the USWDS stylesheet.
import Link from "next/link";

export function GlobalErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main className="grid-container padding-y-4">
          <h1>Something went wrong</h1>
          <p>We could not show this page. Try again in a few minutes.</p>
          <p lang="es">No pudimos mostrar esta página. Inténtelo de nuevo en unos minutos.</p>
          <button type="button" className="usa-button" onClick={reset}>
            Try again / <span lang="es">Intentar de nuevo</span>
          </button>
          <Link className="usa-button usa-button--outline" href="/">
            Home / <span lang="es">Inicio</span>
          </Link>
        </main>
      </body>
    </html>
  );
}

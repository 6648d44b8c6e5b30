"use client";
// Shown when a page fails to render, inside the layout (header and language keep working).
import { ErrorPageContent } from "@openleave/web";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPageContent reset={reset} />;
}

// The body of an app's not-found page. A Server Component, so the page passes its own strings.
import Link from "next/link";
import type { PageMessages } from "../i18n/web-messages";

export function NotFoundContent({ messages, homeLabel }: { messages: PageMessages; homeLabel: string }) {
  return (
    <div className="grid-container">
      <h1>{messages.title}</h1>
      <p className="usa-intro">{messages.body}</p>
      <Link className="usa-button" href="/">
        {homeLabel}
      </Link>
    </div>
  );
}

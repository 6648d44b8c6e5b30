// The body of an app's /sign-in page: heading, a note when sign-in was asked for on the way
// to another page, and the form. A Server Component, so the page passes its own strings.
import { safeReturnPath } from "../session/return-path";
import type { SignInMessages } from "../i18n/web-messages";
import { Notice } from "../ui/notice";
import { SignInForm } from "./sign-in-form";

interface SignInPageContentProps {
  messages: Pick<SignInMessages, "title" | "intro" | "returnNotice">;
  /** The page's `returnTo` search parameter as it came; only a same-site path is followed. */
  returnTo: string | string[] | undefined;
  forgotPasswordHref?: string;
}

export function SignInPageContent({ messages, returnTo, forgotPasswordHref }: SignInPageContentProps) {
  const requested = typeof returnTo === "string" ? returnTo : undefined;
  return (
    <div className="grid-container">
      <div className="grid-row">
        <div className="tablet:grid-col-8 desktop:grid-col-6">
          <h1>{messages.title}</h1>
          {requested ? (
            <Notice type="info" slim className="margin-bottom-3">
              {messages.returnNotice}
            </Notice>
          ) : (
            <p className="usa-intro">{messages.intro}</p>
          )}
          <SignInForm returnTo={safeReturnPath(requested)} forgotPasswordHref={forgotPasswordHref} />
        </div>
      </div>
    </div>
  );
}

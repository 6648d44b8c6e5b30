// The body of an app's /sign-in page: heading, a note when sign-in was asked for on the way
// to another page, and the form. Its words are the app's `signIn` messages.
import { useTranslations } from "next-intl";
import { safeReturnPath } from "../session/return-path";
import { Notice } from "../ui/notice";
import { SignInForm } from "./sign-in-form";

interface SignInPageContentProps {
  /** The page's `returnTo` search parameter as it came; only a same-site path is followed. */
  returnTo: string | string[] | undefined;
  forgotPasswordHref?: string;
}

export function SignInPageContent({ returnTo, forgotPasswordHref }: SignInPageContentProps) {
  const t = useTranslations("signIn");
  const requested = typeof returnTo === "string" ? returnTo : undefined;
  return (
    <div className="grid-container">
      <div className="grid-row">
        <div className="tablet:grid-col-8 desktop:grid-col-6">
          <h1>{t("title")}</h1>
          {requested ? (
            <Notice type="info" slim className="margin-bottom-3">
              {t("returnNotice")}
            </Notice>
          ) : (
            <p className="usa-intro">{t("intro")}</p>
          )}
          <SignInForm returnTo={safeReturnPath(requested)} forgotPasswordHref={forgotPasswordHref} />
        </div>
      </div>
    </div>
  );
}

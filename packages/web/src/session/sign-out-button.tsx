"use client";
import { useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../graphql/graphql";
import { toMutationOutcome } from "../graphql/mutation-outcome";
import { useTranslations } from "next-intl";
import { hardNavigate } from "./hard-navigate";
import { Button } from "../uswds/button";

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut {
      __typename
      ... on MutationSignOutSuccess {
        data
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export function SignOutButton({ afterSignOut = "/" }: { afterSignOut?: string }) {
  const t = useTranslations("layout");
  const [{ fetching }, signOut] = useMutation(SignOutMutation);
  const [failed, setFailed] = useState(false);

  const handleClick = async () => {
    setFailed(false);
    const result = await signOut({});
    const outcome = toMutationOutcome(result.data?.signOut, result.error);
    // signOut succeeds even without a session, so any other outcome means the session may
    // still be alive (e.g. the CSRF cookie is gone): say so rather than pretend.
    if (outcome.kind === "success") hardNavigate(afterSignOut);
    else setFailed(true);
  };

  return (
    <>
      <Button type="button" unstyled className="signed-in__sign-out" onClick={handleClick} disabled={fetching}>
        {fetching ? t("signingOut") : t("signOut")}
      </Button>
      {failed ? (
        <span role="alert" className="signed-in__error">
          {t("signOutFailed")}
        </span>
      ) : null}
    </>
  );
}

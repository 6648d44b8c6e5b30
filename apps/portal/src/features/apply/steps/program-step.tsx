"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { StepForm } from "../step-form";
import { useStepForm, useWizard } from "../wizard-context";

/** The program was chosen when the application started; another program means a new application. */
export function ProgramStep() {
  const t = useTranslations("wizard.program");
  const { draft, advance } = useWizard();
  const form = useStepForm([] as const);
  return (
    <StepForm
      onSubmit={form.submit(
        () => ({}),
        async () => null,
        () => advance(),
      )}
      summary={[]}
      failedSubmits={form.failedSubmits}
      saving={form.saving}
    >
      <p>{t("chosen", { program: draft.program.name })}</p>
      <p>
        {t.rich("other", {
          link: (chunks) => (
            <Link className="usa-link" href="/apply">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </StepForm>
  );
}

import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { HomeCallsToAction } from "@/features/home/home-calls-to-action";
import { SignedInHome } from "@/features/home/signed-in-home";
import { ProgramList, ProgramListLoading } from "@/features/programs/program-list";

export default async function HomePage() {
  const t = await getTranslations();
  return (
    <>
      <div className="page-intro">
        <div className="grid-container">
          <h1 className="margin-top-0">{t("home.heroTitle")}</h1>
          <p className="usa-intro">{t("home.heroBody")}</p>
          <HomeCallsToAction />
        </div>
      </div>
      <div className="grid-container">
        <SignedInHome />
        <section aria-labelledby="programs-heading">
          <h2 id="programs-heading">{t("home.programsHeading")}</h2>
          <p>{t("home.programsIntro")}</p>
          <Suspense fallback={<ProgramListLoading label={t("common.loading")} />}>
            <ProgramList />
          </Suspense>
        </section>
      </div>
    </>
  );
}

/**
 * Federal figures several programs share. The Social Security taxable wage base is the yearly
 * premium wage cap for WA, MA and CO (and OR, CT, MD, DE when they are added).
 */
import { type Money, money } from "../core/money";
import { defineParameter } from "../core/parameter";
import { PARAMETER_TABLES } from "./sources";

export const socialSecurityWageBase = defineParameter<Money>({
  id: "us.social-security-wage-base",
  label: "Social Security taxable wage base",
  description: "Caps the wages subject to premiums each calendar year in programs tied to the Social Security base.",
  unit: "USD/year",
  lastVerifiedOn: "2026-11-21",
  until: "2026-12-31",
  values: [
    {
      from: "2019-01-01",
      value: money("132900"),
      cite: [
        {
          title: "Expert analysis for a Colorado PFML program (2019 SS cap)",
          file: "shared/seeds/002_64e32af147dc6fe4.txt:225",
          grade: "B",
        },
      ],
    },
    {
      from: "2020-01-01",
      value: money("137700"),
      cite: [
        {
          title: "ShelterPoint: MA PFML rates 2021",
          href: "https://info.shelterpoint.com/Blog/ma-pfml-rates-2021",
          grade: "B",
        },
        { title: "Social Security wage base table", file: `${PARAMETER_TABLES}:23`, grade: "B" },
      ],
    },
    {
      from: "2021-01-01",
      value: money("142800"),
      cite: [
        {
          title: "ShelterPoint: MA PFML rates 2021",
          href: "https://info.shelterpoint.com/Blog/ma-pfml-rates-2021",
          grade: "B",
        },
        { title: "Social Security wage base table", file: `${PARAMETER_TABLES}:24`, grade: "B" },
      ],
    },
    {
      from: "2022-01-01",
      value: money("147000"),
      cite: [
        {
          title: "HR Works: WA 2022 rates",
          href: "https://hrworks-inc.com/industry-update/washington-increases-pfml-rates-and-weekly-benefit-for-2022/",
          grade: "B",
        },
        { title: "Social Security wage base table", file: `${PARAMETER_TABLES}:25`, grade: "B" },
      ],
    },
    {
      from: "2023-01-01",
      value: money("160200"),
      cite: [
        {
          title: "FAMLI premium and benefits calculator (2023)",
          href: "https://famli.colorado.gov/individuals-and-families/premium-and-benefits-calculator",
          grade: "A",
        },
        { title: "Social Security wage base table", file: `${PARAMETER_TABLES}:26`, grade: "A" },
      ],
    },
    {
      from: "2024-01-01",
      value: money("168600"),
      cite: [
        {
          title: "Paid Leave WA: premiums",
          href: "https://paidleave.wa.gov/help-center/employers/premiums/",
          grade: "A",
        },
        { title: "Social Security wage base table", file: `${PARAMETER_TABLES}:27`, grade: "A" },
      ],
    },
    {
      from: "2025-01-01",
      value: money("176100"),
      cite: [
        {
          title: "FAMLI premium and benefits calculator (2025)",
          href: "https://famli.colorado.gov/individuals-and-families/premium-and-benefits-calculator",
          grade: "A",
        },
        { title: "Social Security wage base table", file: `${PARAMETER_TABLES}:28`, grade: "A" },
      ],
      note: "Larkin's WA page wrote $176,000 (a typo); the Social Security base is $176,100.",
    },
    {
      from: "2026-01-01",
      value: money("184500"),
      cite: [
        { title: "Paid Leave WA: updates", href: "https://paidleave.wa.gov/updates", grade: "A" },
        { title: "Social Security wage base table", file: `${PARAMETER_TABLES}:29`, grade: "A" },
      ],
    },
  ],
});

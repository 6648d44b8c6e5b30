import Link from "next/link";
import { useTranslations } from "next-intl";

interface SiteFooterProps {
  /** The app's one-line description. */
  about: string;
  links: { href: string; label: string }[];
}

/** USWDS slim footer (a Server Component); the app gives its description and links. */
export function SiteFooter({ about, links }: SiteFooterProps) {
  const t = useTranslations("footer");
  return (
    <footer className="usa-footer usa-footer--slim">
      <div className="grid-container usa-footer__return-to-top">
        <a className="usa-link" href="#top">
          {t("backToTop")}
        </a>
      </div>
      <div className="usa-footer__primary-section">
        <div className="grid-container">
          <nav className="usa-footer__nav" aria-label={t("navLabel")}>
            <ul className="grid-row grid-gap add-list-reset">
              {links.map((link) => (
                <li key={link.href} className="mobile-lg:grid-col-auto usa-footer__primary-content">
                  <Link className="usa-footer__primary-link" href={link.href}>
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
      <div className="usa-footer__secondary-section">
        <div className="grid-container">
          <p className="margin-0">{about}</p>
        </div>
      </div>
    </footer>
  );
}

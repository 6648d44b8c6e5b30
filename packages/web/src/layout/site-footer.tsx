import Link from "next/link";

interface SiteFooterProps {
  about: string;
  navLabel: string;
  backToTop: string;
  links: { href: string; label: string }[];
}

/** USWDS slim footer; a Server Component, so it gets its strings as props. */
export function SiteFooter({ about, navLabel, backToTop, links }: SiteFooterProps) {
  return (
    <footer className="usa-footer usa-footer--slim">
      <div className="grid-container usa-footer__return-to-top">
        <a className="usa-link" href="#top">
          {backToTop}
        </a>
      </div>
      <div className="usa-footer__primary-section">
        <div className="grid-container">
          <nav className="usa-footer__nav" aria-label={navLabel}>
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

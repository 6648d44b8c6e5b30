"use client";
// USWDS basic header: a utility bar (who is signed in, language), the site title and the
// main navigation, which collapses into a menu on small screens.
import { FocusTrap } from "focus-trap-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { LanguageToggle } from "./language-toggle";
import { SignedInStatus } from "./signed-in-status";

export interface NavItem {
  href: string;
  label: string;
}

interface SiteHeaderProps {
  title: string;
  tagline: string;
  navItems: NavItem[];
  afterSignOut?: string;
  /** The language toggle's server action, for an app that also saves the choice on the account. */
  switchLocaleAction?: (formData: FormData) => Promise<void>;
}

export function SiteHeader({ title, tagline, navItems, afterSignOut, switchLocaleAction }: SiteHeaderProps) {
  const t = useTranslations("layout");
  const pathname = usePathname();
  const [menuOpen, setMenuOpen] = useState(false);

  // A route change closes the menu.
  const [menuPath, setMenuPath] = useState(pathname);
  if (menuPath !== pathname) {
    setMenuPath(pathname);
    setMenuOpen(false);
  }

  const closeMenu = () => setMenuOpen(false);

  return (
    <>
      <div className={`usa-overlay${menuOpen ? " is-visible" : ""}`} aria-hidden="true" />
      <header className="usa-header usa-header--basic">
        <div className="site-utility">
          <div className="site-utility__inner">
            <SignedInStatus afterSignOut={afterSignOut} />
            <LanguageToggle action={switchLocaleAction} />
          </div>
        </div>
        <div className="usa-nav-container">
          <div className="usa-navbar">
            <div className="usa-logo">
              <em className="usa-logo__text">
                <Link href="/" className="site-title">
                  {title}
                  <span className="site-title__tagline">{tagline}</span>
                </Link>
              </em>
            </div>
            <button
              type="button"
              className="usa-menu-btn"
              onClick={() => setMenuOpen(true)}
              aria-expanded={menuOpen}
              aria-controls="primary-nav"
            >
              {t("menu")}
            </button>
          </div>
          {/* The open mobile menu is a drawer: keep focus inside it until it closes (Escape,
              the close button or a click outside), then give focus back to the menu button. */}
          <FocusTrap
            active={menuOpen}
            focusTrapOptions={{
              escapeDeactivates: true,
              clickOutsideDeactivates: true,
              onDeactivate: closeMenu,
              tabbableOptions: { displayCheck: "none" },
            }}
          >
            <nav
              id="primary-nav"
              aria-label={t("primaryNavLabel")}
              className={`usa-nav${menuOpen ? " is-visible" : ""}`}
            >
              <button type="button" className="usa-nav__close" aria-label={t("closeMenu")} onClick={closeMenu}>
                <svg
                  className="usa-icon"
                  viewBox="0 0 24 24"
                  width="24"
                  height="24"
                  aria-hidden="true"
                  focusable="false"
                >
                  <path
                    fill="currentColor"
                    d="M6.4 5 5 6.4l5.6 5.6L5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z"
                  />
                </svg>
              </button>
              <ul className="usa-nav__primary usa-accordion">
                {navItems.map((item) => {
                  const current = item.href === "/" ? pathname === "/" : pathname.startsWith(item.href);
                  return (
                    <li key={item.href} className="usa-nav__primary-item">
                      <Link
                        href={item.href}
                        className={`usa-nav-link${current ? " usa-current" : ""}`}
                        aria-current={current ? "page" : undefined}
                      >
                        <span>{item.label}</span>
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </nav>
          </FocusTrap>
        </div>
      </header>
    </>
  );
}

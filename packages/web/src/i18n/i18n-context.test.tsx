import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { format } from "./format";
import { useLocale, useWebMessages } from "./i18n-context";
import { TestI18nProvider, useTestMessages } from "../test/render";

function Greeting() {
  const t = useTestMessages();
  const shared = useWebMessages();
  return (
    <p lang={useLocale()}>
      {format(t.home.welcome, { name: "María" })} · {shared.layout.signOut}
    </p>
  );
}

describe("createI18n", () => {
  it("gives the app its whole catalog and the shared components theirs, in the page's language", () => {
    render(
      <TestI18nProvider locale="es">
        <Greeting />
      </TestI18nProvider>,
    );
    expect(screen.getByText("Le damos la bienvenida, María · Cerrar sesión")).toHaveAttribute("lang", "es");
  });

  it("says what is missing when a shared component renders outside the app's provider", () => {
    function Orphan() {
      return <p>{useWebMessages().layout.menu}</p>;
    }
    expect(() => render(<Orphan />)).toThrow(/I18nProvider/);
  });
});

// The USWDS button. Both apps used react-uswds for this and a dozen other wrappers; that package
// ships as one bundle that cannot be tree-shaken, so every page carried all of it (date picker,
// combo box, file input …): about 35 KB gzipped. These are the same markup, written here.
import type { ButtonHTMLAttributes } from "react";
import { classNames } from "./class-names";

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  type: "button" | "submit" | "reset";
  secondary?: boolean;
  base?: boolean;
  outline?: boolean;
  inverse?: boolean;
  unstyled?: boolean;
  size?: "big";
}

export function Button({ secondary, base, outline, inverse, unstyled, size, className, ...button }: ButtonProps) {
  return (
    <button
      className={classNames(
        "usa-button",
        secondary && "usa-button--secondary",
        base && "usa-button--base",
        outline && "usa-button--outline",
        inverse && "usa-button--inverse",
        unstyled && "usa-button--unstyled",
        size === "big" && "usa-button--big",
        className,
      )}
      {...button}
    />
  );
}

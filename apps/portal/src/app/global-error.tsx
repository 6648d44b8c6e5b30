"use client";
// Last resort when even the layout fails: a bilingual page without catalogs.
import "@uswds/uswds/css/uswds.min.css";
import { GlobalErrorPage } from "@openleave/web";

export default GlobalErrorPage;

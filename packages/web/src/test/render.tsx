// This package's tests render components as an app would, with the test catalogs.
import { createRenderWithApp } from "../testing/render-with-app";
import { testCatalogs } from "./messages";

export const renderWithApp = createRenderWithApp(testCatalogs);

// This package's tests render components as an app would, with the test catalogs.
import { createI18n } from "../i18n/i18n-context";
import { createRenderWithApp } from "../testing/render-with-app";
import { testCatalogs } from "./messages";

export const { I18nProvider: TestI18nProvider, useMessages: useTestMessages } = createI18n(testCatalogs);

export const renderWithApp = createRenderWithApp(TestI18nProvider);

// The request configuration this package's Server Component tests run (an app's
// src/i18n/request.ts does the same with its catalogs and OPENLEAVE_TIME_ZONE).
import { createRequestConfig } from "../i18n/request-config";
import { TEST_TIME_ZONE } from "../testing/intl-test-config";
import { testCatalogs } from "./messages";

export default createRequestConfig(testCatalogs, { timeZone: TEST_TIME_ZONE });

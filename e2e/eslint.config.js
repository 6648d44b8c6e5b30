import base from "@openleave/eslint-config";

export default [...base, { ignores: ["playwright-report/**", "test-results/**"] }];

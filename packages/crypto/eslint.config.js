import base from "@openleave/eslint-config";

export default base;

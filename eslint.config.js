// Lint with type information (STYLE.md "Tooling"). Every rule is an error: a warning nobody fixes hides problems.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

/** Turns every "warn" of a shared config into "error". */
function warningsAsErrors(configs) {
  const severity = (value) => {
    if (value === "warn" || value === 1) return "error";
    if (Array.isArray(value) && (value[0] === "warn" || value[0] === 1)) return ["error", ...value.slice(1)];
    return value;
  };
  return [configs]
    .flat()
    .map((config) =>
      config.rules
        ? { ...config, rules: Object.fromEntries(Object.entries(config.rules).map(([k, v]) => [k, severity(v)])) }
        : config,
    );
}

export default defineConfig(
  { ignores: ["node_modules/", "web/dist/", "data/", ".tmp/", "coverage/", "**/*.min.js"] },
  warningsAsErrors(js.configs.recommended),
  warningsAsErrors(tseslint.configs.recommended),
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Plain JavaScript (the scripts that run on any Node, this file): no type information.
    files: ["**/*.js", "**/*.mjs"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { console: "readonly", process: "readonly", URL: "readonly" } },
    rules: { "@typescript-eslint/consistent-type-imports": "off" },
  },
  { files: ["web/src/**/*.{ts,tsx}"], extends: warningsAsErrors(reactHooks.configs.flat.recommended) },
);

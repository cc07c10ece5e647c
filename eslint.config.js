import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import { importX } from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/dist/**", "**/build/**", ".data/**", "bench/results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // No import cycles anywhere (docs/architecture.md, "Seams"): every module can be read, tested
    // and loaded without first loading something that needs it back.
    files: ["**/*.{ts,tsx,js,mjs}"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/extensions": importX.flatConfigs.typescript.settings["import-x/extensions"],
      "import-x/parsers": importX.flatConfigs.typescript.settings["import-x/parsers"],
      "import-x/resolver-next": [
        createTypeScriptImportResolver({
          project: ["contract", "api", "tabs", "tests", "scripts", "bench"].map(
            (dir) => `${dir}/tsconfig.json`,
          ),
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  {
    // Repositories own every database operation (docs/architecture.md, "Seams"): domain code gets an
    // opaque `Db` handle (cosmos/db.ts) and never sees Cosmos DB. Exceptions, each for a reason:
    // - api/src/cosmos/**: the client, the handle and the shared query helpers themselves;
    // - api/src/**/*-repository.ts: the feature repositories, the only code that opens the handle;
    // - api/src/local/**: the local Cosmos-protocol server and its container upgrade (dev only).
    files: ["api/src/**/*.ts"],
    ignores: ["api/src/cosmos/**", "api/src/**/*-repository.ts", "api/src/local/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@azure/cosmos",
              message:
                "Reach the database through a *-repository.ts function that takes a Db (cosmos/db.ts).",
            },
          ],
          patterns: [
            {
              group: ["**/cosmos/scoped"],
              importNames: ["queryInScope", "queryPagesInScope", "readInScope"],
              message: "Reads and queries belong in the feature's *-repository.ts.",
            },
            {
              group: ["**/cosmos/create-once", "**/cosmos/retry"],
              message: "Writes and their retries belong in the feature's *-repository.ts.",
            },
            {
              group: ["**/cosmos/db"],
              importNames: ["containerOf"],
              message:
                "Only cosmos/ and *-repository.ts files open a Db; call a repository function instead.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["tabs/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    files: ["tabs/src/**/*.{ts,tsx}"],
    rules: {
      // teams-js must be imported by name so that Vite can tree-shake it (docs/architecture.md §8).
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportDeclaration[source.value='@microsoft/teams-js'] > ImportNamespaceSpecifier",
          message: "Import teams-js capabilities by name: import { app } from '@microsoft/teams-js'.",
        },
      ],
    },
  },
  {
    // Only the Teams seam (teams/) and the sign-in windows Teams opens (auth/) talk to teams-js.
    files: ["tabs/src/**/*.{ts,tsx}"],
    ignores: ["tabs/src/teams/**", "tabs/src/auth/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@microsoft/teams-js", message: "Call Teams through a module in tabs/src/teams/." },
          ],
        },
      ],
    },
  },
);

// Lint is where the architecture's "may import" column is enforced (docs/architecture.md, "Layer
// rules"; test/lint/layers.test.ts proves each rule fires).
// Every rule switched off or narrowed below carries its reason.
import { builtinModules } from "node:module";
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const noElectron = { name: "electron", message: "Only electron/ may import electron: keep logic in core/." };
const kioskFolders = (...folders) => folders.map((f) => `**/${f}/**`);

/** One restricted-imports rule per layer; the message says which layer forbids it. */
const layer = (files, { paths = [], patterns = [] }) => ({
  files,
  rules: {
    "@typescript-eslint/no-restricted-imports": ["error", { paths, patterns }],
  },
});

export default tseslint.config(
  { ignores: ["dist/**", "dist-electron/**", "node_modules/**", "var/**", "artifacts/**"] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      // `x => void call()` in callbacks is idiomatic and unambiguous.
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
      // Template literals with numbers are how byte-level logs and messages are written here.
      "@typescript-eslint/restrict-template-expressions": [
        "error",
        { allowNumber: true, allowBoolean: true },
      ],
      // Event-emitter style callbacks legitimately return void promises handled inside.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { arguments: false } }],
      "no-restricted-syntax": [
        "error",
        { selector: "ExportDefaultDeclaration", message: "Use named exports." },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Config files for tools that require a default export.
    files: ["*.config.ts", "*.config.js"],
    rules: { "no-restricted-syntax": "off" },
  },
  {
    files: ["renderer/**/*.{ts,tsx}", "console/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: reactHooks.configs.recommended.rules,
  },
  // ── layer rules ──────────────────────────────────────────────────────────
  layer(["core/**", "drivers/**", "renderer/**", "kiosk-config/**", "central/**", "scripts/**", "test/**"], {
    paths: [noElectron],
  }),
  layer(["core/**"], {
    paths: [noElectron],
    patterns: [
      {
        group: kioskFolders("renderer", "electron"),
        message: "core/ runs under both shells: it may not import the UI or the Electron shell.",
      },
      {
        regex: "central/(?!protocol)",
        message: "core/ may import only central/protocol.ts from the central service.",
      },
    ],
  }),
  layer(["drivers/**"], {
    paths: [noElectron],
    patterns: [
      {
        group: kioskFolders("core", "renderer", "electron", "central", "kiosk-config"),
        message: "drivers/ are reusable libraries: they know nothing of the kiosk.",
      },
    ],
  }),
  layer(["console/**"], {
    paths: [
      noElectron,
      ...nodeBuiltins.map((name) => ({
        name,
        message: "console/ runs in a manager's browser: no Node built-ins; ask the fleet routes.",
      })),
    ],
    patterns: [
      {
        // The console shares the service's route tables and the kiosk's config schema (pure data
        // and zod), never its code: everything else it learns through HTTP.
        regex:
          "(central/(?!fleet/routes$|protocol/(routes|support|requests)$)|core/|drivers/|electron/|renderer/|scripts/)",
        message:
          "console/ talks to the central service over HTTP; it may import kiosk-config/ and the route tables only.",
      },
    ],
  }),
  layer(["renderer/**"], {
    paths: [
      noElectron,
      ...nodeBuiltins.map((name) => ({
        name,
        message: "renderer/ runs in the page: no Node built-ins; ask window.kiosk.",
      })),
    ],
    patterns: [
      {
        regex: "core/(?!api$)",
        message:
          "renderer/ reaches the kiosk only through window.kiosk; it may import types from core/api.ts.",
      },
      {
        regex: "core/api$",
        allowTypeImports: true,
        message: "renderer/ may import core/api.ts for types only.",
      },
      {
        // kiosk-config/ is the one folder the page may import values from: it is pure data and
        // zod (its own rules forbid Node built-ins), so the page shares its rules, never copies them.
        group: kioskFolders("drivers", "central", "electron", "scripts", "test"),
        message:
          "renderer/ reaches the kiosk only through window.kiosk; of the kiosk's folders it may import values from kiosk-config/ only.",
      },
    ],
  }),
  {
    // Tests of the shell drive it with test/support's fake electron module and a real runtime.
    ...layer(["electron/**"], {
      patterns: [
        {
          group: kioskFolders("renderer", "drivers", "central", "kiosk-config", "scripts", "test"),
          message: "electron/ is thin glue around core/: it may import core/ and electron only.",
        },
      ],
    }),
    ignores: ["electron/**/*.test.ts"],
  },
  layer(["kiosk-config/**"], {
    paths: [
      noElectron,
      ...nodeBuiltins.map((name) => ({
        name,
        message: "kiosk-config/ is plain data and schemas: it also runs in the page.",
      })),
    ],
    patterns: [
      {
        group: kioskFolders("core", "drivers", "renderer", "electron", "central", "scripts"),
        message: "kiosk-config/ imports nothing of the kiosk.",
      },
    ],
  }),
  layer(["central/**"], {
    paths: [noElectron],
    patterns: [
      {
        group: kioskFolders("core", "drivers", "renderer", "electron"),
        message: "central/ may import only kiosk-config/.",
      },
    ],
  }),
  {
    files: ["**/*.test.ts", "**/*.test.tsx", "test/**"],
    rules: {
      // Tests use non-null assertions on values they have just checked exist.
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
);

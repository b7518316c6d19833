import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";

/**
 * The architecture's "may import" column is enforced by lint (eslint.config.js). These tests lint
 * probe sources as if they lived in each folder, so a loosened rule fails here, not in review.
 * Type information is not needed for import rules, so it is switched off to lint virtual files.
 */
const eslint = new ESLint({ overrideConfig: [tseslint.configs.disableTypeChecked] });

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === "@typescript-eslint/no-restricted-imports")
    .map((m) => m.message);
}

describe("layer rules", () => {
  it("refuses electron outside electron/", async () => {
    for (const folder of ["core", "drivers", "renderer/src", "kiosk-config", "central", "scripts", "test"]) {
      const errors = await importErrors(`${folder}/probe.ts`, 'import "electron";\n');
      expect(errors, folder).toEqual([expect.stringContaining("Only electron/ may import electron")]);
    }
    expect(
      await importErrors("electron/probe.ts", 'import { app } from "electron";\nexport const a = app;\n'),
    ).toEqual([]);
  });

  it("refuses Node built-ins in renderer/ and kiosk-config/", async () => {
    for (const source of [
      'import { readFile } from "node:fs";',
      'import path from "path";',
      'import "child_process";',
    ]) {
      expect(await importErrors("renderer/src/probe.ts", `${source}\n`)).toHaveLength(1);
      expect(await importErrors("kiosk-config/probe.ts", `${source}\n`)).toHaveLength(1);
    }
  });

  it("keeps the fleet console to HTTP: kiosk-config and the route tables, nothing else of the kiosk or service", async () => {
    const probe = "console/src/probe.ts";
    for (const allowed of [
      'import { layerProblems } from "../../kiosk-config/config/layers";\nexport const a = layerProblems;\n',
      'import { FLEET_ROUTES } from "../../central/fleet/routes";\nexport const a = FLEET_ROUTES;\n',
      'import { ROUTES } from "../../central/protocol/routes";\nexport const a = ROUTES;\n',
      'import { REQUEST_ROUTES } from "../../central/protocol/requests";\nexport const a = REQUEST_ROUTES;\n',
    ]) {
      expect(await importErrors(probe, allowed), allowed).toEqual([]);
    }
    for (const refused of [
      'import { readFile } from "node:fs";\nexport const a = readFile;\n',
      'import "electron";\n',
      'import { openCentralDb } from "../../central/db/connect";\nexport const a = openCentralDb;\n',
      'import { requireRole } from "../../central/managers/require-role";\nexport const a = requireRole;\n',
      'import { App } from "../../renderer/src/app/app";\nexport const a = App;\n',
      'import { dispatch } from "../../core/rpc";\nexport const a = dispatch;\n',
    ]) {
      expect(await importErrors(probe, refused), refused).not.toEqual([]);
    }
  });

  it("lets the renderer import core/api.ts for types only", async () => {
    expect(
      await importErrors(
        "renderer/src/probe.ts",
        'import type { KioskApi } from "../../core/api";\nexport type A = KioskApi;\n',
      ),
    ).toEqual([]);
    expect(
      await importErrors(
        "renderer/src/probe.ts",
        'import { kioskCalls } from "../../core/api";\nexport const a = kioskCalls;\n',
      ),
    ).toHaveLength(1);
    expect(
      await importErrors(
        "renderer/src/probe.ts",
        'import { dispatch } from "../../core/rpc";\nexport const a = dispatch;\n',
      ),
    ).toHaveLength(1);
  });

  it("lets the renderer import values from kiosk-config/, and from no other kiosk folder", async () => {
    for (const target of ["../../kiosk-config/identity/mask", "../../kiosk-config/services/model/flow"]) {
      expect(
        await importErrors("renderer/src/probe.ts", `import { x } from "${target}";\nexport const a = x;\n`),
        target,
      ).toEqual([]);
    }
    for (const target of [
      "../../drivers/idcard/identity",
      "../../central/protocol",
      "../../scripts/project",
      "../../test/support/runtime",
      "../../electron/preload",
    ]) {
      expect(
        await importErrors("renderer/src/probe.ts", `import { x } from "${target}";\nexport const a = x;\n`),
        target,
      ).toEqual([expect.stringContaining("renderer/ reaches the kiosk only through window.kiosk")]);
    }
  });

  it("keeps electron/ to core/ (its tests may use test/support)", async () => {
    expect(
      await importErrors("electron/probe.ts", 'import { x } from "../core/runtime";\nexport const a = x;\n'),
    ).toEqual([]);
    for (const target of [
      "../drivers/idcard/identity",
      "../central/protocol",
      "../renderer/src/main",
      "../scripts/start",
    ]) {
      expect(
        await importErrors("electron/probe.ts", `import { x } from "${target}";\nexport const a = x;\n`),
        target,
      ).toEqual([expect.stringContaining("electron/ is thin glue around core/")]);
    }
    expect(
      await importErrors(
        "electron/probe.test.ts",
        'import { x } from "../test/support/fake-electron";\nexport const a = x;\n',
      ),
    ).toEqual([]);
  });

  it("keeps drivers free of the kiosk", async () => {
    for (const target of ["../../core/api", "../../kiosk-config/config/schema", "../../central/protocol"]) {
      const errors = await importErrors(
        "drivers/idcard/probe.ts",
        `import { x } from "${target}";\nexport const a = x;\n`,
      );
      expect(errors, target).toEqual([expect.stringContaining("drivers/ are reusable libraries")]);
    }
    expect(
      await importErrors(
        "drivers/idcard/probe.ts",
        'import { x } from "../transport/types";\nexport const a = x;\n',
      ),
    ).toEqual([]);
  });

  it("lets core reach central only through central/protocol.ts", async () => {
    expect(
      await importErrors(
        "core/sync/probe.ts",
        'import { x } from "../../central/protocol";\nexport const a = x;\n',
      ),
    ).toEqual([]);
    expect(
      await importErrors(
        "core/sync/probe.ts",
        'import { x } from "../../central/server";\nexport const a = x;\n',
      ),
    ).toHaveLength(1);
    expect(
      await importErrors(
        "core/probe.ts",
        'import { x } from "../renderer/src/app/App";\nexport const a = x;\n',
      ),
    ).toHaveLength(1);
  });

  it("keeps central/ away from core/ and drivers/", async () => {
    expect(
      await importErrors("central/probe.ts", 'import { x } from "../core/runtime";\nexport const a = x;\n'),
    ).toHaveLength(1);
    expect(
      await importErrors(
        "central/probe.ts",
        'import { x } from "../kiosk-config/services";\nexport const a = x;\n',
      ),
    ).toEqual([]);
  });
});

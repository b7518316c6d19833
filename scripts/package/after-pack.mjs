// electron-builder's afterPack hook (electron-builder.yml). electron-builder loads hooks as plain
// JavaScript, so this thin file hands over to the TypeScript in rebuild-native.ts through tsx,
// whichever way the build was started (npm run package, or electron-builder by hand).
import builder from "app-builder-lib";
import { tsImport } from "tsx/esm/api";

/** @param {import("app-builder-lib").AfterPackContext} context */
export async function afterPack(context) {
  const { rebuildNativeModules } = await tsImport("./rebuild-native.ts", import.meta.url);
  await rebuildNativeModules(
    {
      projectDir: context.packager.projectDir,
      appOutDir: context.appOutDir,
      resourcesDir: context.packager.getResourcesDir(context.appOutDir),
      platform: context.electronPlatformName,
      arch: builder.Arch[context.arch],
      electronVersion: context.packager.config.electronVersion,
    },
    (line) => {
      console.log(`  • afterPack: ${line}`);
    },
  );
}

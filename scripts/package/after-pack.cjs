// electron-builder's afterPack hook (electron-builder.yml). electron-builder loads hooks with
// require, so this thin CommonJS file hands over to the TypeScript in rebuild-native.ts through
// tsx, whichever way the build was started (npm run package, or electron-builder by hand).
const { require: tsxRequire } = require("tsx/cjs/api");
const { Arch } = require("app-builder-lib");

/** @param {import("app-builder-lib").AfterPackContext} context */
async function afterPack(context) {
  const { rebuildNativeModules } = tsxRequire("./rebuild-native.ts", __filename);
  await rebuildNativeModules(
    {
      projectDir: context.packager.projectDir,
      appOutDir: context.appOutDir,
      resourcesDir: context.packager.getResourcesDir(context.appOutDir),
      platform: context.electronPlatformName,
      arch: Arch[context.arch],
      electronVersion: context.packager.config.electronVersion,
    },
    (line) => console.log(`  • afterPack: ${line}`),
  );
}

module.exports = { afterPack };

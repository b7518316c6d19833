import { runSubcommand } from "./subcommand";

await runSubcommand("fleet", process.argv.slice(2));

import { runSubcommand } from "./subcommand";

await runSubcommand("sim", process.argv.slice(2));

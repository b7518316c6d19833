import { runSubcommand } from "./subcommand";

await runSubcommand("diag", process.argv.slice(2));

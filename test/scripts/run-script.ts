import { spawn } from "node:child_process";
import { projectRoot } from "../../scripts/project";

export interface ScriptResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `scripts/<file>` as `npm run --silent <tool>` does (tsx, from the project root), without
 * npm's own start-up cost, with `env` added to this process's environment.
 */
export function runScript(
  file: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<ScriptResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", `scripts/${file}`, ...args], {
      cwd: projectRoot,
      env: { ...process.env, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs `jobs` at most `width` at a time: each is a tsx start-up, and the machine has 2 cores. */
export async function inBatches<T>(jobs: (() => Promise<T>)[], width = 4): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < jobs.length; i += width) {
    out.push(...(await Promise.all(jobs.slice(i, i + width).map((job) => job()))));
  }
  return out;
}

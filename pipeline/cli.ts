/**
 * The command line: `node --import tsx pipeline/cli.ts <command> [options]`.
 * Commands are a map; each lives in pipeline/commands/<name>.ts.
 */
import { parseArgs } from "node:util";
import { ConfigError } from "./config.ts";
import { RulesError } from "./resources.ts";
import { buildCommand } from "./commands/build.ts";
import { verifyCommand } from "./commands/verify.ts";
import { evalCommand } from "./commands/eval.ts";
import { releaseCommand } from "./commands/release.ts";
import { mergeCommand } from "./commands/merge.ts";
import { benchCommand } from "./commands/bench.ts";
import { EXIT, UsageError, type Command, type CommandIO } from "./commands/command.ts";

const COMMANDS: ReadonlyMap<string, Command> = new Map(
  [
    buildCommand,
    verifyCommand,
    evalCommand,
    releaseCommand,
    mergeCommand,
    benchCommand,
  ].map((command) => [command.name, command]),
);

function usage(): string {
  const lines = [...COMMANDS.values()].map((command) => `  ${command.name.padEnd(10)} ${command.summary}`);
  return `usage: pipeline <command> [options]\n\ncommands:\n${lines.join("\n")}\n`;
}

export async function main(argv: readonly string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS.get(name) : undefined;
  if (!command) {
    io.stderr.write(name && name !== "--help" ? `unknown command '${name}'\n${usage()}` : usage());
    return name && name !== "--help" ? EXIT.usage : EXIT.ok;
  }
  try {
    const { values } = parseArgs({ args: [...rest], options: command.options, strict: true, allowPositionals: false });
    return await command.run(values, io);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UsageError || error instanceof RulesError) {
      io.stderr.write(`error: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
      io.stderr.write(`error: ${error.message}\n${usage()}`);
      return EXIT.usage;
    }
    io.stderr.write(`error: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.failure;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let settled = false;
  // A promise that can never settle lets Node exit quietly with 0; say so and fail instead.
  process.on("beforeExit", () => {
    if (settled) return;
    process.stderr.write("error: internal: the pipeline stopped while work was still pending\n");
    process.exitCode = EXIT.failure;
  });
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then((code) => {
    settled = true;
    process.exitCode = code;
  });
}

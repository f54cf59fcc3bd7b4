import type { ParseArgsConfig } from "node:util";

/** Exit codes a script can rely on (README, "Exit codes"). */
export const EXIT = {
  ok: 0,
  /** Internal error: a bug, or a failure writing the output. */
  failure: 1,
  /** Bad config, bad arguments or an unusable input folder: nothing was built. */
  usage: 2,
  /** Built, but some inputs were rejected or some rows quarantined (see sources and rejects.jsonl). */
  partial: 3,
  /** `verify` or `eval` found problems, or `bench` a rebuild whose bytes differ from the cold build's. */
  check: 4,
  /** Stopped by Ctrl-C (SIGINT) or SIGTERM: nothing was written (128 + SIGINT, as shells report it). */
  interrupted: 130,
} as const;

export class UsageError extends Error {}

export interface CommandIO {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly options: NonNullable<ParseArgsConfig["options"]>;
  run(values: Record<string, unknown>, io: CommandIO): Promise<number>;
}

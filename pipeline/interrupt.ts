/**
 * Ctrl-C (SIGINT) and SIGTERM during a long command: the first signal
 * aborts the work, which stops at its next record or step and removes what
 * it staged; a second one exits at once (a later build clears what is left,
 * see pipeline/write/staging.ts).
 */
import { EXIT } from "./commands/command.ts";

export class Interrupted extends Error {}

const SIGNALS = ["SIGINT", "SIGTERM"] as const;

export async function interruptible<T>(stderr: NodeJS.WritableStream, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(EXIT.interrupted);
    stderr.write(`\n${name}: stopping; the output is left as it was (again to quit at once)\n`);
    controller.abort(new Interrupted(`interrupted by ${name}`));
  };
  for (const name of SIGNALS) process.on(name, onSignal);
  try {
    return await work(controller.signal);
  } finally {
    for (const name of SIGNALS) process.off(name, onSignal);
  }
}

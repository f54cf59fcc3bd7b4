import type { Diagnostic } from "./diagnostics.ts";
import type { Resources } from "../resources.ts";
import type { DatasetConfig } from "../config.ts";

/**
 * What every per-article stage gets besides its input: the dataset config,
 * the loaded rule files, and a place to report diagnostics. No I/O, no
 * global state: a stage is a pure function of (input, context).
 */
export interface StageContext {
  readonly config: DatasetConfig;
  readonly resources: Resources;
  readonly report: (diagnostic: Omit<Diagnostic, "source">) => void;
}

/** One step of the per-article pipeline. `version` enters the cache key. */
export interface Stage<In, Out> {
  readonly name: string;
  readonly version: string;
  run(input: In, context: StageContext): Out;
}

/** Messages between the build and its worker threads. */
import type { InputEntry } from "../stages/ingest.ts";
import type { FileRecord } from "./record.ts";

export interface BatchRequest {
  readonly id: number;
  readonly entries: readonly InputEntry[];
}

export type BatchReply =
  | { readonly id: number; readonly records: readonly FileRecord[]; readonly error?: undefined }
  | { readonly id: number; readonly error: string; readonly records?: undefined };

/**
 * The one place DuckDB is loaded. DuckDB's allocator (jemalloc, on Linux)
 * hands out reused memory, and string segments of a database file keep
 * whatever bytes were in their unused gaps: the same data gave a different
 * `.duckdb` file on every build. Asking jemalloc to zero every allocation
 * makes the file byte-stable. jemalloc reads its options once, when the
 * library is loaded, so nothing may import `@duckdb/node-api` for its
 * values before this module has set them (type-only imports are fine).
 */
type NodeApi = typeof import("@duckdb/node-api");

export const ALLOCATOR_OPTIONS_VARIABLE = "DUCKDB_JE_MALLOC_CONF";
const ZERO_FILL = "zero:true";

let loading: Promise<NodeApi> | null = null;

function withZeroFill(options: string | undefined): string {
  if (!options) return ZERO_FILL;
  return options.split(",").includes(ZERO_FILL) ? options : `${options},${ZERO_FILL}`;
}

export function duckdb(): Promise<NodeApi> {
  if (!loading) {
    process.env[ALLOCATOR_OPTIONS_VARIABLE] = withZeroFill(process.env[ALLOCATOR_OPTIONS_VARIABLE]);
    loading = import("@duckdb/node-api");
  }
  return loading;
}

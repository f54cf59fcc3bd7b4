/** `node --import tsx tests/support/write-duckdb.ts <versionDir> <name> <sliceMemoryLimit> <sliceRows>`: write a version's database in a process of its own. */
import { writeDuckDB } from "../../pipeline/write/duckdb.ts";

const [versionDir, name, sliceMemoryLimit, sliceRows] = process.argv.slice(2);
await writeDuckDB(versionDir!, name!, { sliceMemoryLimit: sliceMemoryLimit!, sliceRows: Number(sliceRows) });

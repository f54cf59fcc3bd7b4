/** Keys: primary keys unique and present, foreign keys resolve (from the table definitions). */
import type { DuckDBConnection } from "@duckdb/node-api";
import { TABLES, type TableDefinition } from "../../schemas/index.ts";
import type { Finding } from "./finding.ts";
import { fileOf, queryRows, sqlName, tableScan, type ScanFormat } from "./sql.ts";

const EXAMPLES = 20;

export async function* verifyKeys(connection: DuckDBConnection, versionDir: string, format: ScanFormat): AsyncGenerator<Finding> {
  const byName = new Map<string, TableDefinition>(TABLES.map((table) => [table.name, table]));
  for (const table of TABLES) {
    const file = fileOf(format, table.name);
    const scan = tableScan(versionDir, table, format);
    const key = table.primaryKey.map(sqlName).join(", ");
    const nullKey = table.primaryKey.map((column) => `${sqlName(column)} IS NULL`).join(" OR ");
    for (const row of await queryRows(connection, `SELECT __row FROM ${scan} WHERE ${nullKey} ORDER BY __row LIMIT ${EXAMPLES}`)) {
      yield { check: "keys", file, row: Number(row.__row), column: table.primaryKey.join(","), reason: "primary key is null" };
    }
    const duplicates = await queryRows(
      connection,
      `SELECT ${key}, min(__row) AS first, max(__row) AS last, count(*) AS n FROM ${scan} GROUP BY ALL HAVING count(*) > 1 ORDER BY first LIMIT ${EXAMPLES}`,
    );
    for (const duplicate of duplicates) {
      const value = table.primaryKey.map((column) => String(duplicate[column])).join(",");
      yield {
        check: "keys",
        file,
        row: Number(duplicate.last),
        column: table.primaryKey.join(","),
        reason: `primary key ${value} appears ${duplicate.n} times (first at row ${duplicate.first})`,
      };
    }
    for (const foreign of table.foreignKeys) {
      const parent = byName.get(foreign.reference.resource)!;
      const parentScan = tableScan(versionDir, parent, format);
      const childColumns = foreign.fields.map(sqlName);
      const match = foreign.fields
        .map((field, index) => `parent.${sqlName(foreign.reference.fields[index]!)} = child.${sqlName(field)}`)
        .join(" AND ");
      const present = childColumns.map((column) => `child.${column} IS NOT NULL`).join(" AND ");
      const orphans = await queryRows(
        connection,
        `SELECT child.__row, ${childColumns.map((column) => `child.${column}`).join(", ")} FROM ${scan} AS child ` +
          `WHERE ${present} AND NOT EXISTS (SELECT 1 FROM ${parentScan} AS parent WHERE ${match}) ORDER BY child.__row LIMIT ${EXAMPLES}`,
      );
      for (const orphan of orphans) {
        const value = foreign.fields.map((field) => String(orphan[field])).join(",");
        yield {
          check: "keys",
          file,
          row: Number(orphan.__row),
          column: foreign.fields.join(","),
          reason: `${value} has no row in ${foreign.reference.resource}.${foreign.reference.fields.join(",")}`,
        };
      }
    }
  }
}

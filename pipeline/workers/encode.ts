/**
 * Validate and encode an article's rows where they are made (in the
 * worker), so the thread that writes only appends text. Formats that share
 * an encoder (JSON Lines and the Parquet staging rows) encode once.
 */
import type { TableDefinition } from "../../schemas/index.ts";
import type { Format } from "../config.ts";
import type { Row } from "../stages/rows.ts";
import { validateRow, type Reject } from "../stages/validate.ts";
import { columnsOf } from "../write/columns.ts";
import { FORMAT_WRITERS, type RowsEncoder } from "../write/formats.ts";
import type { EncodedRows } from "./record.ts";

interface EncoderGroup {
  readonly encode: RowsEncoder;
  readonly formats: readonly Format[];
}

export interface EncodedTable extends EncodedRows {
  readonly rejects: readonly Reject[];
  readonly valid: readonly Row[];
}

export class TableEncoder {
  private readonly groups: readonly EncoderGroup[];

  constructor(
    private readonly table: TableDefinition,
    formats: readonly Format[],
  ) {
    const columns = columnsOf(table);
    const byFactory = new Map<unknown, Format[]>();
    for (const format of formats) {
      const factory = FORMAT_WRITERS[format].encoder;
      byFactory.set(factory, [...(byFactory.get(factory) ?? []), format]);
    }
    this.groups = [...byFactory.entries()].map(([, grouped]) => ({ encode: FORMAT_WRITERS[grouped[0]].encoder(columns), formats: grouped }));
  }

  encode(rows: readonly Row[]): EncodedTable {
    const rejects: Reject[] = [];
    const valid: Row[] = [];
    for (const row of rows) {
      const checked = validateRow(this.table, row);
      if (checked.ok) valid.push(row);
      else rejects.push(checked.reject);
    }
    const texts: Partial<Record<Format, string>> = {};
    for (const group of this.groups) {
      const text = group.encode(valid);
      for (const format of group.formats) texts[format] = text;
    }
    return { rows: valid.length, texts, rejects, valid };
  }
}

/**
 * Validate and encode an article's rows where they are made (in the
 * worker), so the thread that writes only appends bytes. Formats that share
 * an encoder (JSON Lines and the Parquet staging rows) encode once.
 */
import type { TableDefinition } from "../../schemas/index.ts";
import type { Format } from "../config.ts";
import { utf8Views } from "../core/utf8.ts";
import type { Row } from "../stages/rows.ts";
import { validateRow, type Reject } from "../stages/validate.ts";
import { columnsOf } from "../write/columns.ts";
import { FORMAT_WRITERS, type RowsEncoder } from "../write/formats.ts";
import type { EncodedRows } from "./record.ts";

interface EncoderGroup {
  readonly encode: RowsEncoder;
  readonly formats: readonly Format[];
}

/** The text of one encoder, and the formats written from it. */
export interface GroupText {
  readonly text: string;
  readonly formats: readonly Format[];
}

export interface EncodedTable {
  readonly rows: number;
  readonly texts: readonly GroupText[];
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
    const texts = this.groups.map((group) => ({ text: group.encode(valid), formats: group.formats }));
    return { rows: valid.length, texts, rejects, valid };
  }
}

/** Encoded tables with their texts as UTF-8, all in one buffer (see `EncodedRows`), in the order given. */
export function inUtf8<Name extends string>(tables: ReadonlyMap<Name, EncodedTable>): Record<Name, EncodedRows> {
  const views = utf8Views([...tables.values()].flatMap((table) => table.texts.map((group) => group.text)));
  const result = {} as Record<Name, EncodedRows>;
  let next = 0;
  for (const [name, table] of tables) {
    const texts: Partial<Record<Format, Uint8Array>> = {};
    for (const group of table.texts) {
      const view = views[next++]!;
      for (const format of group.formats) texts[format] = view;
    }
    result[name] = { rows: table.rows, texts };
  }
  return result;
}

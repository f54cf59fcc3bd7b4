/**
 * The spreadsheet copies in a real spreadsheet program: LibreOffice Calc
 * (headless) reads every excel/<table>.csv and writes it back out, and every
 * cell with Vietnamese text, and every formula-looking cell, survives.
 *
 * Why the charset is passed: opened by a person, Calc's Text Import dialog
 * sniffs the byte-order mark and preselects UTF-8 (ScImportAsciiDlg); a
 * headless conversion has no dialog, and LibreOffice 7.4 (Debian 12) then
 * assumes Windows-1252 whatever the file starts with. The test takes the
 * charset from the file's first bytes the way the dialog does, so a copy
 * without the mark is read as Windows-1252 and fails.
 */
import { spawnSync } from "node:child_process";
import { readFile, readdir, writeFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { expect, it } from "vitest";
import { TABLES } from "../schemas/index.ts";
import { buildDataset, readTable, SEEDS, seedFiles, tempDir } from "./support/build.ts";
import { parseCsv } from "./support/csv.ts";

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** LibreOffice's CSV filter charset numbers (rtl_TextEncoding). */
const CHARSETS = { utf8: "76", windows1252: "1" } as const;
const FORMULA_LINE = "=1+1 Hà Nội @ Viêng Chăn";

const hasSoffice = spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0;

/** The charset Calc's Text Import dialog preselects for a file starting with these bytes. */
const dialogCharset = (head: Buffer) => (head.subarray(0, 3).equals(UTF8_BOM) ? CHARSETS.utf8 : CHARSETS.windows1252);

it.skipIf(!hasSoffice && !process.env.CI)("LibreOffice Calc reads every spreadsheet copy with every diacritic intact", { timeout: 180_000 }, async () => {
  const input = join(await tempDir("sheet-in"), "seeds");
  await mkdir(input);
  const [first, ...rest] = await seedFiles();
  await writeFile(join(input, first!), `${await readFile(join(SEEDS, first!), "utf8")}\n${FORMULA_LINE}\n`);
  for (const name of rest) await writeFile(join(input, name), await readFile(join(SEEDS, name)));
  const built = await buildDataset(input);
  expect((await readTable(built.versionDir, "segments")).some((row) => row.text === FORMULA_LINE)).toBe(true);

  const excel = join(built.versionDir, "excel");
  const files = TABLES.map((table) => join(excel, `${table.name}.csv`));
  const charsets = new Set(await Promise.all(files.map(async (file) => dialogCharset(await readFile(file)))));
  expect([...charsets]).toEqual([CHARSETS.utf8]);

  const out = await tempDir("sheet-out");
  const profile = pathToFileURL(await tempDir("sheet-profile")).href;
  const converted = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=${profile}`,
      "--headless",
      `--infilter=Text - txt - csv (StarCalc):44,34,${[...charsets][0]}`,
      "--convert-to",
      `csv:Text - txt - csv (StarCalc):44,34,${CHARSETS.utf8},1`,
      "--outdir",
      out,
      ...files,
    ],
    { encoding: "utf8", timeout: 150_000 },
  );
  expect(converted.status, converted.stderr).toBe(0);
  expect((await readdir(out)).sort()).toEqual(TABLES.map((table) => `${table.name}.csv`).sort());

  let vietnameseCells = 0;
  for (const table of TABLES) {
    const written = parseCsv((await readFile(join(excel, `${table.name}.csv`), "utf8")).slice(1));
    const read = parseCsv(await readFile(join(out, `${table.name}.csv`), "utf8"));
    expect(read.length, table.name).toBe(written.length);
    expect(read[0], `${table.name}: header (the byte-order mark must not stick to the first name)`).toEqual(written[0]);
    written.forEach((record, row) =>
      record.forEach((cell, column) => {
        if (!/[^\x00-\x7f]/.test(cell) && !cell.startsWith("'")) return;
        vietnameseCells += 1;
        expect(read[row]![column], `${table.name} row ${row} column ${written[0]![column]}`).toBe(cell);
      }),
    );
  }
  expect(vietnameseCells).toBeGreaterThan(300);
  const segments = parseCsv(await readFile(join(out, "segments.csv"), "utf8"));
  expect(segments.some((record) => record.includes(`'${FORMULA_LINE}`))).toBe(true);
});

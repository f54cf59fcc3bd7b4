/**
 * A table's zod schema compiled into a plain predicate that accepts only
 * rows the schema accepts. It knows the few kinds of schema the tables use
 * (objects, strings with patterns and lengths, integers, booleans, enums,
 * nullable values, lists); for anything else it has no answer. Validation
 * asks it first and runs zod only for rows it does not pass, so rejected
 * rows get zod's own issues while valid rows skip zod's bookkeeping.
 */
import type { z } from "zod";

/** True only for values the schema accepts (false when in doubt). */
export type ValueCheck = (value: unknown) => boolean;

interface SchemaDef {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
  readonly coerce?: boolean;
  readonly [key: string]: unknown;
}

interface CheckDef {
  readonly check: string;
  readonly [key: string]: unknown;
}

const defOf = (schema: unknown): SchemaDef => (schema as z.core.$ZodType)._zod.def as unknown as SchemaDef;

/**
 * A constraint on a value that has passed its type: null when unknown. A
 * check's `when` (run only on some values) is ignored: always checking can
 * only refuse more.
 */
const CHECKS: Readonly<Record<string, (def: CheckDef) => ValueCheck | null>> = {
  string_format: (def) => {
    if (def.format !== "regex" || !(def.pattern instanceof RegExp) || def.pattern.global || def.pattern.sticky) return null;
    const pattern = def.pattern;
    return (value) => pattern.test(value as string);
  },
  // zod counts code points; twice the minimum in UTF-16 units is enough whatever they are.
  min_length: (def) => {
    const minimum = def.minimum as number;
    return (value) => (value as string).length >= 2 * minimum;
  },
  number_format: (def) => (def.format === "safeint" ? (value) => Number.isSafeInteger(value) : null),
  greater_than: (def) => {
    const bound = def.value;
    if (typeof bound !== "number") return null;
    return def.inclusive ? (value) => (value as number) >= bound : (value) => (value as number) > bound;
  },
};

function compileChecks(def: SchemaDef): ValueCheck[] | null {
  const compiled: ValueCheck[] = [];
  for (const check of def.checks ?? []) {
    const checkDef = check._zod.def;
    const predicate = CHECKS[checkDef.check]?.(checkDef) ?? null;
    if (!predicate) return null;
    compiled.push(predicate);
  }
  return compiled;
}

function withChecks(isType: ValueCheck, def: SchemaDef): ValueCheck | null {
  const checks = compileChecks(def);
  if (!checks) return null;
  if (checks.length === 0) return isType;
  if (checks.length === 1) {
    const [check] = checks;
    return (value) => isType(value) && check(value);
  }
  return (value) => isType(value) && checks.every((check) => check(value));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The predicate for one kind of schema, by zod's `def.type`. */
const KINDS: Readonly<Record<string, (def: SchemaDef) => ValueCheck | null>> = {
  string: (def) => withChecks((value) => typeof value === "string", def),
  number: (def) => withChecks((value) => typeof value === "number" && Number.isFinite(value), def),
  boolean: (def) => withChecks((value) => typeof value === "boolean", def),
  enum: (def) => {
    const values = Object.values(def.entries as Record<string, unknown>);
    if (!values.every((value) => typeof value === "string")) return null;
    const allowed = new Set<unknown>(values);
    return withChecks((value) => allowed.has(value), def);
  },
  nullable: (def) => {
    const inner = compileSchema(def.innerType);
    return inner && withChecks((value) => value === null || inner(value), def);
  },
  array: (def) => {
    const element = compileSchema(def.element);
    if (!element) return null;
    return withChecks((value) => {
      if (!Array.isArray(value)) return false;
      for (let index = 0; index < value.length; index++) if (!element(value[index])) return false;
      return true;
    }, def);
  },
  object: (def) => {
    if (def.catchall !== undefined) return null;
    const names: string[] = [];
    const fields: ValueCheck[] = [];
    for (const [name, schema] of Object.entries(def.shape as Record<string, unknown>)) {
      const field = compileSchema(schema);
      if (!field) return null;
      names.push(name);
      fields.push(field);
    }
    return withChecks((value) => {
      if (!isPlainObject(value)) return false;
      for (let index = 0; index < fields.length; index++) if (!fields[index](value[names[index]])) return false;
      return true;
    }, def);
  },
};

/** The schema as a predicate, or null when it uses a kind of schema or check this module does not know. */
export function compileSchema(schema: unknown): ValueCheck | null {
  const def = defOf(schema);
  if (def.coerce) return null;
  const kind = KINDS[def.type];
  return kind ? kind(def) : null;
}

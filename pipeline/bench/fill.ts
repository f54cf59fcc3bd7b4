/**
 * Values for the slots of a template: people's names made from the name
 * lexicons, provinces from the gazetteer, new dates and numbers. Pools are
 * bounded, as in a real news corpus where the same people recur, so the
 * entity table stops growing long before the article count does.
 */
import type { Gazetteer } from "../resources/gazetteer.ts";
import { Random } from "./random.ts";
import type { SlotKind } from "./templates.ts";

const PERSON_POOL = 3000;
const LAO_SHARE = 0.25;

export interface Pools {
  readonly person: readonly string[];
  readonly "vn-province": readonly string[];
  readonly "la-province": readonly string[];
}

const sorted = (values: Iterable<string>) => [...values].sort();
const capitalised = (values: Iterable<string>) => sorted(values).filter((value) => /^\p{Lu}/u.test(value));

function vietnameseName(random: Random, surnames: readonly string[], middles: readonly string[], given: readonly string[]): string {
  const parts = [random.pick(surnames)];
  if (random.chance(0.8)) parts.push(random.pick(middles));
  parts.push(random.pick(given));
  if (random.chance(0.2)) parts.push(random.pick(given));
  return parts.join(" ");
}

function laoName(random: Random, syllables: readonly string[]): string {
  const count = random.int(2, 5);
  return Array.from({ length: count }, () => random.pick(syllables)).join(" ");
}

export function makePools(gazetteer: Gazetteer): Pools {
  const random = new Random("bench-pools");
  const surnames = sorted(gazetteer.surnames).filter((name) => /^\p{Lu}\p{Ll}+$/u.test(name));
  const middles = sorted(gazetteer.middleNames);
  const given = sorted(gazetteer.givenSyllables);
  const lao = capitalised(gazetteer.laoSyllables);
  const person = Array.from({ length: PERSON_POOL }, () =>
    random.chance(LAO_SHARE) ? laoName(random, lao) : vietnameseName(random, surnames, middles, given),
  );
  return {
    person,
    "vn-province": gazetteer.places("vn-province").map((place) => place.name),
    "la-province": gazetteer.places("la-province").map((place) => place.name),
  };
}

const pad2 = (value: number) => String(value).padStart(2, "0");

function newDate(original: string, random: Random): string {
  const dayMonth = original.replace(/(\d{1,2})\/(\d{1,2})(\/\d{4})?/gu, (_whole, day: string, month: string, year?: string) => {
    const newDay = random.int(1, 28);
    const newMonth = random.int(1, 12);
    const dayText = day.length === 2 ? pad2(newDay) : String(newDay);
    const monthText = month.length === 2 ? pad2(newMonth) : String(newMonth);
    return `${dayText}/${monthText}${year ? `/${random.int(2010, 2025)}` : ""}`;
  });
  return dayMonth === original ? original.replace(/\b(19|20)\d{2}\b/gu, () => String(random.int(2010, 2025))) : dayMonth;
}

function newNumber(original: string, random: Random): string {
  return original.replace(/\d+/gu, (digits) => String(random.int(digits.length === 1 ? 1 : 10 ** (digits.length - 1), 10 ** digits.length - 1)));
}

type Filler = (original: string, random: Random, pools: Pools) => string;

const FILLERS: Record<SlotKind, Filler> = {
  person: (_original, random, pools) => random.pick(pools.person),
  "vn-province": (_original, random, pools) => random.pick(pools["vn-province"]),
  "la-province": (_original, random, pools) => random.pick(pools["la-province"]),
  date: (original, random) => newDate(original, random),
  number: (original, random) => newNumber(original, random),
};

/**
 * Fills slots for one article: the same original value gets the same new
 * value throughout the article, so a generated article stays coherent.
 */
export class SlotFiller {
  private readonly chosen = new Map<string, string>();

  constructor(
    private readonly random: Random,
    private readonly pools: Pools,
  ) {}

  fill(kind: SlotKind, original: string): string {
    const key = `${kind}\u001f${original.toLowerCase()}`;
    let value = this.chosen.get(key);
    if (value === undefined) {
      value = FILLERS[kind](original, this.random, this.pools);
      this.chosen.set(key, value);
    }
    const shouting = original === original.toUpperCase() && original !== original.toLowerCase();
    return shouting ? value.toUpperCase() : value;
  }
}

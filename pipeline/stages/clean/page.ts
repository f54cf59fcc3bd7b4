/** The lines of one page with what the rules ask of them often, computed once. */
import type { Line, LineRole } from "../../core/document.ts";
import type { Markers } from "./markers.ts";

export interface Decision {
  readonly role: LineRole;
  /** `clean/<rule>` */
  readonly rule: string;
}

export class Page {
  readonly texts: readonly string[];
  readonly keys: readonly string[];
  readonly sentenceLike: readonly boolean[];
  readonly decisions: (Decision | undefined)[];
  titleKey: string | null = null;

  constructor(
    readonly lines: readonly Line[],
    readonly markers: Markers,
  ) {
    this.texts = lines.map((line) => line.text);
    this.keys = this.texts.map((text) => markers.key(text));
    this.sentenceLike = this.texts.map((text) => markers.isSentenceLike(text));
    this.decisions = new Array(lines.length).fill(undefined);
  }

  get size(): number {
    return this.lines.length;
  }

  decide(index: number, role: LineRole, rule: string): void {
    this.decisions[index] = { role, rule: `clean/${rule}` };
  }

  repeatsTitle(index: number): boolean {
    return this.titleKey !== null && this.keys[index] === this.titleKey;
  }

}

/** `target.push(...items)` without spreading: spreading a long array overflows the call stack (a megabyte-long line has 100,000s of candidates). */
export function append<T>(target: T[], ...lists: readonly (readonly T[])[]): T[] {
  for (const items of lists) for (const item of items) target.push(item);
  return target;
}

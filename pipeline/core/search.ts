/**
 * Binary search over a sorted sequence: the number of leading items for
 * which `before(index)` holds, given that it holds for a prefix and then
 * never again (the first index where it fails, or `length`).
 */
export function countBefore(length: number, before: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (before(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}

import { badInput } from '../../errors.js';

export const DEFAULT_FIRST = 20;
export const MAX_FIRST = 100;

/** Validates `first`: a page holds 0 to 100 items, 20 when not given. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_FIRST;
  if (!Number.isInteger(first) || first < 0 || first > MAX_FIRST) {
    throw badInput(`\`first\` must be from 0 to ${MAX_FIRST}, got ${first}.`);
  }
  return first;
}

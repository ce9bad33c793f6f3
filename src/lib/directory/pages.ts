import { paginate } from './groupings';

/** Facilities per directory list page. */
export const PAGE_SIZE = 50;

/**
 * Static paths for a paginated list: page 1 has no page segment, later pages
 * are "2", "3"... Each entry carries its page number and the total.
 */
export function pagedParams<T>(
  items: readonly T[],
  size = PAGE_SIZE,
): { page?: string; current: number; last: number; items: T[] }[] {
  const pages = paginate(items, size);
  return pages.map((slice, i) => ({
    page: i === 0 ? undefined : String(i + 1),
    current: i + 1,
    last: pages.length,
    items: slice,
  }));
}

import type { Locale } from '../i18n/locales';
import { finderMessages } from '../i18n/messages/finder';

export const PAGE_SIZE = 20;

export interface PageInfo {
  /** 1-based page actually shown (clamped to the available pages). */
  page: number;
  pageCount: number;
  /** Index of the first and one past the last result shown. */
  start: number;
  end: number;
  total: number;
}

export function pageInfo(total: number, requestedPage: number, pageSize = PAGE_SIZE): PageInfo {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.floor(requestedPage) || 1), pageCount);
  const start = Math.min(total, (page - 1) * pageSize);
  return { page, pageCount, start, end: Math.min(total, start + pageSize), total };
}

/** "1–20 of 312 facilities", "1 facility", "No facilities", in the language. */
export function rangeLabel({ start, end, total }: PageInfo, locale: Locale = 'en'): string {
  const t = finderMessages(locale).summary;
  if (total === 0) return t.noFacilities;
  if (total <= end - start) return t.all(total);
  return t.range(start + 1, end, total);
}

/** 1-based page holding the result at `index`. */
export function pageOf(index: number, pageSize = PAGE_SIZE): number {
  return Math.floor(index / pageSize) + 1;
}

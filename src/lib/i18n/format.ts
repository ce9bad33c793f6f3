import { LOCALE_TAGS, type Locale } from './locales';

/*
 * Numbers, dates, distances and plurals in each language, through Intl
 * (es-US writes 12,345 and "30 de noviembre de 2026"). Formatters are made
 * once per language: counts render on every key press.
 */

const numbers = new Map<Locale, Intl.NumberFormat>();
const plurals = new Map<Locale, Intl.PluralRules>();
const dates = new Map<Locale, Intl.DateTimeFormat>();
const oneDecimal = new Map<Locale, Intl.NumberFormat>();

function cached<T>(map: Map<Locale, T>, locale: Locale, make: (tag: string) => T): T {
  let value = map.get(locale);
  if (!value) map.set(locale, (value = make(LOCALE_TAGS[locale])));
  return value;
}

/** 12345 -> "12,345". */
export function formatNumber(locale: Locale, n: number): string {
  return cached(numbers, locale, (tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: 0 })).format(n);
}

/** Forms of a word or sentence by plural category; `other` is required. */
export type PluralForms = { one?: string; other: string };

/** The form for `n` ("1 facility", "2 facilities"), with {n} filled in. */
export function plural(locale: Locale, n: number, forms: PluralForms): string {
  const category = cached(plurals, locale, (tag) => new Intl.PluralRules(tag)).select(n);
  const form = (category === 'one' ? forms.one : undefined) ?? forms.other;
  return fill(form, { n: formatNumber(locale, n) });
}

/** "0.4 mi", "3.2 mi", "27 mi": the unit is the same in US Spanish. */
export function formatMiles(locale: Locale, miles: number): string {
  if (!Number.isFinite(miles)) return '';
  const text =
    miles < 10
      ? cached(
          oneDecimal,
          locale,
          (tag) => new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
        ).format(miles)
      : formatNumber(locale, Math.round(miles));
  return `${text} mi`;
}

/** A calendar date (YYYY-MM-DD) written out: "November 30, 2026", "30 de noviembre de 2026". */
export function formatDate(locale: Locale, isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  const format = cached(dates, locale, (tag) => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }));
  return format.format(new Date(Date.UTC(y, m - 1, d)));
}

/** A message with {placeholders} filled in; an unknown placeholder stays as written. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

const lists = { conjunction: new Map<Locale, Intl.ListFormat>(), disjunction: new Map<Locale, Intl.ListFormat>() };

/** "a, b or c" / "a, b o c". */
export function listOf(locale: Locale, items: readonly string[], type: 'conjunction' | 'disjunction'): string {
  return cached(lists[type], locale, (tag) => new Intl.ListFormat(tag, { type })).format(items);
}

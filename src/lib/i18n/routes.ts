import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';

/**
 * Pages live under src/pages/[...locale]/: one file makes a page in both
 * languages, English at the root (locale param undefined) and Spanish
 * under /es/.
 */
export const LOCALE_PARAMS: readonly { locale: string | undefined }[] = LOCALES.map((locale: Locale) => ({
  locale: locale === DEFAULT_LOCALE ? undefined : locale,
}));

/** getStaticPaths of a page that has no other parameters. */
export function localePaths() {
  return LOCALE_PARAMS.map((params) => ({ params }));
}

/** getStaticPaths entries made once per language. */
export function inEveryLocale<P extends { params: Record<string, string | number | undefined> }>(
  paths: readonly P[],
): P[] {
  return LOCALE_PARAMS.flatMap((locale) => paths.map((p) => ({ ...p, params: { ...p.params, ...locale } })));
}

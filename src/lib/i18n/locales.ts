/**
 * The site's languages. English lives at the site root, Spanish under /es/
 * (Astro i18n routing, astro.config.mjs). Every page exists in both.
 */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** BCP 47 tags for Intl and `hreflang`: US English and US Spanish. */
export const LOCALE_TAGS: Record<Locale, string> = { en: 'en-US', es: 'es-US' };

/** The language's own name, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', es: 'Español' };

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** A page's language from Astro.currentLocale (undefined outside i18n routing: the default). */
export function localeFrom(value: string | undefined): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** The other language: where the switcher leads. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'es' : 'en';
}

/** A site path below the base without its language prefix: "es/states/co/" -> "states/co/", "es/" -> "". */
export function withoutLocale(rest: string): string {
  return rest === 'es' || rest === 'es/' ? '' : rest.replace(/^es\//, '');
}

import { rich } from '../rich';
import {
  EMERGENCY_NUMBER,
  LIFELINE_NUMBER,
  LIFELINE_TEL_HREF,
  SPANISH_CALL_KEY,
  SPANISH_TEXT_KEYWORD,
} from '../../site/crisis-es';
import type { Locale } from '../locales';

/** The "page not found" page's words (404.html, es/404.html). */
const en = {
  title: 'Page not found',
  description: 'This page does not exist. Search for treatment near you, or browse by state.',
  heading: 'Page not found',
  lead: 'We could not find that page. The link may be old, or the facility may have moved to a new address on this site.',
  search: 'Search for treatment near you',
  states: 'Browse facilities by state',
  levels: 'Learn about the levels of care',
  crisis: rich(
    'If you are in crisis, call or text ',
    { link: LIFELINE_NUMBER, href: LIFELINE_TEL_HREF },
    '. In an emergency, call ',
    { link: EMERGENCY_NUMBER, href: `tel:${EMERGENCY_NUMBER}` },
    '.',
  ),
};

export type NotFoundMessages = typeof en;

const es: NotFoundMessages = {
  title: 'Página no encontrada',
  description: 'Esta página no existe. Busque tratamiento cerca de usted o vea los centros por estado.',
  heading: 'Página no encontrada',
  lead: 'No encontramos esa página. Puede que el enlace sea antiguo, o que la página del centro tenga ahora otra dirección en este sitio.',
  search: 'Busque tratamiento cerca de usted',
  states: 'Vea los centros por estado',
  levels: 'Conozca los niveles de atención',
  crisis: rich(
    'Si está en crisis, llame al ',
    { link: LIFELINE_NUMBER, href: LIFELINE_TEL_HREF },
    ` y marque el ${SPANISH_CALL_KEY} para hablar en español, o envíe ${SPANISH_TEXT_KEYWORD} por mensaje de texto al ${LIFELINE_NUMBER}. En una emergencia, llame al `,
    { link: EMERGENCY_NUMBER, href: `tel:${EMERGENCY_NUMBER}` },
    '.',
  ),
};

const NOT_FOUND: Record<Locale, NotFoundMessages> = { en, es };

export function notFoundMessages(locale: Locale): NotFoundMessages {
  return NOT_FOUND[locale];
}

/**
 * Running text with a little markup, for catalogue sentences that hold code,
 * bold words or a link: a list of parts that a component renders as
 * elements, so no catalogue string is ever rendered as HTML.
 */
export type RichPart = string | { code: string } | { strong: string } | { link: string; href: string };

export type Rich = readonly RichPart[];

/** Parts written inline, typed as Rich. */
export function rich(...parts: RichPart[]): Rich {
  return parts;
}

/** The words alone, as a reader or a search engine sees them. */
export function richText(parts: Rich): string {
  return parts
    .map((p) => (typeof p === 'string' ? p : 'code' in p ? p.code : 'strong' in p ? p.strong : p.link))
    .join('');
}

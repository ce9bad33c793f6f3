/**
 * The taxonomy: every controlled vocabulary of the directory, each term with
 * a label, a plain-language description, search synonyms and its SAMHSA codes.
 * Everything else (schema, importer, filters, pages) reads from here.
 */
export * from './term';
export * from './levels-of-care';
export * from './care-focus';
export * from './specialties';
export * from './payment';
export * from './ages';
export * from './languages';
export * from './medications';
export * from './therapies';
export * from './telehealth';
export * from './crosswalk';

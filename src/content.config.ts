import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { Facility } from './lib/schema';

/**
 * One entry per `data/facilities/<state>/<id>.json`. The entry id is the file
 * name, not the `id` inside the file, so a mismatch between the two surfaces
 * in validation instead of silently creating a second URL.
 */
const facilities = defineCollection({
  loader: glob({
    pattern: '**/*.json',
    base: './data/facilities',
    generateId: ({ entry }) => entry.replace(/^.*\//, '').replace(/\.json$/, ''),
  }),
  schema: Facility,
});

export const collections = { facilities };

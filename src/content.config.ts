import { defineCollection } from 'astro:content';
import { Facility } from './lib/schema';
import { facilityLoader } from './loaders/facility-loader';

/**
 * One entry per `data/facilities/<state>/<id>.json`, read and checked by the
 * validator (see src/loaders/facility-loader.ts); the build refuses invalid
 * data. FACILITY_DATA_DIR builds from another folder (tests use it).
 */
const facilities = defineCollection({
  loader: facilityLoader({ base: process.env.FACILITY_DATA_DIR || './data/facilities' }),
  schema: Facility,
});

export const collections = { facilities };

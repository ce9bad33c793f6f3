import { getViteConfig } from 'astro/config';

// Astro components rendered in isolation with the Container API. They need
// Astro's Vite pipeline, which the plain unit project does not pay for.
export default getViteConfig({
  test: {
    name: 'components',
    root: new URL('..', import.meta.url).pathname,
    include: ['src/components/**/*.test.ts'],
  },
});

/** The site's `Paths`, bound to the configured base path and URL. */
import { site } from '../site.ts';
import { createPaths } from './paths.ts';

export const paths = createPaths({ base: site.base, siteUrl: site.url });

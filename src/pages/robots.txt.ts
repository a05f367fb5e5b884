import type { APIRoute } from 'astro';
import { robotsTxt } from '../outputs/robots.ts';
import { paths } from '../content/site-paths.ts';

export const GET: APIRoute = () => new Response(robotsTxt([paths.absolute(paths.sitemapIndex()), paths.absolute(paths.newsSitemap())]));

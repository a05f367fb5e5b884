import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/feed.ts';
import { paths } from '../lib/site-paths.ts';

export const GET: APIRoute = () => new Response(robotsTxt([paths.absolute(paths.sitemapIndex()), paths.absolute(paths.newsSitemap())]));

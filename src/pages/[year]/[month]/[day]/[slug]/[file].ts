import type { APIRoute } from 'astro';
import { articleCslItem } from '../../../../../archive/citations.ts';
import { citationFileRoutes } from '../../../../../archive/routes.ts';
import { CITATION_FILES, citationFile } from '../../../../../outputs/citation.ts';

export const getStaticPaths = () => citationFileRoutes(import.meta.env.PROD);

export const GET: APIRoute<Awaited<ReturnType<typeof citationFileRoutes>>[number]['props']> = ({ props }) =>
  new Response(citationFile(articleCslItem(props.article), props.format), {
    headers: { 'Content-Type': CITATION_FILES[props.format].type },
  });

/**
 * The group versions whose OpenAPI v3 documents the site serves (`["api/v1", "apis/apps/v1", …]`): the
 * page's kubectl console fetches this list, then the documents, the first time a student runs `explain`.
 */
import type { APIRoute } from 'astro';
import { openApiV3Index } from '../../../simulator/apiserver/index.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(Object.keys(openApiV3Index().paths as Record<string, unknown>)), {
    headers: { 'content-type': 'application/json' },
  });

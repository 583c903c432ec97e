/**
 * One group version's OpenAPI v3 document as a static file (`/kubernetes-openapi/apis/apps/v1.json`): the
 * same document `faaslab sim serve` answers at `/openapi/v3/apis/apps/v1`, with the schemas read from
 * kubernetes-models at build time, so `kubectl explain` in the page prints what the real kubectl prints.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { openApiV3Group, openApiV3Index } from '../../../simulator/apiserver/index.ts';

export const getStaticPaths = (() =>
  Object.keys(openApiV3Index().paths as Record<string, unknown>).map((gv) => ({
    params: { gv },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(openApiV3Group(String(params.gv))), {
    headers: { 'content-type': 'application/json' },
  });

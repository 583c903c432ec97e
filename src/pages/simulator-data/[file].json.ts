/**
 * The simulator island's data, one file per scenario and language (`/simulator-data/ID.LANG.HASH.json`,
 * island-data.ts): fetched by the island when it mounts instead of being inlined in every lesson's HTML.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { islandDataFiles } from '../../components/simulator/island-data.ts';

export const getStaticPaths = (() =>
  islandDataFiles().map(({ file, json }) => ({
    params: { file },
    props: { json },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(String(props.json), { headers: { 'content-type': 'application/json' } });

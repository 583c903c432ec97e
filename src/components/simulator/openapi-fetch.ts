/**
 * Fetches the OpenAPI v3 documents the site serves for `kubectl explain` (src/pages/kubernetes-openapi),
 * keyed by group-version path: about 135 KB gzip in all (apps/v1 carries the whole Pod template), fetched
 * only when a student runs `explain`.
 */
type Json = Record<string, unknown>;

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** The documents by group-version path (`apis/apps/v1`); rejects when any of them cannot be fetched. */
export async function fetchOpenApiDocuments(base: string): Promise<Map<string, Json>> {
  const root = `${base.replace(/\/?$/, '/')}kubernetes-openapi/`;
  const paths = await fetchJson<string[]>(`${root}index.json`);
  return new Map(
    await Promise.all(
      paths.map(async (path) => [path, await fetchJson<Json>(`${root}${path}.json`)] as const),
    ),
  );
}

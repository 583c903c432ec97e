/** The package.json a lab's function ships with, as `faas-cli new --lang node22` writes it. */
export function labPackageJson(id: string, dependencies: Record<string, string> = {}): string {
  return `${JSON.stringify({ name: id, version: '1.0.0', description: `FaaS Lab function ${id}`, main: 'handler.js', dependencies }, null, 2)}\n`;
}

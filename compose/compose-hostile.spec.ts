/** The Compose converter against the hostile inputs of the review (issue 19, findings 3, 5 and 10). */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORK_LIMITS } from '../simulator/index.ts';
import { runComposeCommand } from './cli.ts';
import { convertCompose } from './convert-compose.ts';

describe('compose converter under hostile input', () => {
  it('refuses deploy.replicas over the limit at the field', () => {
    const result = convertCompose(
      'services:\n  web:\n    image: nginx\n    deploy:\n      replicas: 1000000000\n',
    );
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]).toMatchObject({
      code: 'replicas-over-limit',
      place: { line: 5, path: 'services.web.deploy.replicas' },
    });
    expect(result.diagnostics[0]!.message.en).toContain(String(WORK_LIMITS.replicas.ours));
  });

  it('refuses a file over the size cap before parsing it', () => {
    const big = 'services:\n  web:\n    image: nginx\n' + `# ${'x'.repeat(WORK_LIMITS.composeBytes.ours)}\n`;
    const result = convertCompose(big);
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]!.code).toBe('compose-too-large');
  });

  it('finds duplicate keys among 40,000 in one pass, at the duplicate', () => {
    const lines = ['services:', '  web:', '    image: nginx', '    environment:'];
    for (let i = 0; i < 40_000; i++) lines.push(`      K${i}: v`);
    lines.push('      K3: again');
    const result = convertCompose(lines.join('\n') + '\n');
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]).toMatchObject({ code: 'yaml-syntax', place: { line: 40_005 } });
  });

  it.each(['<img src=x onerror=alert(1)>', 'x/y', '../../etc', 'a\u001b[31mb'])(
    'refuses the service name %j as Compose does',
    (name) => {
      const result = convertCompose(`services:\n  ${JSON.stringify(name)}:\n    image: nginx\n`);
      expect(result.ok).toBe(false);
      expect(result.diagnostics[0]!.code).toBe('invalid-service-name');
      expect(result.diagnostics[0]!.message.en).not.toContain('\u001b');
    },
  );

  it('emits valid Kubernetes names for names Compose allows', () => {
    const result = convertCompose('services:\n  -Web_App.v2-:\n    image: nginx\n    ports: ["80:80"]\n');
    expect(result.ok).toBe(true);
    for (const manifest of result.manifests)
      expect(manifest.metadata.name).toMatch(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/);
  });

  it('reports an unwritable --out in one line, no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'compose-out-'));
    writeFileSync(join(dir, 'compose.yaml'), 'services:\n  web:\n    image: nginx\n');
    const locked = join(dir, 'locked');
    writeFileSync(locked, 'a file, not a folder');
    chmodSync(dir, 0o755);
    let err = '';
    const code = runComposeCommand(
      ['convert', join(dir, 'compose.yaml'), '--out', join(locked, 'sub'), '--lang', 'en'],
      {
        stdout: () => {},
        stderr: (t) => void (err += t),
        readFile: (p) => readFileSync(p, 'utf8'),
        writeFile: (p, t) => writeFileSync(p, t),
        mkdir: (p) => void mkdirSync(p, { recursive: true }),
      },
    );
    expect(code).toBe(2);
    expect(err).toMatch(/^Cannot write .*locked\/sub: /m);
    expect(err).not.toMatch(/\n\s+at /);
  });
});

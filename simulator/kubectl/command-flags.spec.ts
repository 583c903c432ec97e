import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index.ts';
import { FLAG_PATHS, flagSetOf, implementedFlags } from './command-flags.ts';
import { hasCommandHelp } from './command-help.ts';
import { runKubectl } from './index.ts';

const web = readFileSync(new URL('../../test/fixtures/simulator/web-app.yaml', import.meta.url), 'utf8');

/** A settled cluster running web (3 Pods). */
function cluster() {
  const sim = createSimulation({ seed: 1 });
  runKubectl(sim, 'apply -f web.yaml', { 'web.yaml': web });
  sim.settle();
  return sim;
}

// kubectl has these flags, the simulator does not run them: the console says so instead of dropping them.
describe('a kubectl flag the simulator does not implement', () => {
  it('is refused with a note in the page language, naming the flag and the command', () => {
    const sim = cluster();
    expect(runKubectl(sim, 'get pods --sort-by=.metadata.name', {}, 'es')).toEqual({
      stdout: '',
      stderr:
        'error: el simulador no implementa --sort-by de «kubectl get» (el kubectl real sí la tiene); «kubectl get -h» lista las opciones que implementa\n',
      exitCode: 1,
    });
    expect(runKubectl(sim, 'logs web --timestamps', {}, 'en').stderr).toBe(
      'error: the simulator does not implement --timestamps of “kubectl logs” (the real kubectl has it); “kubectl logs -h” lists the flags it implements\n',
    );
    // A global option (kubectl options) too, and a subcommand is named whole.
    expect(runKubectl(sim, 'get pods --context=lab').stderr).toMatch(
      /not implement --context of “kubectl get”/,
    );
    expect(runKubectl(sim, 'create deployment x --image=nginx --save-config').stderr).toMatch(
      /not implement --save-config of “kubectl create deployment”/,
    );
  });

  it('changes nothing: the command is not run without it', () => {
    const sim = cluster();
    const pod = runKubectl(sim, 'get pods -o name').stdout.split('\n')[0]!.replace('pod/', '');
    expect(runKubectl(sim, `delete pod ${pod} --cascade=orphan`).exitCode).toBe(1);
    expect(runKubectl(sim, `get pod ${pod} -o name`).stdout).toBe(`pod/${pod}\n`);
    expect(runKubectl(sim, 'scale deploy web --replicas=5 --current-replicas=3').exitCode).toBe(1);
    expect(runKubectl(sim, 'get deploy web -o jsonpath={.spec.replicas}').stdout).toBe('3');
  });

  it('lets the flags it runs through, whatever their spelling', () => {
    const sim = cluster();
    expect(runKubectl(sim, 'get pods -A --no-headers -l app=web').exitCode).toBe(0);
    expect(runKubectl(sim, 'get pods --namespace=default --show-labels').exitCode).toBe(0);
    expect(runKubectl(sim, 'describe deploy web -n default').exitCode).toBe(0);
    // kubectl v1.32 `version --client`: no server line.
    expect(runKubectl(sim, 'version --client').stdout).toBe(
      'Client Version: v1.32.4\nKustomize Version: v5.5.0\n',
    );
  });
});

describe('-h, --help and kubectl help', () => {
  it('prints the console’s own usage of the command, exit 0, in the page language', () => {
    const sim = createSimulation({ seed: 1 });
    const en = runKubectl(sim, 'get -h', {}, 'en');
    expect(en.exitCode).toBe(0);
    expect(en.stderr).toBe('');
    const lines = en.stdout.split('\n');
    expect(lines[0]).toBe('kubectl get TYPE[,TYPE…] [NAME…] | TYPE/NAME [flags]');
    expect(lines).toContain('Flags the simulator implements:');
    expect(en.stdout).toMatch(/^ {2}-o, --output=… +format: wide, yaml/m);
    expect(en.stdout).toMatch(/^ {2}-h, --help +this help$/m);
    // Only what the console runs: kubectl's --sort-by is not offered.
    expect(en.stdout).not.toContain('--sort-by');
    const es = runKubectl(sim, 'get pods --help', {}, 'es');
    expect(es.exitCode).toBe(0);
    expect(es.stdout).toContain('Opciones que implementa el simulador:');
    expect(es.stdout).toMatch(/^ {2}-o, --output=… +formato: wide, yaml/m);
    expect(runKubectl(sim, 'help get', {}, 'es').stdout).toBe(es.stdout);
    expect(runKubectl(sim, 'logs -h').stdout).toMatch(/^ {2}-f, --follow +keeps printing/m);
    expect(runKubectl(sim, 'create deploy -h').stdout).toMatch(/^kubectl create deployment NAME --image/);
    expect(runKubectl(sim, 'create svc nodeport -h').stdout).toMatch(/^ {6}--node-port=… +the nodePort/m);
  });

  it('is still refused with a flag the command does not have, as cobra parses flags first', () => {
    const sim = createSimulation({ seed: 1 });
    expect(runKubectl(sim, 'get pods -h --replicas=2')).toEqual({
      stdout: '',
      stderr: "Error: unknown flag: --replicas\nSee 'kubectl get --help' for usage.\n",
      exitCode: 1,
    });
  });
});

describe('the flag table', () => {
  it('runs only flags kubectl defines for that command, each with usage and a line of help', () => {
    for (const path of FLAG_PATHS) {
      expect(hasCommandHelp(path), path).toBe(true);
      const kinds = flagSetOf(path).kinds;
      for (const flag of implementedFlags(path))
        expect(kinds.has(flag.name), `${path} --${flag.name}`).toBe(true);
      const help = runKubectl(createSimulation({ seed: 1 }), `help ${path}`).stdout;
      for (const line of help.split('\n').filter((l) => l.startsWith('  -')))
        expect(line, `${path}: ${line}`).toMatch(/ {3}\S/);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index.ts';
import { parseArgs } from './parse-args.ts';
import { runKubectl } from './run-kubectl.ts';

// pflag's boolean flags accept only what strconv.ParseBool reads (1 t T TRUE true True 0 f F FALSE false
// False); anything else is refused before kubectl contacts a server (kubectl v1.32's wording, checked offline).
describe('boolean flags', () => {
  const sim = createSimulation({ seed: 1 });
  const refusal = (value: string, flag: string, command: string) => ({
    stdout: '',
    stderr: `Error: invalid argument "${value}" for "${flag}" flag: strconv.ParseBool: parsing "${value}": invalid syntax\nSee 'kubectl ${command} --help' for usage.\n`,
    exitCode: 1,
  });

  it('refuses a value strconv.ParseBool does not read, naming the flag with its shorthand', () => {
    expect(runKubectl(sim, 'logs x --follow=maybe')).toEqual(refusal('maybe', '-f, --follow', 'logs'));
    expect(runKubectl(sim, 'logs x -f=maybe')).toEqual(refusal('maybe', '-f, --follow', 'logs'));
    expect(runKubectl(sim, 'get pods -w=maybe')).toEqual(refusal('maybe', '-w, --watch', 'get'));
    expect(runKubectl(sim, 'get pods --watch=')).toEqual(refusal('', '-w, --watch', 'get'));
    expect(runKubectl(sim, 'get pods -A=2')).toEqual(refusal('2', '-A, --all-namespaces', 'get'));
    expect(runKubectl(sim, 'get pods --show-labels=yes')).toEqual(refusal('yes', '--show-labels', 'get'));
    expect(runKubectl(sim, 'delete pod x --force=maybe')).toEqual(refusal('maybe', '--force', 'delete'));
  });

  it('stops at the first bad flag, in command-line order', () => {
    expect(runKubectl(sim, 'logs x -p=x --bogus')).toEqual(refusal('x', '-p, --previous', 'logs'));
    expect(runKubectl(sim, 'get pods --bogus --watch=maybe').stderr).toMatch(
      /^Error: unknown flag: --bogus\n/,
    );
  });

  it('reads every strconv.ParseBool spelling', () => {
    for (const on of ['1', 't', 'T', 'TRUE', 'true', 'True'])
      expect(parseArgs(['get', 'pods', `--show-labels=${on}`]).flags.get('show-labels')).toBe('true');
    for (const off of ['0', 'f', 'F', 'FALSE', 'false', 'False']) {
      const args = parseArgs(['get', 'pods', `--show-labels=${off}`]);
      expect(args.flags.has('show-labels')).toBe(false);
      expect(args.flagErrors).toEqual([]);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index.ts';
import { flagSetOf } from './command-flags.ts';
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
      expect(
        parseArgs(['get', 'pods', `--show-labels=${on}`], flagSetOf('get')).flags.get('show-labels'),
      ).toBe('true');
    for (const off of ['0', 'f', 'F', 'FALSE', 'false', 'False']) {
      const args = parseArgs(['get', 'pods', `--show-labels=${off}`], flagSetOf('get'));
      expect(args.flags.has('show-labels')).toBe(false);
      expect(args.flagErrors).toEqual([]);
    }
  });
});

// pflag's shorthands (spf13/pflag flag.go parseShortArg, parseSingleShortArg), worded as kubectl v1.32 prints them.
describe('shorthand flags', () => {
  const sim = createSimulation({ seed: 1 });
  const firstLines = (line: string) => runKubectl(sim, line).stderr.split('\n').slice(0, 2);

  it('reads letters run together, each a flag until one takes the rest as its value', () => {
    const on = (tokens: string[]) => Object.fromEntries(parseArgs(tokens, flagSetOf(tokens[0]!)).flags);
    expect(on(['get', 'pods', '-Aw'])).toEqual({ 'all-namespaces': 'true', watch: 'true' });
    expect(on(['get', 'pods', '-Aw=false'])).toEqual({ 'all-namespaces': 'true' });
    expect(on(['get', 'pods', '-Aoname'])).toEqual({ 'all-namespaces': 'true', output: 'name' });
    expect(on(['get', 'pods', '-Ao', 'yaml'])).toEqual({ 'all-namespaces': 'true', output: 'yaml' });
    expect(on(['get', 'pods', '-o=wide'])).toEqual({ output: 'wide' });
    expect(on(['logs', 'x', '-pf'])).toEqual({ previous: 'true', follow: 'true' });
    expect(on(['apply', '-Rf', 'dir'])).toEqual({ recursive: 'true', filename: 'dir' });
  });

  it('names an unknown letter with what is left of its word', () => {
    expect(firstLines('get pods -x')).toEqual([
      "Error: unknown shorthand flag: 'x' in -x",
      "See 'kubectl get --help' for usage.",
    ]);
    expect(firstLines('get pods -q=1')[0]).toBe("Error: unknown shorthand flag: 'q' in -q=1");
    expect(firstLines('get pods -xA')[0]).toBe("Error: unknown shorthand flag: 'x' in -xA");
    expect(firstLines('get pods -Ax')[0]).toBe("Error: unknown shorthand flag: 'x' in -x");
    expect(firstLines('get pods -A=')[0]).toBe("Error: unknown shorthand flag: '=' in -=");
    expect(firstLines('get pods --w')[0]).toBe('Error: unknown flag: --w');
  });

  it('refuses a bad value of the flag it reaches, and a value flag with nothing after it', () => {
    expect(firstLines('get pods -Aw=x')[0]).toBe(
      'Error: invalid argument "x" for "-w, --watch" flag: strconv.ParseBool: parsing "x": invalid syntax',
    );
    expect(firstLines('logs x -pf=x')[0]).toBe(
      'Error: invalid argument "x" for "-f, --follow" flag: strconv.ParseBool: parsing "x": invalid syntax',
    );
    expect(firstLines('get pods -n')[0]).toBe("Error: flag needs an argument: 'n' in -n");
    expect(firstLines('get pods --namespace')[0]).toBe('Error: flag needs an argument: --namespace');
  });

  it('names the subcommand in the usage line, as cobra’s CommandPath', () => {
    const usage = (line: string) => firstLines(line)[1];
    expect(usage('rollout status deploy/x -w=maybe')).toBe("See 'kubectl rollout status --help' for usage.");
    expect(usage('rollout bogus --x')).toBe("See 'kubectl rollout --help' for usage.");
    expect(usage('set image deploy/x a=b --bogus')).toBe("See 'kubectl set image --help' for usage.");
    expect(usage('top po --bogus')).toBe("See 'kubectl top pod --help' for usage.");
    expect(usage('create svc nodeport x --bogus')).toBe(
      "See 'kubectl create service nodeport --help' for usage.",
    );
    expect(usage('create secret x --bogus')).toBe("See 'kubectl create secret --help' for usage.");
    expect(usage('create quota x --bogus')).toBe("See 'kubectl create quota --help' for usage.");
  });
});

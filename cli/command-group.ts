/** One command group of `faaslab`, e.g. `faaslab sim …`: what each group's module exports by default. */
export interface CommandGroup {
  /** One line for `faaslab --help`. */
  summary: string;
  /** Runs the group with the arguments after its name; resolves to the exit code. */
  run(argv: string[]): Promise<number>;
}

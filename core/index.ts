/**
 * The shapes every part of FaaS Lab shares — the simulator, the labs, the command line and the site
 * import them from here, and this folder imports nothing of theirs: a text in both languages, a
 * diagnostic and its two formatters, `{name}` template filling, the plain-mapping check, and what a
 * command-line command shares (its I/O, its language, the exit-code rule).
 */
export { LANGUAGES, type Bilingual, type Language } from './bilingual.ts';
export { placeOf, type Diagnostic, type Place, type Severity } from './diagnostic.ts';
export {
  diagnosticOnPage,
  formatDiagnostic,
  formatPlace,
  type DiagnosticOnPage,
} from './format-diagnostic.ts';
export { fill, fillBilingual, type FillValue } from './fill.ts';
export { isObject } from './is-object.ts';
export { commandLanguage, EXIT, usageProblem } from './command-line.ts';
export { nodeCommandIo, type CommandIo, type NodeFileCalls, type NodeProcessParts } from './command-io.ts';
export { splitShellWords } from './shell-words.ts';

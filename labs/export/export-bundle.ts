/**
 * One export as files to save: the main YAML file of the format, the extra files it needs (faas-cli builds
 * stack.yml from ./<id>/handler.js and package.json), the settings used, the commands that deploy it and the
 * diagnostics. Browser-safe: the CLI and the export dialog both use it.
 */
import {
  exportCommands,
  exportFileName,
  type ExampleRequest,
  type ExportCommand,
} from './export-commands.ts';
import type { ExportFormat, ExportSettings, ResolvedExportSettings } from './export-settings.ts';
import type { ExportableLab } from './exportable-lab.ts';
import { exportFunctionResource } from './function-resource.ts';
import { exportK8sManifests } from './k8s-manifests.ts';
import { exportStackYaml } from './stack-yaml.ts';
import { resolveExportSettings } from './export-settings.ts';
import type { Diagnostic } from '../../core/index.ts';

/** A file of an export, by its path relative to the output folder. */
export interface ExportFile {
  path: string;
  text: string;
}

/** Everything one export produces. `files` is empty when a diagnostic is an error. */
export interface ExportBundle {
  format: ExportFormat;
  files: ExportFile[];
  settings: ResolvedExportSettings;
  commands: ExportCommand[];
  diagnostics: Diagnostic[];
}

/** Exports `lab` in `format`; `serverFiles` (the function server's .mjs files) are needed for `k8s` only. */
export function exportBundle(
  format: ExportFormat,
  lab: ExportableLab,
  serverFiles: Readonly<Record<string, string>>,
  options: ExportSettings = {},
  example?: ExampleRequest,
): ExportBundle {
  const result =
    format === 'stack'
      ? exportStackYaml(lab, options)
      : format === 'crd'
        ? exportFunctionResource(lab, options)
        : exportK8sManifests(lab, serverFiles, options);
  const settings = resolveExportSettings(lab, options, format).settings;
  const failed = result.diagnostics.some((d) => d.severity === 'error');
  const files: ExportFile[] = failed ? [] : [{ path: exportFileName(format, lab.id), text: result.text }];
  if (!failed && format === 'stack') {
    if (lab.language === 'python') {
      files.push({ path: `${lab.id}/handler.py`, text: lab.handlerSource });
      // The python3-http Dockerfile copies function/requirements.txt: it must exist, even empty.
      files.push({ path: `${lab.id}/requirements.txt`, text: '' });
    } else files.push({ path: `${lab.id}/handler.js`, text: lab.handlerSource });
    if (lab.packageJson !== undefined) files.push({ path: `${lab.id}/package.json`, text: lab.packageJson });
  }
  return {
    format,
    files,
    settings,
    commands: exportCommands(format, lab.id, settings, example, lab.language),
    diagnostics: result.diagnostics,
  };
}

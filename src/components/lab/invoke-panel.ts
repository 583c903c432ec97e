/**
 * The invoke panel: method, path, headers and body (with the lab's examples), the response's
 * status, headers, body and duration, and the same request as `curl` and `faas-cli invoke` to copy.
 */
import { BODY_BYTES } from '../../../labs/runtime/sandbox/index.ts';
import { showOutput } from './output-preview.ts';
import type { FunctionRequest, FunctionResponse, Lab } from '../../../labs/index.ts';
import { invokeCommands } from './invoke-commands.ts';
import { labPart } from './lab-parts.ts';
import { fieldsFromRequest, initialRequest, requestFromFields, type RequestFields } from './request-form.ts';
import { fill, type Language } from '../../../core/index.ts';
import { type UiStrings } from '../../i18n/translate.ts';

/** What the panel needs from the controller. */
export interface InvokePanelOptions {
  lab: Lab;
  s: UiStrings<'lab'>;
  lang: Language;
  /** Starts the function if needed and invokes it; null when it could not start. */
  invoke: (request: FunctionRequest) => Promise<FunctionResponse | null>;
}

/** What the controller can do with the panel. */
export interface InvokePanel {
  /** The request the form describes now (headers that cannot be read are left out). */
  request(): FunctionRequest;
  /** Shows a response (also used by "Send through the cluster"). */
  showResponse(response: FunctionResponse): void;
}

/** Wires the panel's markup. */
export function createInvokePanel(root: HTMLElement, options: InvokePanelOptions): InvokePanel {
  const { lab, s, lang } = options;
  const form = labPart<HTMLFormElement>(root, 'invoke-form');
  const field = (name: keyof RequestFields): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement =>
    form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  const fields = (): RequestFields => ({
    method: field('method').value,
    path: field('path').value,
    headers: field('headers').value,
    body: field('body').value,
  });
  const headerErrors = labPart(root, 'header-errors');
  const summary = labPart(root, 'response-summary');
  const button = labPart<HTMLButtonElement>(root, 'invoke');

  const showRequest = (request: FunctionRequest): void => {
    const values = fieldsFromRequest(request);
    for (const name of ['method', 'path', 'headers', 'body'] as const) field(name).value = values[name];
    refreshCommands();
  };
  const refreshCommands = (): void => {
    const { request, errors } = requestFromFields(fields());
    headerErrors.textContent = errors.map((e) => fill(s.headerLineError, { line: e.line })).join(' ');
    field('headers').setAttribute('aria-invalid', String(errors.length > 0));
    const commands = invokeCommands(request, lab.id);
    labPart(root, 'curl').textContent = commands.curl;
    labPart(root, 'faas-cli').textContent = commands.faasCli;
  };

  const showResponse = (response: FunctionResponse): void => {
    const ms = Math.round(response.durationMs);
    summary.textContent = fill(s.responseSummary, { status: response.status, ms });
    const limit = labPart(root, 'response-limit');
    limit.hidden = !response.limit;
    limit.textContent = response.limit
      ? `${s.limitEvent} (${response.limit.kind}): ${response.limit.message[lang]}`
      : '';
    summary.dataset.outcome = response.status < 400 ? 'ok' : 'error';
    labPart(root, 'response-facts').hidden = false;
    labPart(root, 'response-status').textContent = String(response.status);
    labPart(root, 'response-duration').textContent = `${ms} ms`;
    labPart(root, 'response-headers-box').hidden = false;
    labPart(root, 'response-headers').textContent = Object.entries(response.headers)
      .map(([name, value]) => `${name}: ${value}`)
      .join('\n');
    const body = labPart(root, 'response-body');
    body.hidden = false;
    // A 20 MB body would be a multi-second layout: show the start, offer the rest.
    const bytes = (response as { [BODY_BYTES]?: Uint8Array })[BODY_BYTES];
    showOutput(body, bytes ?? (response.body || s.emptyBody), s, `${lab.id}-response.txt`);
    body.toggleAttribute('data-empty', !bytes && !response.body);
  };

  form.addEventListener('input', refreshCommands);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const { request, errors } = requestFromFields(fields());
    if (errors.length) {
      field('headers').focus();
      return;
    }
    button.disabled = true;
    summary.textContent = s.invoking;
    summary.dataset.outcome = 'pending';
    try {
      const response = await options.invoke(request);
      if (response) showResponse(response);
      else {
        summary.textContent = s.notStarted;
        summary.dataset.outcome = 'error';
      }
    } catch (error) {
      summary.textContent = String(error);
      summary.dataset.outcome = 'error';
    } finally {
      button.disabled = false;
    }
  });
  root.querySelectorAll<HTMLButtonElement>('[data-example]').forEach((chip) => {
    chip.addEventListener('click', () => {
      const example = lab.examples[Number(chip.dataset.example)];
      if (example) showRequest(example.request);
    });
  });
  wireCopyButtons(root, s);
  showRequest(initialRequest(lab));
  return { request: () => requestFromFields(fields()).request, showResponse };
}

function wireCopyButtons(root: HTMLElement, s: UiStrings<'lab'>): void {
  const status = labPart(root, 'copy-status');
  root.querySelectorAll<HTMLButtonElement>('[data-copy]').forEach((button) => {
    button.addEventListener('click', async () => {
      const text = labPart(root, button.dataset.copy ?? '').textContent ?? '';
      try {
        await navigator.clipboard.writeText(text);
        status.textContent = s.copied;
      } catch {
        status.textContent = s.copyFailed;
      }
    });
  });
}

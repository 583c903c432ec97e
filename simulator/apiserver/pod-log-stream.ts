/** The `log` subresource of a Pod: its log as text, or, with `?follow=true`, a stream kept open as kubelet does. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { KubeApi } from '../kube-api/kube-api.ts';
import type { Json } from '../kube-api/object-meta.ts';
import { logTail } from '../kube-api/log-tail.ts';
import { podLog, runningInstance } from '../kube-api/pod-logs.ts';
import type { StatusError } from '../kube-api/status-error.ts';

/**
 * Answers GET …/pods/NAME/log for the Pod `live`; returns the Status error (an unknown container) for the
 * caller to send, else null once the answer is written or the stream is open.
 */
export function servePodLog(
  api: KubeApi,
  req: IncomingMessage,
  res: ServerResponse,
  pod: { live: Json; namespace: string | null; name: string },
  url: URL,
): StatusError | null {
  const container = url.searchParams.get('container');
  const previous = url.searchParams.get('previous') === 'true';
  const whole = podLog(pod.live, container, previous);
  if (typeof whole !== 'string') return whole;
  const tailLines = url.searchParams.get('tailLines');
  const log = tailLines === null ? whole : logTail(whole, Number(tailLines));
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  if (url.searchParams.get('follow') !== 'true' || previous) {
    res.end(log);
    return null;
  }
  // `logs -f`: the stream stays open while this run of the container lasts; kubelet closes it when the
  // container exits or restarts, or the Pod goes (the simulated containers write no more lines meanwhile).
  res.write(log);
  const instance = runningInstance(pod.live, container);
  if (instance === null) {
    res.end();
    return null;
  }
  const stop = api.watch(() => {
    if (runningInstance(api.get('pods', pod.namespace, pod.name), container) !== instance) res.end();
  });
  req.on('close', stop);
  res.on('close', stop);
  return null;
}

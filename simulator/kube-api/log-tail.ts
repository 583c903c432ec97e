/**
 * A log's last lines, as kubelet answers `tailLines` on …/pods/NAME/log (kubectl's `--tail=N`): the last N
 * lines, none for 0, all of them when N is negative (kubectl sends no tailLines for its default -1).
 */
export function logTail(log: string, n: number): string {
  if (n < 0) return log;
  const ended = log.endsWith('\n');
  const lines = (ended ? log.slice(0, -1) : log).split('\n');
  return n === 0 ? '' : lines.slice(-n).join('\n') + (ended ? '\n' : '');
}

// A part of the function contract (see function-contract.mjs): self-contained, ES2019, no outer
// references — the QuickJS sandbox evaluates its source text.

/**
 * What the function server and the runtimes' log tell the student beyond Node's own messages, in both languages, by code.
 * A notice is written as one stderr line `[faaslab:<code>] <English text>\t<params as JSON>`: a terminal
 * or `kubectl logs` reads the English, and the lab's log finds the code and shows the page's language.
 */
export function serverNotices() {
  'use strict';
  var TEXTS = {
    'thrown-keeps-status': function (p) {
      return {
        es:
          'El handler lanzó un error y la plantilla de Node de OpenFaaS responde con el estado ya fijado (' +
          p.status +
          '), no 500: usa context.fail(err) para responder 500.',
        en:
          'The handler threw and the OpenFaaS Node template answers with the status already set (' +
          p.status +
          '), not 500: use context.fail(err) to answer 500.',
      };
    },
    'log-lines-dropped': function (p) {
      return {
        es:
          p.count +
          ' líneas de log descartadas (más de ' +
          p.lines +
          ' líneas o ' +
          p.kb +
          ' KB por segundo)',
        en: p.count + ' log lines dropped (over ' + p.lines + ' lines or ' + p.kb + ' KB per second)',
      };
    },
  };
  var LINE = /^\[faaslab:([a-z-]+)\] [^\t]*\t(\{.*\})$/;

  /** The notice's text in both languages, or null for an unknown code. */
  function noticeText(code, params) {
    return Object.prototype.hasOwnProperty.call(TEXTS, code) ? TEXTS[code](params) : null;
  }

  /** The stderr line for a notice. */
  function noticeLine(code, params) {
    return '[faaslab:' + code + '] ' + noticeText(code, params).en + '\t' + JSON.stringify(params);
  }

  /** A log line's notice ({ es, en }), or null when the line is not one. */
  function readNotice(line) {
    var match = LINE.exec(line);
    if (!match) return null;
    try {
      return noticeText(match[1], JSON.parse(match[2]));
    } catch {
      return null;
    }
  }

  return {
    noticeText: noticeText,
    noticeLine: noticeLine,
    readNotice: readNotice,
  };
}

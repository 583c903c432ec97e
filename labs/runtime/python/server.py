#!/usr/bin/env python3
# FaaS Lab's Python function server: OpenFaaS's python3-http template (openfaas/python-flask-template
# template/python3-http: index.py on Flask + waitress, commit e01a882) behind of-watchdog in http mode
# (openfaas/of-watchdog), in ONE file that needs only the Python standard library (3.8+).
#
#   HANDLER_PATH=./handler.py port=8080 exec_timeout=10s python3 server.py
#
# Environment, as OpenFaaS reads it: port (8080), exec_timeout (10s), read_timeout (15s), max_inflight
# (0 = unlimited, else 429); MAX_RAW_SIZE (the largest body; waitress's max_request_body_size plays
# this part in the real image, 1 GiB by default, 413 beyond); HOSTNAME (context.hostname). FaaS Lab adds
# HANDLER_PATH (default handler.py beside this file), FAASLAB_MEMORY_MB (address-space limit of the
# handler's process, RLIMIT_AS) and FAASLAB_LISTEN_HOST (bind address).
# Endpoints: /_/health and /_/ready as of-watchdog serves them; every other path reaches the template.
#
# Written for FaaS Lab from the documented and observed behaviour (Flask 3.1's test client running
# the real index.py); no code copied. The "contract" half (Event, Context, invoke) is also what the
# browser runtime runs in Pyodide, so the two cannot drift: keep it free of sockets and processes.

import base64
import datetime
import json
import os
import sys
import traceback
from urllib.parse import parse_qsl, unquote

# ---------------------------------------------------------------------------------------------
# The contract: what index.py and Flask make of a request and of the handler's return value.

# The methods index.py routes; Flask adds HEAD (answered like GET, body dropped) and OPTIONS.
ROUTED_METHODS = ("GET", "PUT", "POST", "PATCH", "DELETE")
ALLOW = "PUT, OPTIONS, DELETE, GET, HEAD, PATCH, POST"
HTML = "text/html; charset=utf-8"

# Werkzeug's HTTPException pages (werkzeug/exceptions.py: get_body), as Flask serves them.
ERROR_TEXT = {
    400: ("Bad Request", "The browser (or proxy) sent a request that this server could not understand."),
    405: ("Method Not Allowed", "The method is not allowed for the requested URL."),
    500: (
        "Internal Server Error",
        "The server encountered an internal error and was unable to complete your request. Either the"
        " server is overloaded or there is an error in the application.",
    ),
}


def error_page(status, extra_headers=()):
    """Werkzeug's HTML error page for `status`, as (status, headers, body bytes)."""
    name, description = ERROR_TEXT[status]
    body = "<!doctype html>\n<html lang=en>\n<title>%d %s</title>\n<h1>%s</h1>\n<p>%s</p>\n" % (
        status,
        name,
        name,
        description,
    )
    return status, [("Content-Type", HTML)] + list(extra_headers), body.encode("utf-8")


class BadRequestKeyError(KeyError):
    """werkzeug's KeyError for a missing query key: Flask answers it with 400, not 500."""


class Headers:
    """Request headers like werkzeug's EnvironHeaders: case-insensitive, iterates (name, value)."""

    def __init__(self, pairs):
        self._pairs = [(str(k).title(), str(v)) for k, v in pairs]

    def get(self, name, default=None):
        wanted = str(name).lower()
        for key, value in self._pairs:
            if key.lower() == wanted:
                return value
        return default

    def __getitem__(self, name):
        value = self.get(name)
        if value is None:
            raise KeyError("HTTP_" + str(name).upper().replace("-", "_"))
        return value

    def __contains__(self, name):
        return self.get(name) is not None

    def __iter__(self):
        return iter(list(self._pairs))

    def __len__(self):
        return len(self._pairs)

    def keys(self):
        return [k for k, _ in self._pairs]

    def values(self):
        return [v for _, v in self._pairs]

    def items(self):
        return list(self._pairs)

    def __repr__(self):
        return "".join("%s: %s\r\n" % pair for pair in self._pairs)


class Args(dict):
    """The query like werkzeug's MultiDict: `args[k]` / `.get(k)` give the first value, `.getlist(k)` all."""

    def __init__(self, pairs):
        super().__init__()
        self._lists = {}
        for key, value in pairs:
            self._lists.setdefault(key, []).append(value)
            if key not in self:
                dict.__setitem__(self, key, value)

    def __missing__(self, key):
        raise BadRequestKeyError(key)

    def get(self, key, default=None, type=None):
        if key not in self:
            return default
        value = dict.__getitem__(self, key)
        if type is None:
            return value
        try:
            return type(value)
        except (ValueError, TypeError):
            return default

    def getlist(self, key):
        return list(self._lists.get(key, []))


class Event:
    """index.py's Event: body (bytes), headers, method, query, path."""

    def __init__(self, method, url, header_pairs, body):
        path, _, search = url.partition("?")
        self.body = body
        self.headers = Headers(header_pairs)
        self.method = method
        self.query = Args(parse_qsl(search, keep_blank_values=True, errors="replace"))
        self.path = unquote(path or "/", errors="replace")


class Context:
    """index.py's Context: the container's hostname."""

    def __init__(self, hostname):
        self.hostname = hostname


def to_json(value):
    # Flask's jsonify: sorted keys, compact separators, ASCII only, a final newline.
    return (json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True) + "\n").encode()


def format_response(resp):
    """index.py's format_response: a dict becomes (body, status, headers); None an empty 200."""
    if resp is None:
        return ("", 200)
    if type(resp) is dict:
        status = resp["statusCode"] if "statusCode" in resp else 200
        if "body" not in resp:
            body = ""
        elif type(resp["body"]) is dict:
            body = JsonBody(resp["body"])
        else:
            body = str(resp["body"])
        headers = resp.get("headers", [])
        if type(headers) is dict:
            headers = list(headers.items())
        return (body, status, headers)
    return resp


class JsonBody:
    """What jsonify returns: a JSON response (application/json) that a tuple's headers may amend."""

    def __init__(self, value):
        self.value = value


def make_response(rv):
    """Flask's make_response for a view's return value → (status, headers, body bytes)."""
    status, headers = None, []
    if isinstance(rv, tuple):
        if len(rv) == 3:
            rv, status, headers = rv
        elif len(rv) == 2:
            if isinstance(rv[1], (dict, list, tuple, Headers)):
                rv, headers = rv
            else:
                rv, status = rv
        else:
            raise TypeError("The view function did not return a valid response tuple.")
    if rv is None:
        raise TypeError("The view function did not return a valid response.")
    if isinstance(rv, (dict, list)):
        rv = JsonBody(rv)
    if isinstance(rv, JsonBody):
        content_type, body = "application/json", to_json(rv.value)
    elif isinstance(rv, str):
        content_type, body = HTML, rv.encode("utf-8")
    elif isinstance(rv, (bytes, bytearray)):
        content_type, body = HTML, bytes(rv)
    else:
        raise TypeError(
            "The view function did not return a valid response. The return type must be a string, dict,"
            " list, tuple with headers or status, Response instance, or WSGI callable, but it was a %s."
            % type(rv).__name__
        )
    code = 200
    if status is not None:
        code = int(str(status).split(" ")[0]) if isinstance(status, str) else int(status)
    out = [("Content-Type", content_type)]
    pairs = headers.items() if isinstance(headers, (dict, Headers)) else headers or []
    for name, value in pairs:
        # werkzeug's Headers.update replaces a header of the same name.
        out = [(k, v) for k, v in out if k.lower() != str(name).lower()] + [(str(name), str(value))]
    return code, out, body


def log_exception(method, path, error):
    """Flask's app.logger line for an unhandled exception, with the handler's traceback, on stderr."""
    stamp = datetime.datetime.now().strftime("%Y-%m-%d %H:%M:%S,%f")[:-3]
    sys.stderr.write("[%s] ERROR in app: Exception on %s [%s]\n" % (stamp, path, method))
    tb = error.__traceback__.tb_next if error.__traceback__ else None
    sys.stderr.write("".join(traceback.format_exception(type(error), error, tb)))
    sys.stderr.flush()


def invoke(handle, method, url, header_pairs, body, hostname="localhost"):
    """Serves one request with `handle` as index.py under Flask does → (status, headers, body bytes)."""
    if method == "OPTIONS":
        return 200, [("Content-Type", HTML), ("Allow", ALLOW)], b""
    if method not in ROUTED_METHODS and method != "HEAD":
        return error_page(405, [("Allow", ALLOW)])
    event = Event(method, url, header_pairs, body)
    try:
        status, headers, out = make_response(format_response(handle(event, Context(hostname))))
    except BadRequestKeyError:
        return error_page(400)
    except Exception as error:  # Flask's handle_exception: log it, answer 500.
        log_exception(method, event.path, error)
        return error_page(500)
    return status, headers, b"" if method == "HEAD" else out


def load_handler(path):
    """Imports the student's handler.py (as index.py's `from function import handler`) → its `handle`."""
    import importlib.util

    folder = os.path.dirname(os.path.abspath(path))
    if folder not in sys.path:
        sys.path.insert(0, folder)
    spec = importlib.util.spec_from_file_location("handler", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["handler"] = module
    spec.loader.exec_module(module)
    handle = getattr(module, "handle", None)
    if not callable(handle):
        raise AttributeError("handler.py does not define handle(event, context)")
    return handle


# ---------------------------------------------------------------------------------------------
# The watchdog. The handler runs in a child process (this file with --faaslab-worker) so that
# exec_timeout can stop a `while True: pass`: of-watchdog answers 504 and, unlike the real template
# (whose waitress thread would spin on), FaaS Lab replaces the stuck process so the next request is
# served. A crash of the child (memory limit, os._exit) answers 500, as of-watchdog answers any
# upstream failure. Nothing is written to disk, so a read-only ConfigMap mount works.

DURATION_UNITS = {"ns": 1e-6, "us": 1e-3, "µs": 1e-3, "ms": 1, "s": 1000, "m": 60000, "h": 3600000}


def parse_duration_ms(text, fallback):
    """Go duration ("10s", "1m30s", "500ms") → ms; a bare integer is seconds, as of-watchdog reads it."""
    import re

    value = (text or "").strip()
    if value == "":
        return fallback
    if value.isdigit():
        return int(value) * 1000
    parts = re.findall(r"(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)", value)
    if not parts or "".join(a + b for a, b in parts) != value:
        return fallback
    return sum(float(a) * DURATION_UNITS[b] for a, b in parts)


def parse_bytes(text, fallback):
    """"100kb", "1mb", "2048" → bytes."""
    import re

    match = re.match(r"^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$", text or "", re.I)
    if not match:
        return fallback
    unit = {"b": 1, "kb": 1024, "mb": 1024**2, "gb": 1024**3}[(match.group(2) or "b").lower()]
    return int(float(match.group(1)) * unit)


def read_config(env):
    """The watchdog settings from the environment."""
    return {
        "port": int(env.get("port") or 8080),
        "exec_ms": parse_duration_ms(env.get("exec_timeout"), 10000),
        "read_ms": parse_duration_ms(env.get("read_timeout"), 15000),
        "max_inflight": int(env.get("max_inflight") or 0),
        "max_body": parse_bytes(env.get("MAX_RAW_SIZE"), 1024**3),
        "memory_mb": int(env.get("FAASLAB_MEMORY_MB") or 0),
    }


def write_frame(fd, payload):
    data = json.dumps(payload).encode()
    view = len(data).to_bytes(8, "big") + data
    while view:
        view = view[os.write(fd, view) :]


def read_frame(fd, deadline):
    """One length-prefixed JSON frame from `fd`, None at end of file; raises TimeoutError past deadline."""
    import select
    import time

    def read_exact(size):
        chunks, missing = [], size
        while missing:
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                raise TimeoutError()
            ready, _, _ = select.select([fd], [], [], left)
            if not ready:
                raise TimeoutError()
            chunk = os.read(fd, missing)
            if not chunk:
                return None
            chunks.append(chunk)
            missing -= len(chunk)
        return b"".join(chunks)

    head = read_exact(8)
    if head is None:
        return None
    data = read_exact(int.from_bytes(head, "big"))
    return None if data is None else json.loads(data)


def run_worker():
    """Child process: loads the handler, then answers the frames the watchdog sends on stdin."""
    answer_fd = int(os.environ["FAASLAB_ANSWER_FD"])
    request_fd = sys.stdin.fileno()
    config = read_config(os.environ)
    if config["memory_mb"] > 0:
        try:
            import resource

            # The address space the interpreter already maps, plus the lab's allowance.
            with open("/proc/self/statm") as statm:
                mapped = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
            limit = mapped + config["memory_mb"] * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        except (ImportError, OSError, ValueError):
            pass
    try:
        handle = load_handler(os.environ["HANDLER_PATH"])
    except BaseException:
        traceback.print_exc()
        sys.stderr.flush()
        write_frame(answer_fd, {"type": "load-error"})
        os._exit(1)
    write_frame(answer_fd, {"type": "ready"})
    hostname = os.environ.get("HOSTNAME", "localhost")
    while True:
        message = read_frame(request_fd, None)
        if message is None:
            os._exit(0)
        body = base64.b64decode(message["body"])
        status, headers, out = invoke(
            handle, message["method"], message["url"], message["headers"], body, hostname
        )
        sys.stdout.flush()
        write_frame(answer_fd, {"status": status, "headers": headers, "body": base64.b64encode(out).decode()})


class Upstream:
    """The handler's process: started, fed one request at a time, replaced when stuck or dead."""

    def __init__(self, handler_path):
        import threading

        self.handler_path = handler_path
        self.lock = threading.Lock()
        self.process = None
        self.answer_fd = None

    def start(self):
        import subprocess

        read_fd, write_fd = os.pipe()
        env = dict(os.environ, FAASLAB_ANSWER_FD=str(write_fd), HANDLER_PATH=self.handler_path)
        env["PYTHONUNBUFFERED"] = "1"
        self.process = subprocess.Popen(
            [sys.executable, os.path.abspath(__file__), "--faaslab-worker"],
            stdin=subprocess.PIPE,
            pass_fds=(write_fd,),
            env=env,
        )
        os.close(write_fd)
        self.answer_fd = read_fd
        first = read_frame(read_fd, None)
        return first is not None and first.get("type") == "ready"

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        if self.answer_fd is not None:
            os.close(self.answer_fd)
        self.process, self.answer_fd = None, None

    def call(self, request, deadline):
        """The answer frame; "timeout" past the deadline; "crash" when the process died."""
        import time

        if not self.lock.acquire(timeout=max(0.0, deadline - time.monotonic())):
            return "timeout"
        try:
            try:
                data = json.dumps(request).encode()
                self.process.stdin.write(len(data).to_bytes(8, "big") + data)
                self.process.stdin.flush()
                answer = read_frame(self.answer_fd, deadline)
            except TimeoutError:
                log("Upstream HTTP killed due to exec_timeout: restarting the function process")
                self.restart()
                return "timeout"
            except OSError:
                answer = None
            if answer is None:
                log("Function process exited: restarting it")
                self.restart()
                return "crash"
            return answer
        finally:
            self.lock.release()

    def restart(self):
        self.stop()
        if not self.start():
            log("Forked function has terminated: cannot load %s" % self.handler_path)
            os._exit(1)


def log(text):
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    sys.stdout.write("%s %s\n" % (stamp, text))
    sys.stdout.flush()


def run_watchdog():
    """Main process: of-watchdog in http mode in front of the handler's process."""
    import threading
    import time
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    config = read_config(os.environ)
    handler_path = os.path.abspath(
        os.environ.get("HANDLER_PATH") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "handler.py")
    )
    upstream = Upstream(handler_path)
    if not upstream.start():
        log("Forked function has terminated: cannot load %s" % handler_path)
        sys.exit(1)
    counter = {"inflight": 0}
    counter_lock = threading.Lock()

    class Watchdog(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in separate writes: without TCP_NODELAY, Nagle + delayed ACK add ~40 ms.
        disable_nagle_algorithm = True
        timeout = config["read_ms"] / 1000

        def log_message(self, *args):
            pass

        def reply(self, started, status, headers, body):
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("X-Duration-Seconds", "%.6f" % (time.monotonic() - started))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def internal(self, started, status, text=""):
            headers = [("X-OpenFaaS-Internal", "of-watchdog"), ("Content-Type", "text/plain; charset=utf-8")]
            self.reply(started, status, headers, text.encode())

        def probe(self, path):
            if path == "/_/health" and self.command != "GET":
                self.send_response(405)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            busy = path == "/_/ready" and 0 < config["max_inflight"] <= counter["inflight"]
            status = 429 if busy else 200
            body = b"OK" if status == 200 else b""
            self.send_response(status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def serve(self):
            started = time.monotonic()
            path = self.path.split("?")[0]
            if path in ("/_/health", "/_/ready"):
                return self.probe(path)
            length = int(self.headers.get("Content-Length") or 0)
            if length > config["max_body"]:
                # waitress refuses an over-limit Content-Length before the app sees it (waitress/parser.py).
                self.close_connection = True
                text = "Request Entity Too Large\r\n\r\nexceeds max_body of %d\r\n\r\n(generated by waitress)"
                log("Request body over the limit (%d bytes): %s %s - 413" % (config["max_body"], self.command, self.path))
                return self.reply(started, 413, [("Content-Type", "text/plain; charset=utf-8")], (text % config["max_body"]).encode())
            body = self.rfile.read(length) if length else b""
            with counter_lock:
                if 0 < config["max_inflight"] <= counter["inflight"]:
                    busy = True
                else:
                    busy = False
                    counter["inflight"] += 1
            if busy:
                limit = config["max_inflight"]
                log("Concurrent request limit exceeded (max_inflight=%d): %s %s - 429" % (limit, self.command, self.path))
                return self.internal(started, 429, "Concurrent request limit exceeded. Max concurrent requests: %d\n" % limit)
            try:
                request = {
                    "method": self.command,
                    "url": self.path,
                    "headers": list(self.headers.items()),
                    "body": base64.b64encode(body).decode(),
                }
                answer = upstream.call(request, started + config["exec_ms"] / 1000)
            finally:
                with counter_lock:
                    counter["inflight"] -= 1
            if answer == "timeout":
                return self.internal(started, 504)
            if answer == "crash":
                return self.internal(started, 500)
            out = base64.b64decode(answer["body"])
            self.reply(started, answer["status"], answer["headers"], out)
            log("%s %s - %d - ContentLength: %dB (%.4fs)" % (self.command, self.path, answer["status"], len(out), time.monotonic() - started))

        def __getattr__(self, name):
            if name.startswith("do_"):
                return self.serve
            raise AttributeError(name)

    server = ThreadingHTTPServer((os.environ.get("FAASLAB_LISTEN_HOST") or "", config["port"]), Watchdog)
    server.daemon_threads = True
    log("Forking - python3 %s (child process)" % handler_path)
    log(
        "Timeouts: read: %gs exec: %gs, max_inflight: %d"
        % (config["read_ms"] / 1000, config["exec_ms"] / 1000, config["max_inflight"])
    )
    log("Listening on port: %d" % server.server_address[1])
    import signal

    def shutdown(*_):
        log("SIGTERM: no new connections, shutting down")
        upstream.stop()
        os._exit(0)

    signal.signal(signal.SIGTERM, shutdown)
    signal.signal(signal.SIGINT, shutdown)
    server.serve_forever()


if __name__ == "__main__":
    if "--faaslab-worker" in sys.argv[1:]:
        run_worker()
    else:
        run_watchdog()

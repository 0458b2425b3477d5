"""A local Bolt engine: ArcadeDB with its Bolt plugin, loaded from the store.

Without a Neo4j of their own, users still get the Cypher reports: a
:class:`LocalEngine` starts ArcadeDB (the ``arcadedb-embedded`` package,
which bundles a Java runtime and the Bolt plugin; install it with
``pip install 'chainatlas[arcadedb]'``) in a child process, listening on
free loopback ports only, with a random root password, in a temporary
directory.  It then pushes the store with :func:`chainatlas.graph.bolt.push`
through the official ``neo4j`` driver; the server answers as "Neo4j/5.26.0
compatible", so the same ``.cypher`` files serve both engines.

The engine runs in its own process so that the Java VM, its heap and the
log files ArcadeDB writes to its working directory stay out of the caller's
process and directory; the child stops when the engine is stopped or when
its parent dies (it watches its standard input).

Examples
--------
>>> port = free_port()
>>> 1024 < port < 65536
True
>>> from chainatlas.graph import Store
>>> with LocalEngine(Store(":memory:")) as engine:          # doctest: +SKIP
...     with engine.driver.session(database=engine.database) as s:
...         s.run("MATCH (n) RETURN count(n) AS n").single()["n"]
0
"""

import importlib.util
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import weakref

from chainatlas.exceptions import ChainAtlasError, StoreError

__all__ = ["LocalEngine", "local_engine", "free_port", "arcadedb_available", "INSTALL_HINT"]

INSTALL_HINT = "pip install 'chainatlas[arcadedb]'"
DEFAULT_HEAP = "512m"
HOST = "127.0.0.1"


def arcadedb_available():
    """True when the ``arcadedb-embedded`` package (the ``arcadedb`` extra) is installed."""
    return importlib.util.find_spec("arcadedb_embedded") is not None


def free_port():
    """A TCP port on the loopback interface that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def _rss_bytes(pid):
    """Resident and peak resident memory of a process (Linux /proc), or ``(None, None)``."""
    try:
        with open(f"/proc/{pid}/status") as f:
            fields = dict(line.split(":", 1) for line in f if ":" in line)
        return (int(fields["VmRSS"].split()[0]) * 1024, int(fields["VmHWM"].split()[0]) * 1024)
    except (OSError, KeyError, ValueError):
        return None, None


def _stop_child(proc, stdin):
    try:
        if stdin and not stdin.closed:
            stdin.close()
    except OSError:
        pass
    if proc.poll() is None:
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


class LocalEngine:
    """ArcadeDB with the Bolt plugin on loopback, optionally loaded from a store.

    Parameters
    ----------
    store : Store, optional
        Pushed into the engine once it has started.
    database : str
        The ArcadeDB database to create and use.
    heap : str
        Maximum Java heap (``CHAINATLAS_ARCADEDB_HEAP`` overrides the default, 512m).
    timeout : float
        Seconds to wait for the server to start.
    progress : callable, optional
        Passed to :func:`~chainatlas.graph.bolt.push`.

    Attributes
    ----------
    uri, user, password, database : str
        How to reach the engine (``bolt://127.0.0.1:PORT``, ``root``, a random password).
    driver : neo4j.Driver
        An open driver, while the engine runs.
    stats : dict
        Measured figures: ``start_seconds``, ``push_seconds``, ``pushed_rows``, ``rows_per_second``,
        ``rss_bytes`` and ``peak_rss_bytes`` of the engine process.
    push_result : PushResult or None
    """

    def __init__(self, store=None, *, database="chainatlas", heap=None, timeout=180, progress=None):
        self.store = store
        self.database = database
        self.heap = heap or os.environ.get("CHAINATLAS_ARCADEDB_HEAP") or DEFAULT_HEAP
        self.timeout = timeout
        self.progress = progress
        self.user = "root"
        self.password = None
        self.uri = None
        self.driver = None
        self.push_result = None
        self.stats = {}
        self._proc = None
        self._root = None
        self._finalizer = None

    def __repr__(self):
        state = f"running at {self.uri}" if self.running else "stopped"
        return f"<LocalEngine ArcadeDB {state}>"

    @property
    def running(self):
        return self._proc is not None and self._proc.poll() is None

    @property
    def pid(self):
        return self._proc.pid if self._proc else None

    # ------------------------------------------------------------------ lifecycle
    def start(self):
        """Start the server, open a driver and push the store (if any); return self."""
        if self.running:
            raise ChainAtlasError("the local engine is already running")
        if not arcadedb_available():
            raise ChainAtlasError(f"the local engine needs ArcadeDB: {INSTALL_HINT} (or pass --uri bolt://…)")
        t0 = time.perf_counter()
        self._root = tempfile.mkdtemp(prefix="chainatlas-arcadedb-")
        self.password = secrets.token_urlsafe(24)
        last_error = None
        for _ in range(3):  # a port taken between choosing and binding: choose again
            try:
                self._spawn()
                break
            except _PortTaken as e:
                last_error = e
        else:
            self._cleanup()
            raise StoreError(f"the local ArcadeDB engine could not bind a loopback port: {last_error}")
        self.stats["start_seconds"] = time.perf_counter() - t0
        from chainatlas.graph.bolt import connect

        try:
            self.driver = connect(self.uri, self.user, self.password, database=self.database)
            if self.store is not None:
                self.load(self.store)
        except BaseException:
            self.stop()
            raise
        self.stats["rss_bytes"], self.stats["peak_rss_bytes"] = _rss_bytes(self._proc.pid)
        return self

    def load(self, store):
        """Push `store` into the engine (see :func:`chainatlas.graph.bolt.push`)."""
        from chainatlas.graph.bolt import push

        res = push(store, self.driver, database=self.database, progress=self.progress)
        self.push_result = res
        rows = res.nodes + res.relationships
        self.stats.update(push_seconds=res.seconds, pushed_rows=rows, rows_per_second=res.rows_per_second)
        return res

    def _spawn(self):
        bolt_port, http_port = free_port(), free_port()
        ready = os.path.join(self._root, "ready.json")
        if os.path.exists(ready):
            os.remove(ready)
        log = open(os.path.join(self._root, "arcadedb.log"), "ab")
        config = {"root": os.path.join(self._root, "server"), "bolt_port": bolt_port, "http_port": http_port,
                  "password": self.password, "database": self.database, "heap": self.heap, "ready": ready}
        proc = subprocess.Popen([sys.executable, "-m", "chainatlas.graph.arcade"], stdin=subprocess.PIPE,
                                stdout=log, stderr=subprocess.STDOUT, cwd=self._root)
        log.close()
        # the password goes over the pipe, never on a command line or in the environment
        proc.stdin.write((json.dumps(config) + "\n").encode())
        proc.stdin.flush()
        self._proc = proc
        self._finalizer = weakref.finalize(self, _stop_child, proc, proc.stdin)
        deadline = time.monotonic() + self.timeout
        while True:
            if os.path.exists(ready):
                with open(ready) as f:
                    info = json.load(f)
                if "error" in info:
                    _stop_child(proc, proc.stdin)
                    self._proc = None
                    if "bind" in info["error"].lower() or "address already in use" in info["error"].lower():
                        raise _PortTaken(info["error"])
                    raise StoreError(f"the local ArcadeDB engine failed to start: {info['error']}")
                break
            if proc.poll() is not None:
                self._proc = None
                raise StoreError(f"the local ArcadeDB engine exited with status {proc.returncode} while "
                                 f"starting; its log: {self._log_tail()}")
            if time.monotonic() > deadline:
                _stop_child(proc, proc.stdin)
                self._proc = None
                raise StoreError(f"the local ArcadeDB engine did not start within {self.timeout:.0f} s; "
                                 f"its log: {self._log_tail()}")
            time.sleep(0.05)
        self.uri = f"bolt://{HOST}:{bolt_port}"

    def _log_tail(self, n=5):
        try:
            with open(os.path.join(self._root, "arcadedb.log"), encoding="utf-8", errors="replace") as f:
                lines = [x.strip() for x in f if x.strip()]
            return " | ".join(lines[-n:]) or "(empty)"
        except OSError:
            return "(no log)"

    def stop(self):
        """Close the driver, stop the server and remove its directory."""
        if self.driver is not None:
            self.driver.close()
            self.driver = None
        if self._proc is not None:
            _stop_child(self._proc, self._proc.stdin)
            if self._finalizer is not None:
                self._finalizer.detach()
            self._proc = None
        self._cleanup()

    def _cleanup(self):
        if self._root and os.path.isdir(self._root):
            shutil.rmtree(self._root, ignore_errors=True)
        self._root = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


class _PortTaken(StoreError):
    pass


def local_engine(store=None, **kwargs):
    """A started :class:`LocalEngine` to use in a ``with`` block."""
    return LocalEngine(store, **kwargs)


# ---------------------------------------------------------------------- the child process
def _serve():
    """Run ArcadeDB until standard input closes (the engine's child process)."""
    config = json.loads(sys.stdin.readline())
    ready = config["ready"]

    def report(info):
        tmp = ready + ".tmp"
        with open(tmp, "w") as f:
            json.dump(info, f)
        os.replace(tmp, ready)

    server = None
    try:
        import arcadedb_embedded as arcadedb
        from arcadedb_embedded.jvm import start_jvm

        start_jvm(heap_size=config["heap"])
        server = arcadedb.create_server(
            config["root"], root_password=config["password"],
            config={"host": HOST, "http_port": config["http_port"],
                    "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
                    "bolt_port": config["bolt_port"], "bolt_host": HOST})
        server.start()
        server.create_database(config["database"])
    except Exception as e:  # reported to the parent through the ready file
        report({"error": f"{type(e).__name__}: {e}"})
        if server is not None:
            server.stop()
        return 1
    report({"bolt_port": config["bolt_port"], "pid": os.getpid()})
    try:
        for line in sys.stdin:
            if line.strip() == "stop":
                break
    except KeyboardInterrupt:
        pass
    server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(_serve())

"""The Cypher report library: ``queries/cypher/*.cypher``, one report per file.

Each file starts with a header of ``//`` comment lines (the format is
described in ``queries/cypher/README.md``)::

    // title: Gap report
    // description: The status of every link of a chain inside a region or park …
    // param: chain string 工业硅—多晶硅—拉晶切片 — the chain: its id or its exact name
    // param: done_stages string[] = 竣工,投产 — project stages that make a link present

A parameter line is ``name type example — description`` (a required
parameter, with an example value) or ``name type = default — description``
(an optional one; ``= null`` means no value).  Types are ``string``,
``integer``, ``float``, ``boolean`` and lists of them (``string[]``; list
values are written comma-separated).  The query after the header uses only
``$parameters`` for values, only the ontology's labels and relationship
types, and runs in a read transaction (``session.execute_read``), so the same
file runs in Neo4j Browser, cypher-shell, Neo4j or the local ArcadeDB engine.
ArcadeDB does not refuse writes in a read transaction, so a report that
contains a writing clause (CREATE, MERGE, SET, DELETE, REMOVE, DROP,
FOREACH, LOAD CSV, CALL of a procedure) is refused when it is parsed.

Examples
--------
>>> {"gaps", "pipeline", "evidence"} <= {r.name for r in reports()}
True
>>> r = report("gaps")
>>> r.title
'Gap report'
>>> [p.name for p in r.params if p.required]
['chain', 'scope']
>>> r.bind({"chain": "工业硅", "scope": "甘州区"})["done_stages"]
['竣工', '投产']
>>> r.bind({"chain": "工业硅"})
Traceback (most recent call last):
...
chainatlas.exceptions.InputError: report gaps: missing parameter scope (string, e.g. 甘州区): --param scope=…
"""

import importlib.resources
import re
from dataclasses import dataclass, field

from chainatlas.exceptions import InputError, NotFoundError, StoreError

__all__ = ["Param", "Report", "reports", "report", "parse_report", "run_report", "TYPES"]

TYPES = ("string", "integer", "float", "boolean", "string[]", "integer[]", "float[]", "boolean[]")
_TRUE = {"true", "yes", "1", "on"}
_FALSE = {"false", "no", "0", "off"}
_WRITE = re.compile(r"\b(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|FOREACH|LOAD\s+CSV|CALL\s+(?!\{)[A-Za-z_]+)\b",
                    re.IGNORECASE)
_STRINGS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")
_COMMENTS = re.compile(r"//[^\n]*")
_PARAM = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s+(?P<type>\S+)\s+(?:(?P<eq>=)\s*)?(?P<value>.*?)\s+(?:—|--)\s+"
                    r"(?P<desc>.+)$")


def _convert(text, typ, where):
    if typ.endswith("[]"):
        if isinstance(text, (list, tuple)):
            items = list(text)
        else:
            items = [x.strip() for x in str(text).split(",") if x.strip()]
        return [_convert(x, typ[:-2], where) for x in items]
    if not isinstance(text, str):
        if typ == "float" and isinstance(text, (int, float)) and not isinstance(text, bool):
            return float(text)
        ok = {"string": str, "integer": int, "boolean": bool}.get(typ)
        if ok and isinstance(text, ok) and not (typ == "integer" and isinstance(text, bool)):
            return text
        text = str(text)
    try:
        if typ == "integer":
            return int(text)
        if typ == "float":
            return float(text)
    except ValueError:
        raise InputError(f"{text!r} is not {'an integer' if typ == 'integer' else 'a number'}", source=where) from None
    if typ == "boolean":
        if text.lower() in _TRUE:
            return True
        if text.lower() in _FALSE:
            return False
        raise InputError(f"{text!r} is not a boolean (true/false)", source=where)
    return text


@dataclass
class Param:
    """One declared parameter of a report."""

    name: str
    type: str
    description: str
    example: str = None
    default: object = None
    required: bool = True

    def describe(self):
        if self.required:
            return f"{self.name} ({self.type}, e.g. {self.example})"
        shown = "none" if self.default is None else (
            ",".join(map(str, self.default)) if isinstance(self.default, list) else self.default)
        return f"{self.name} ({self.type}, default {shown})"


@dataclass
class Report:
    """A parsed ``.cypher`` report."""

    name: str
    title: str
    description: str
    params: list
    query: str
    path: str = ""
    extra: dict = field(default_factory=dict)

    def param(self, name):
        for p in self.params:
            if p.name == name:
                return p
        known = ", ".join(p.name for p in self.params) or "none"
        raise InputError(f"report {self.name} has no parameter {name!r}; its parameters: {known}")

    def bind(self, values):
        """Typed parameters for the query from ``{name: value}`` (strings are converted); defaults filled in."""
        out = {}
        for k, v in values.items():
            p = self.param(k)
            out[k] = None if v is None else _convert(v, p.type, f"report {self.name}, parameter {k}")
        for p in self.params:
            if p.name in out:
                continue
            if p.required:
                raise InputError(f"report {self.name}: missing parameter {p.describe()}: --param {p.name}=…")
            out[p.name] = p.default
        return out

    def example_params(self):
        """Parameters built from the header's examples and defaults."""
        return self.bind({p.name: p.example for p in self.params if p.required})

    def browser_params(self):
        """A ``:params`` line for Neo4j Browser with the examples and defaults."""
        import json

        return ":params " + json.dumps(self.example_params(), ensure_ascii=False)


def parse_report(text, name, path=""):
    """Parse one report file's text into a :class:`Report`; a malformed header raises InputError."""
    title = description = None
    params = []
    body = []
    in_header = True
    for i, line in enumerate(text.splitlines(), 1):
        s = line.strip()
        if in_header and s.startswith("//"):
            key, sep, value = s[2:].strip().partition(":")
            key, value = key.strip().lower(), value.strip()
            if not sep:
                continue
            if key == "title":
                title = value
            elif key == "description":
                description = value if description is None else description + " " + value
            elif key == "param":
                m = _PARAM.match(value)
                if not m:
                    raise InputError("parameter line must read 'name type example — description' or "
                                     "'name type = default — description'", source=path or name, where=f"line {i}")
                typ = m["type"]
                if typ not in TYPES:
                    raise InputError(f"unknown parameter type {typ!r}; expected one of {', '.join(TYPES)}",
                                     source=path or name, where=f"line {i}")
                where = f"{path or name}, line {i}"
                if m["eq"]:
                    default = None if m["value"] == "null" else _convert(m["value"], typ, where)
                    params.append(Param(m["name"], typ, m["desc"], None, default, False))
                else:
                    _convert(m["value"], typ, where)  # the example must be a valid value
                    params.append(Param(m["name"], typ, m["desc"], m["value"], None, True))
            continue
        in_header = False
        body.append(line)
    if not title or not description:
        raise InputError("a report needs '// title:' and '// description:' header lines", source=path or name)
    query = "\n".join(body).strip()
    if not query:
        raise InputError("the report has no query after its header", source=path or name)
    code = _STRINGS.sub("''", _COMMENTS.sub("", query))
    m = _WRITE.search(code)
    if m:
        raise InputError(f"a report must only read, but this one uses {m.group(1).split()[0].upper()}",
                         source=path or name)
    return Report(name, title, description, params, query, path)


def _files():
    root = importlib.resources.files("chainatlas.queries").joinpath("cypher")
    return sorted((f for f in root.iterdir() if f.name.endswith(".cypher")), key=lambda f: f.name)


def reports():
    """Every report in the library, by name."""
    return [parse_report(f.read_text("utf-8"), f.name[:-len(".cypher")], str(f)) for f in _files()]


def report(name):
    """The report called `name` (its file name without ``.cypher``)."""
    for f in _files():
        if f.name == f"{name}.cypher":
            return parse_report(f.read_text("utf-8"), name, str(f))
    known = ", ".join(f.name[:-len(".cypher")] for f in _files())
    raise NotFoundError(f"no report {name!r}; known reports: {known}")


def run_report(driver, name, params=None, *, database=None):
    """Run a report in a read transaction and return its rows as dictionaries.

    Parameters
    ----------
    driver : neo4j.Driver
    name : str or Report
    params : dict, optional
        ``{name: value}``; strings are converted to the declared types.
    database : str, optional
    """
    from neo4j.exceptions import Neo4jError

    rep = name if isinstance(name, Report) else report(name)
    bound = rep.bind(params or {})

    def work(tx):
        return [r.data() for r in tx.run(rep.query, **bound)]

    try:
        with driver.session(database=database) as s:
            return s.execute_read(work)
    except Neo4jError as e:
        raise StoreError(f"report {rep.name} failed on the server: {e.message or e}") from None

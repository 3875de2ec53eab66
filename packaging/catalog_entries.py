"""Add or update translations in the catalog (``inspect_app_zh_CN.ts``) and recompile its ``.qm``.

``pyside6-lupdate`` is the full refresh (see ``inspect_app/resources/i18n/README.md``); this is
the small step for a change that adds a few strings, and it is safe to run from several
shells at once (the read-modify-write of the ``.ts`` holds a lock). The input is a JSON file:

- ``{"messages": {"notice.superseded": "该决定书已被替代。", …}}`` — keyed messages: each id
  must be a member of a family in ``inspect_app.domain.messages``; its source (the English
  template) and location are taken from there. Entries of context ``Message`` whose id no
  longer exists are removed.
- ``{"ui": [{"context": "NoticesView", "source": "Served", "translation": "已送达"}, …]}`` —
  strings of ``self.tr()`` / ``QCoreApplication.translate()`` in the window; ``"translation":
  null`` removes the entry of a string the code no longer has.

::

    .venv/bin/python packaging/catalog_entries.py new_strings.json
    .venv/bin/python packaging/catalog_entries.py --prune   # only drop stale message ids
"""

from __future__ import annotations

import argparse
import fcntl
import hashlib
import inspect
import json
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from compile_translations import I18N_DIR, install_qm  # noqa: E402

from inspect_app.domain.messages import CONTEXT, MessageKind, all_kinds  # noqa: E402

TS = I18N_DIR / "inspect_app_zh_CN.ts"


def _esc(text: str) -> str:
    """Escape text and attribute values as lupdate does (quotes and apostrophes too)."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("'", "&apos;")
        .replace('"', "&quot;")
    )


def _element(node: ET.Element, depth: int, out: list[str]) -> None:
    pad = "    " * depth
    attrs = "".join(f' {k}="{_esc(v)}"' for k, v in node.attrib.items())
    if len(node):
        out.append(f"{pad}<{node.tag}{attrs}>")
        for child in node:
            _element(child, depth + 1, out)
        out.append(f"{pad}</{node.tag}>")
    elif node.tag == "location":
        out.append(f"{pad}<{node.tag}{attrs}/>")
    else:
        out.append(f"{pad}<{node.tag}{attrs}>{_esc(node.text or '')}</{node.tag}>")


def serialise(root: ET.Element) -> str:
    """The ``.ts`` text of ``root`` laid out exactly as ``pyside6-lupdate`` writes it.

    So a file written here and one refreshed by lupdate differ only where entries do.
    """
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    attrs = "".join(f' {k}="{_esc(v)}"' for k, v in root.attrib.items())
    out.append(f"<TS{attrs}>")
    for context in root:
        _element(context, 0, out)
    out.append("</TS>")
    return "\n".join(out) + "\n"


def _context(root: ET.Element, name: str) -> ET.Element:
    for context in root.iter("context"):
        if context.findtext("name") == name:
            return context
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = name
    return context


def _location(kind: MessageKind) -> tuple[str, int]:
    module = sys.modules[type(kind).__module__]
    source = Path(inspect.getsourcefile(module) or "")
    lines = source.read_text(encoding="utf-8").splitlines()
    declared = f"    {kind.name} = translate("
    line = next((n for n, text in enumerate(lines, 1) if text.startswith(declared)), 1)
    return "../../" + source.relative_to(ROOT / "inspect_app").as_posix(), line  # as lupdate


def _set(message: ET.Element, tag: str, text: str) -> None:
    node = message.find(tag)
    if node is None:
        node = ET.SubElement(message, tag)
    node.text = text


def update(entries: dict, prune: bool = True) -> list[str]:
    """Apply ``entries`` (the JSON shape above) to the ``.ts``; return what changed, one line each.

    Raises:
        KeyError: a message id is not a member of any family.
    """
    tree = ET.parse(TS)
    root = tree.getroot()
    changed: list[str] = []
    kinds = {kind.id: kind for kind in all_kinds()}
    messages = _context(root, CONTEXT)
    by_id = {m.findtext("comment"): m for m in messages.iter("message")}
    for message_id, translation in entries.get("messages", {}).items():
        kind = kinds[message_id]
        message = by_id.get(message_id)
        if message is None:
            message = ET.SubElement(messages, "message")
            by_id[message_id] = message
        for node in message.findall("location"):
            message.remove(node)
        filename, line = _location(kind)
        message.insert(0, ET.Element("location", {"filename": filename, "line": str(line)}))
        _set(message, "source", kind.english)
        _set(message, "comment", message_id)
        _set(message, "translation", translation)
        message.find("translation").attrib.pop("type", None)
        # keep the element order lupdate writes: location, source, comment, translation
        message[:] = sorted(
            message, key=lambda e: ["location", "source", "comment", "translation"].index(e.tag)
        )
        changed.append(f"message {message_id}")
    for message_id, message in list(by_id.items()):
        if message_id not in kinds:
            if prune:
                messages.remove(message)
                changed.append(f"removed stale message {message_id}")
            continue
        filename, line = _location(kinds[message_id])
        location = message.find("location")
        if location is not None and location.attrib != {"filename": filename, "line": str(line)}:
            location.attrib.update(filename=filename, line=str(line))
            changed.append(f"moved {message_id} to {filename}:{line}")
    for item in entries.get("ui", []):
        context = _context(root, item["context"])
        found = [
            m
            for m in context.iter("message")
            if m.findtext("source") == item["source"]
            and m.findtext("comment") == item.get("comment")
        ]
        if item["translation"] is None:  # a string the code no longer has: its entry goes
            for message in found:
                context.remove(message)
            changed.append(f"removed ui {item['context']}: {item['source']}")
            continue
        message = found[0] if found else ET.SubElement(context, "message")
        _set(message, "source", item["source"])
        if item.get("comment"):
            _set(message, "comment", item["comment"])
        _set(message, "translation", item["translation"])
        message.find("translation").attrib.pop("type", None)
        changed.append(f"ui {item['context']}: {item['source']}")
    TS.write_text(serialise(root), encoding="utf-8")
    return changed


def main(argv: list[str] | None = None) -> int:
    """Apply the JSON file's entries under a lock, then compile the ``.qm``; exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("json", nargs="?", type=Path, help="the entries to add or update")
    parser.add_argument("--prune", action="store_true", help="only remove stale message ids")
    args = parser.parse_args(argv)
    entries = {} if args.json is None else json.loads(args.json.read_text(encoding="utf-8"))
    lock = Path(tempfile.gettempdir()) / (
        "inspect_app_ts_" + hashlib.sha256(str(TS).encode()).hexdigest()[:12] + ".lock"
    )
    with lock.open("w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        for line in update(entries):
            print(line)
        install_qm(TS, TS.with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

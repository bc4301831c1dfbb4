"""A minimal Language Server Protocol client over stdio, enough to drive yaml-language-server."""

from __future__ import annotations

import json
import queue
import subprocess
import threading
import time
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parents[2]
SERVER = ROOT / "node_modules/yaml-language-server/bin/yaml-language-server"


class Client:
    """Requests wait for their response; notifications from the server are queued."""

    def __init__(self, root: Path, settings: dict[str, Any]) -> None:
        self._proc = subprocess.Popen(
            ["node", str(SERVER), "--stdio"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._next = 0
        self._notes = []
        self._inbox: queue.Queue[dict[str, Any]] = queue.Queue()
        self._settings = settings
        threading.Thread(target=self._read, args=(self._proc.stdout,), daemon=True).start()
        uri = root.as_uri()
        self.request(
            "initialize",
            {
                "processId": None,
                "rootUri": uri,
                "workspaceFolders": [{"uri": uri, "name": root.name}],
                "capabilities": {
                    "textDocument": {
                        "completion": {"completionItem": {"snippetSupport": False}},
                        "publishDiagnostics": {},
                    },
                    "workspace": {"configuration": True, "didChangeConfiguration": {}},
                },
            },
        )
        self.notify("initialized", {})
        self.notify("workspace/didChangeConfiguration", {"settings": settings})

    def _read(self, stream: IO[bytes]) -> None:
        while True:
            length = 0
            while True:
                line = stream.readline()
                if not line:
                    return
                if line in (b"\r\n", b"\n"):
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            self._inbox.put(json.loads(stream.read(length)))

    def _send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self._proc.stdin is not None
        self._proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self._proc.stdin.flush()

    def notify(self, method: str, params: Any) -> None:
        self._send({"method": method, "params": params})

    def request(self, method: str, params: Any, timeout: float = 30) -> Any:
        self._next += 1
        ident = self._next
        self._send({"id": ident, "method": method, "params": params})
        deadline = time.monotonic() + timeout
        while True:
            message = self._inbox.get(timeout=max(0.01, deadline - time.monotonic()))
            if message.get("id") == ident and "method" not in message:
                if "error" in message:
                    raise RuntimeError(message["error"])
                return message.get("result")
            self._handle(message)

    def _handle(self, message: dict[str, Any]) -> None:
        """Answer the server's own requests; keep its notifications."""
        if "id" in message and "method" in message:
            result: Any = None
            if message["method"] == "workspace/configuration":
                items = message["params"]["items"]
                result = [self._settings.get(i.get("section", ""), None) for i in items]
            self._send({"id": message["id"], "result": result})
        else:
            self._notes.append(message)

    _notes: list[dict[str, Any]]

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *_: object) -> None:
        try:
            self.request("shutdown", None, timeout=5)
            self.notify("exit", None)
            self._proc.wait(timeout=5)
        except Exception:
            self._proc.kill()
            self._proc.wait()
        finally:
            for stream in (self._proc.stdin, self._proc.stdout):
                if stream is not None:
                    stream.close()

    def open(self, path: Path) -> str:
        uri = path.as_uri()
        self.notify(
            "textDocument/didOpen",
            {
                "textDocument": {
                    "uri": uri,
                    "languageId": "yaml",
                    "version": 1,
                    "text": path.read_text(encoding="utf-8"),
                }
            },
        )
        return uri

    def complete(self, uri: str, line: int, character: int) -> list[str]:
        result = self.request(
            "textDocument/completion",
            {"textDocument": {"uri": uri}, "position": {"line": line, "character": character}},
        )
        items = result.get("items", []) if isinstance(result, dict) else result or []
        return [str(i.get("insertText") or i["label"]) for i in items]

    def diagnostics(self, uri: str, timeout: float = 20) -> list[dict[str, Any]]:
        """The diagnostics the server publishes for ``uri`` (waits for the first publication)."""
        deadline = time.monotonic() + timeout
        while True:
            for note in reversed(self._notes):
                if (
                    note.get("method") == "textDocument/publishDiagnostics"
                    and note["params"]["uri"] == uri
                ):
                    return list(note["params"]["diagnostics"])
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"no diagnostics for {uri}")
            try:
                self._handle(self._inbox.get(timeout=remaining))
            except queue.Empty:
                continue

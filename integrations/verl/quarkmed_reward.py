"""QuarkMed reward function for verl (Python stdlib only: http.client + json, so it runs in any verl environment).

verl calls it as a custom reward function; it forwards to a running `quarkmed reward serve` (POST /verl) and
returns QuarkMed's verifiable reward. One file serves every reward manager (see README.md for the version matrix):

  verl >= 0.7, default reward loop (use_reward_loop=True; managers naive, dapo, limited, remote, prime):
      reward_model.reward_manager=naive
      custom_reward_function.path=integrations/verl/quarkmed_reward.py
      custom_reward_function.name=compute_score
    The loop calls compute_score(data_source=, solution_str=, ground_truth=, extra_info=, **more) once per
    sample in a thread pool; each thread keeps one HTTP keep-alive connection, so a call costs one small
    request on an open socket (no process or connection set-up per sample).

  verl <= 0.6 (or use_reward_loop=False), batched: one request per rollout batch:
      reward_model.reward_manager=batch   custom_reward_function.name=compute_score_batch

  prime manager (legacy, ProcessPoolExecutor): calls fn(data_source, solution, ground_truth, extra_info)
    positionally in worker processes and reads float(result) or float(result[0]). This module registers itself
    as `quarkmed_reward` (and puts its folder on sys.path) so its functions pickle even when verl loads the file
    as an unregistered "custom_module"; results are RewardScore dicts, which also read as floats. If the module
    cannot be made importable by name it raises at import instead of letting prime score everything 0.

Environment:
  QUARKMED_REWARD_URL      service base URL (default http://127.0.0.1:8300)
  QUARKMED_REWARD_TIMEOUT  seconds per request (default 300)
  QUARKMED_REWARD_RETRIES  attempts per request (default 5)
  QUARKMED_REWARD_CHUNK    items per request in the batched variant (default 8192)
  QUARKMED_REWARD_FLOAT    set to 1 to return bare floats (old BatchRewardManager versions drop dicts to 0)

Each score is a RewardScore dict {"score", "acc", "format_ok", "response_chars"} with the same keys for every
item, which verl's reward managers log as reward_extra_info; "score" is the reward. ground_truth is the compact
reward spec `quarkmed rl build --format verl` writes into reward_model.ground_truth.
"""

import http.client
import json
import os
import sys
import threading
import time
import urllib.parse

__all__ = ["compute_score", "compute_score_batch", "RewardScore"]

MODULE_NAME = "quarkmed_reward"


class RewardScore(dict):
    """A score dict that is also a float: float(r) and r[0] are the reward (verl's prime manager reads those),
    while dict readers (naive / dapo / batch managers, the reward loop) see score, acc, format_ok, response_chars."""

    __slots__ = ()

    def __float__(self):
        return float(dict.__getitem__(self, "score"))

    def __getitem__(self, key):
        if isinstance(key, int) and not isinstance(key, bool) and key == 0:
            return float(dict.__getitem__(self, "score"))
        return dict.__getitem__(self, key)

    def __reduce__(self):
        return (RewardScore, (dict(self),))


_local = threading.local()


def _base_url():
    return os.environ.get("QUARKMED_REWARD_URL", "http://127.0.0.1:8300").rstrip("/")


def _connection(base, timeout):
    """This thread's keep-alive connection to `base`, and whether it was just opened. A forked worker opens its own
    (sockets are not shared across processes)."""
    state = getattr(_local, "state", None)
    if state is not None and state[0] == os.getpid() and state[1] == base:
        return state[2], state[3], False
    url = urllib.parse.urlsplit(base)
    if url.scheme not in ("http", "https") or not url.hostname:
        raise ValueError("QUARKMED_REWARD_URL must be an http(s) URL, got %r" % base)
    cls = http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection
    conn = cls(url.hostname, url.port, timeout=timeout)
    _local.state = (os.getpid(), base, conn, url.path.rstrip("/"))
    return conn, _local.state[3], True


def _drop_connection():
    state = getattr(_local, "state", None)
    _local.state = None
    if state is not None and state[0] == os.getpid():
        state[2].close()


def _plain(value):
    """numpy scalars/arrays and other array-likes verl hands over -> JSON-ready Python values."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "tolist"):
        return _plain(value.tolist())
    if hasattr(value, "item"):
        return _plain(value.item())
    return str(value)


def _post(path, payload):
    base = _base_url()
    data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    timeout = float(os.environ.get("QUARKMED_REWARD_TIMEOUT", "300"))
    attempts = max(1, int(os.environ.get("QUARKMED_REWARD_RETRIES", "5")))
    headers = {"Content-Type": "application/json"}
    last = None
    attempt = 0
    while attempt < attempts:
        try:
            conn, prefix, fresh = _connection(base, timeout)
            conn.request("POST", prefix + path, body=data, headers=headers)
            resp = conn.getresponse()
            body = resp.read().decode("utf-8", "replace")
            if resp.will_close:
                _drop_connection()
        except (OSError, http.client.HTTPException) as err:
            _drop_connection()
            last = "%s: %s" % (type(err).__name__, err)
            if not fresh:
                continue  # the server closed an idle keep-alive socket: reconnect at once, no attempt used
            attempt += 1
            if attempt < attempts:
                time.sleep(min(2 ** (attempt - 1), 30))
            continue
        if resp.status == 200:
            return json.loads(body)
        if 400 <= resp.status < 500:
            # A bad label or request will not get better on retry: fail loudly with the service's reason.
            raise ValueError("QuarkMed reward service rejected the request (HTTP %d): %s" % (resp.status, body))
        last = "HTTP %d: %s" % (resp.status, body[:500])
        attempt += 1
        if attempt < attempts:
            time.sleep(min(2 ** (attempt - 1), 30))
    raise RuntimeError("QuarkMed reward service at %s%s unreachable after %d attempts: %s" % (base, path, attempts, last))


def _score(item):
    if not isinstance(item, dict) or "score" not in item:
        raise RuntimeError("QuarkMed reward service returned %r instead of a score dict" % (item,))
    return RewardScore(item)


def compute_score_batch(data_sources, solution_strs, ground_truths, extra_infos=None, **kwargs):
    """Batched reward (verl BatchRewardManager): one RewardScore per solution (floats with QUARKMED_REWARD_FLOAT=1)."""
    solution_strs = list(solution_strs)
    n = len(solution_strs)
    data_sources = list(data_sources)
    ground_truths = list(ground_truths)
    extra_infos = [None] * n if extra_infos is None else list(extra_infos)
    if not (len(data_sources) == len(ground_truths) == len(extra_infos) == n):
        raise ValueError("compute_score_batch: data_sources, solution_strs, ground_truths and extra_infos differ in length")
    chunk = int(os.environ.get("QUARKMED_REWARD_CHUNK", "8192"))
    out = []
    for start in range(0, n, chunk):
        end = min(n, start + chunk)
        payload = {
            "data_sources": [str(_plain(s)) for s in data_sources[start:end]],
            "solution_strs": [str(s) for s in solution_strs[start:end]],
            "ground_truths": [_plain(g) for g in ground_truths[start:end]],
            "extra_infos": [_plain(e) for e in extra_infos[start:end]],
        }
        scores = _post("/verl", payload).get("scores")
        if not isinstance(scores, list) or len(scores) != end - start:
            raise RuntimeError("QuarkMed reward service returned %r for %d items" % (type(scores).__name__, end - start))
        out.extend(_score(s) for s in scores)
    if os.environ.get("QUARKMED_REWARD_FLOAT") == "1":
        return [float(s) for s in out]
    return out


def compute_score(data_source, solution_str, ground_truth, extra_info=None, **kwargs):
    """Per-sample reward: verl's default_compute_score signature (keywords from the naive manager and the reward
    loop, positional from prime). Extra keywords the reward loop adds (reward_router_address, …) are ignored."""
    one = compute_score_batch([data_source], [solution_str], [ground_truth], [extra_info])[0]
    return one


def _register_by_name():
    """Make the public functions picklable by reference as quarkmed_reward.<name> (verl's prime manager sends them
    to worker processes). verl loads this file as "custom_module" without registering it in sys.modules."""
    me = sys.modules.get(__name__)
    if me is None:
        # Loaded with exec_module and no sys.modules entry: find ourselves through a function's globals.
        me = type(sys)(MODULE_NAME)
        me.__dict__.update(globals())
    here = os.path.dirname(os.path.abspath(__file__))
    if here not in sys.path:
        sys.path.append(here)  # workers started with spawn / forkserver import quarkmed_reward by name
    existing = sys.modules.get(MODULE_NAME)
    if existing is None:
        sys.modules[MODULE_NAME] = me
        existing = me
    elif os.path.abspath(getattr(existing, "__file__", "") or "") != os.path.abspath(__file__):
        raise ImportError(
            "QuarkMed reward: another module is already imported as %r (%s); pickled reward functions would resolve "
            "to it in verl's worker processes. Rename it or load integrations/verl/quarkmed_reward.py by that name."
            % (MODULE_NAME, getattr(existing, "__file__", "?"))
        )
    return existing


if __name__ != MODULE_NAME:
    _canonical = _register_by_name()
    if _canonical.__dict__.get("compute_score") is not None and _canonical.__dict__.get("_local") is not _local:
        # The file is also imported as quarkmed_reward: hand out that module's objects, so pickle finds the same ones.
        compute_score = _canonical.compute_score
        compute_score_batch = _canonical.compute_score_batch
        RewardScore = _canonical.RewardScore
    else:
        for _obj in (compute_score, compute_score_batch, RewardScore):
            _obj.__module__ = MODULE_NAME


if __name__ == "__main__":
    # Smoke test: python3 quarkmed_reward.py '<ground_truth spec>' '<solution>' [data_source]
    if len(sys.argv) < 3:
        print(__doc__)
        sys.exit(2)
    src = sys.argv[3] if len(sys.argv) > 3 else "quarkmed"
    print(json.dumps(compute_score(src, sys.argv[2], sys.argv[1]), ensure_ascii=False))

"""QuarkMed reward function for verl (stdlib only: urllib + json, so it runs in any verl environment).

verl calls it as a custom reward function; it forwards to a running `quarkmed reward serve` and returns
QuarkMed's verifiable reward.

  Per item (reward_model.reward_manager=naive, the default):
      custom_reward_function.path=integrations/verl/quarkmed_reward.py
      custom_reward_function.name=compute_score

  Batched (reward_model.reward_manager=batch: one HTTP call per rollout batch, much faster):
      custom_reward_function.path=integrations/verl/quarkmed_reward.py
      custom_reward_function.name=compute_score_batch

Environment:
  QUARKMED_REWARD_URL      service base URL (default http://127.0.0.1:8300)
  QUARKMED_REWARD_TIMEOUT  seconds per request (default 300)
  QUARKMED_REWARD_RETRIES  attempts per request (default 5)
  QUARKMED_REWARD_CHUNK    items per request in the batched variant (default 8192)
  QUARKMED_REWARD_FLOAT    set to 1 to return bare floats (older verl reward managers that do not accept dicts)

Each score is a dict {"score", "acc", "format_ok", "response_chars"} with the same keys for every item, which
verl's reward managers log as reward_extra_info; "score" is the reward. ground_truth is the compact reward spec
`quarkmed rl build --format verl` writes into reward_model.ground_truth.
"""

import json
import os
import sys
import time
import urllib.error
import urllib.request

__all__ = ["compute_score", "compute_score_batch"]


def _base_url():
    return os.environ.get("QUARKMED_REWARD_URL", "http://127.0.0.1:8300").rstrip("/")


def _plain(value):
    """numpy scalars/arrays and other array-likes verl hands over -> JSON-ready Python values."""
    if value is None or isinstance(value, (str, int, float, bool)):
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
    url = _base_url() + path
    data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    timeout = float(os.environ.get("QUARKMED_REWARD_TIMEOUT", "300"))
    attempts = int(os.environ.get("QUARKMED_REWARD_RETRIES", "5"))
    last = None
    for attempt in range(attempts):
        req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"}, method="POST")
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                return json.loads(resp.read().decode("utf-8"))
        except urllib.error.HTTPError as err:
            body = err.read().decode("utf-8", "replace")
            if 400 <= err.code < 500:
                # A bad label or request will not get better on retry: fail loudly with the service's reason.
                raise ValueError("QuarkMed reward service rejected the request (HTTP %d): %s" % (err.code, body))
            last = "HTTP %d: %s" % (err.code, body[:500])
        except (urllib.error.URLError, ConnectionError, TimeoutError) as err:
            last = str(err)
        time.sleep(min(2 ** attempt, 30))
    raise RuntimeError("QuarkMed reward service at %s unreachable after %d attempts: %s" % (url, attempts, last))


def compute_score_batch(data_sources, solution_strs, ground_truths, extra_infos=None, **kwargs):
    """Batched reward (verl BatchRewardManager): a list of score dicts, one per solution."""
    n = len(solution_strs)
    if extra_infos is None:
        extra_infos = [None] * n
    chunk = int(os.environ.get("QUARKMED_REWARD_CHUNK", "8192"))
    out = []
    for start in range(0, n, chunk):
        end = min(n, start + chunk)
        payload = {
            "data_sources": [str(_plain(s)) for s in list(data_sources)[start:end]],
            "solution_strs": [str(s) for s in list(solution_strs)[start:end]],
            "ground_truths": [_plain(g) for g in list(ground_truths)[start:end]],
            "extra_infos": [_plain(e) for e in list(extra_infos)[start:end]],
        }
        body = _post("/verl", payload)
        scores = body.get("scores")
        if not isinstance(scores, list) or len(scores) != end - start:
            raise RuntimeError("QuarkMed reward service returned %r for %d items" % (type(scores).__name__, end - start))
        out.extend(scores)
    if os.environ.get("QUARKMED_REWARD_FLOAT") == "1":
        return [float(s["score"]) for s in out]
    return out


def compute_score(data_source, solution_str, ground_truth, extra_info=None, **kwargs):
    """Per-item reward (verl NaiveRewardManager / default_compute_score signature)."""
    return compute_score_batch([data_source], [solution_str], [ground_truth], [extra_info])[0]


if __name__ == "__main__":
    # Smoke test: python3 quarkmed_reward.py '<ground_truth spec>' '<solution>' [data_source]
    if len(sys.argv) < 3:
        print(__doc__)
        sys.exit(2)
    src = sys.argv[3] if len(sys.argv) > 3 else "quarkmed"
    print(json.dumps(compute_score(src, sys.argv[2], sys.argv[1]), ensure_ascii=False))

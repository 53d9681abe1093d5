"""Posts to a running `quarkmed reward serve` exactly as OpenRLHF's remote reward client does, and reads the
answer the way OpenRLHF does (Python json → lists → torch.tensor). No OpenRLHF or torch install needed.

  python3 mimic_openrlhf.py <mode> <cases.json> <url> [<url> …]

mode:
  per-sample   OpenRLHF >= 0.9.1 (SingleTurnAgentExecutor._fetch_rewards_via_http in openrlhf/utils/agent.py,
               SingleTurnRewardedExecutor in openrlhf/utils/rollout.py): one request per sample; with N URLs the
               sample is split ceil(1/N) per URL, so every URL but the first receives empty lists, and only the
               first URL's answer is read. A new connection per request (aiohttp.ClientSession per call,
               ClientTimeout(total=180)), body = json.dumps (ASCII escapes). Newer clients skip empty shards and
               reject an answer whose rewards do not match the queries in number ("malformed rewards").
  batch        OpenRLHF < 0.9.1 (remote_rm_fn_ray): the whole batch split evenly across the URLs.

cases.json: [{"query", "prompt", "label"}]. Prints per-request statuses and bodies' types, and the dtype
torch.tensor would infer for rewards and scores ("float32" only when every element is a Python float).
"""

import json
import sys
import urllib.error
import urllib.request


def post(url, payload):
    data = json.dumps(payload).encode("utf-8")  # aiohttp/requests json=: json.dumps, ensure_ascii=True
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"}, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=180) as resp:  # aiohttp.ClientTimeout(total=180)
            return resp.status, json.loads(resp.read().decode("utf-8"))
    except urllib.error.HTTPError as err:  # OpenRLHF logs only "400, message='Bad Request'"; we keep the body
        return err.code, err.read().decode("utf-8", "replace")


def tensor_dtype(values):
    # torch.tensor on a list: all bool → bool, any float → float32, else (all int) → int64.
    if not isinstance(values, list):
        return "not-a-list"
    if not values:
        return "float32"  # torch.tensor([]) is float32
    if all(isinstance(v, bool) for v in values):
        return "bool"
    if any(isinstance(v, float) for v in values):
        return "float32" if all(isinstance(v, float) for v in values) else "mixed"
    return "int64"


def split(items, urls):
    n = len(urls)
    size = (len(items) + n - 1) // n if items else 0
    return [(urls[i], items[i * size : (i + 1) * size] if size else []) for i in range(n)]


def ask(url, chunk):
    status, body = post(url, {"query": [c["query"] for c in chunk], "prompts": [c["prompt"] for c in chunk], "labels": [c["label"] for c in chunk]})
    rec = {"url": url, "n": len(chunk), "status": status}
    if status == 200:
        rec["rewards"] = body.get("rewards")
        # The client reads scores, falling back to rewards when scores is absent.
        rec["scores"] = body.get("scores") if body.get("scores") is not None else body.get("rewards")
        # tests/test_remote_rm_http.py (d4ef67f5): a rewards list of another length than the queries is an error.
        rec["malformed"] = not isinstance(body.get("rewards"), list) or len(body["rewards"]) != len(chunk)
        rec["rewards_dtype"] = tensor_dtype(body.get("rewards"))
        rec["scores_dtype"] = tensor_dtype(body.get("scores"))
        rec["extra_logs_dtypes"] = {k: tensor_dtype(v) for k, v in (body.get("extra_logs") or {}).items()}
        rec["extra_logs_lengths"] = {k: len(v) for k, v in (body.get("extra_logs") or {}).items()}
    else:
        rec["body"] = body
    return rec


def main():
    mode, cases_path, urls = sys.argv[1], sys.argv[2], sys.argv[3:]
    cases = json.load(open(cases_path))
    requests = []
    if mode == "per-sample":
        for c in cases:
            for url, chunk in split([c], urls):
                requests.append(ask(url, chunk))
    elif mode == "batch":
        for url, chunk in split(cases, urls):
            requests.append(ask(url, chunk))
    else:
        raise SystemExit("unknown mode %s" % mode)
    print(json.dumps({"requests": requests}))


if __name__ == "__main__":
    main()

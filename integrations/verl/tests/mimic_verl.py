"""Calls integrations/verl/quarkmed_reward.py exactly the way verl's reward managers do (no verl install needed).

  python3 mimic_verl.py <mode> <cases.json>

mode:
  loader-check      load the shim like verl's get_custom_reward_fn (file path, module "custom_module", with and
                    without the sys.modules registration newer verl adds) and pickle its functions
  reward-loop       verl >= 0.7 default loop, `naive` manager: one keyword call per sample through
                    loop.run_in_executor(None, …) on a 4-thread default executor, dict-or-float result handling,
                    then RewardLoopManager.compute_rm_score's gathering (float32 scores, extra keys of item 0);
                    naive, process and remote write num_turns (a numpy int) and rollout_reward_scores into
                    extra_info before the call
  reward-loop-dapo  the loop's `dapo` manager: the same call plus strict_box_verify=, extra_info untouched
  reward-loop-process  the loop's `process` / `remote` managers (same call shape as naive)
  prime-fork        legacy `prime` manager: positional fn(task, completion, reference, extra_info) in a
  prime-spawn       ProcessPoolExecutor (fork / spawn start method), float(result) or float(result[0])
  batch             `batch` manager: keyword call with numpy object arrays (emulated when numpy is absent)

cases.json: [{"data_source", "solution", "ground_truth", "extra_info"}]. Prints one JSON object: scores, the
extra info the manager would log, and every error the manager would have swallowed (prime turns them into 0).
"""

import asyncio
import functools
import importlib.util
import json
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

SHIM = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "quarkmed_reward.py")


def _call_with_kwargs(raw_fn, extra_kwargs, *args, **kwargs):
    # verl.trainer.ppo.reward._call_with_kwargs: reward_kwargs from the config are merged into every call.
    return raw_fn(*args, **{**kwargs, **extra_kwargs})


def load_like_verl(name, register):
    """verl's get_custom_reward_fn. register=False / True: verl/trainer/ppo/reward.py's
    spec_from_file_location("custom_module", path), older releases without and newer with
    sys.modules["custom_module"] set before exec_module. register="hashed": verl-project's
    verl/utils/import_utils.py load_module (via load_extern_object), which names the module
    "custom_module_<hash(abspath)>", registers it before exec_module and hands back an already loaded one.
    The function is wrapped in partial(_call_with_kwargs, raw_fn, reward_kwargs)."""
    module_name = "custom_module_%d" % hash(os.path.abspath(SHIM)) if register == "hashed" else "custom_module"
    if register == "hashed" and module_name in sys.modules:
        module = sys.modules[module_name]
    else:
        spec = importlib.util.spec_from_file_location(module_name, SHIM)
        module = importlib.util.module_from_spec(spec)
        if register:
            sys.modules[module_name] = module
        spec.loader.exec_module(module)
    raw_fn = getattr(module, name)
    return functools.partial(_call_with_kwargs, raw_fn, {})


def numpy_object_array(values):
    try:
        import numpy as np
    except ImportError:  # numpy absent: a minimal stand-in with the parts the shim touches (iteration, tolist)
        class _Arr(list):
            def tolist(self):
                return list(self)
        return _Arr(values), False
    arr = np.empty(len(values), dtype=object)
    for i, v in enumerate(values):
        arr[i] = v
    return arr, True


def reward_loop(cases, manager="naive"):
    """verl/experimental/reward_loop/reward_manager/{naive,dapo,process,remote}.py run_single, then
    reward_loop.py RewardLoopManager.compute_rm_score. The router keywords (reward_router_address,
    reward_model_tokenizer) are passed only when a reward model router exists, so not here."""
    fn = load_like_verl("compute_score", register="hashed")  # the reward loop's loader in verl-project
    errors = []
    try:
        import numpy as np
    except ImportError:
        np = None

    def kwargs_for(c):
        extra_info = dict(c.get("extra_info") or {})
        kw = {}
        if manager == "dapo":
            kw = {"strict_box_verify": False}
        else:  # naive (verl-project 247f1ac2), process, remote
            # non_tensor_batch["__num_turns__"] is a numpy int array, so the item is a numpy scalar.
            extra_info["num_turns"] = np.int64(2) if np is not None else 2
            extra_info["rollout_reward_scores"] = {}
        return dict(data_source=c["data_source"], solution_str=c["solution"], ground_truth=c["ground_truth"], extra_info=extra_info, **kw)

    async def run():
        loop = asyncio.get_running_loop()
        loop.set_default_executor(ThreadPoolExecutor(max_workers=4))

        async def run_single(c):
            kw = kwargs_for(c)
            try:
                result = await loop.run_in_executor(None, lambda: fn(**kw))
            except Exception as e:  # the loop would propagate this; we record it
                errors.append("%s: %s" % (type(e).__name__, e))
                return None, {}
            if isinstance(result, dict):
                return result["score"], {k: v for k, v in result.items()}
            return result, {"acc": result}

        return await asyncio.gather(*[run_single(c) for c in cases])

    out = asyncio.run(run())
    scores = [s for s, _ in out]
    extra = [e for _, e in out]
    # compute_rm_score: torch.tensor(scores, dtype=float32) and, per key of item 0, np.array over every item.
    if not errors:
        try:
            for s in scores:
                if isinstance(s, (dict, list, str)) or s is None:
                    raise TypeError("score %r cannot become a float32 tensor element" % (s,))
                float(s)
            for key in list(extra[0].keys()) if extra else []:
                [info[key] for info in extra]
        except Exception as e:
            errors.append("compute_rm_score %s: %s" % (type(e).__name__, e))
    return {"scores": scores, "extra": extra, "errors": errors}


def prime(cases, method):
    fn = load_like_verl("compute_score", register=False)
    errors = []
    ctx = multiprocessing.get_context(method)

    async def run():
        loop = asyncio.get_running_loop()
        with ProcessPoolExecutor(max_workers=3, mp_context=ctx) as executor:

            async def single(c):
                try:
                    fut = loop.run_in_executor(
                        executor, functools.partial(fn, c["data_source"], c["solution"], c["ground_truth"], c.get("extra_info"))
                    )
                    return await asyncio.wait_for(fut, timeout=300.0)  # prime.py single_compute_score
                except Exception as e:  # verl prints "[Error] Task failed" and returns None → 0.0
                    errors.append("%s: %s" % (type(e).__name__, e))
                    return None

            return await asyncio.gather(*[single(c) for c in cases])

    results = asyncio.run(run())
    scores = []
    for r in results:
        try:
            if r is None:
                scores.append(0.0)
            elif isinstance(r, (int, float, bool)):
                scores.append(float(r))
            else:
                scores.append(float(r[0]))
        except Exception as e:  # verl: "Unexpected error during scoring. Setting all as 0."
            errors.append("%s: %s" % (type(e).__name__, e))
            scores = [0.0] * len(results)
            break
    return {"scores": scores, "errors": errors}


def batch(cases):
    fn = load_like_verl("compute_score_batch", register=True)
    data_sources, real_numpy = numpy_object_array([c["data_source"] for c in cases])
    extra_infos, _ = numpy_object_array([c.get("extra_info") for c in cases])
    errors = []
    try:
        result = fn(
            data_sources=data_sources,
            solution_strs=[c["solution"] for c in cases],
            ground_truths=[c["ground_truth"] for c in cases],
            extra_infos=extra_infos,
        )
    except Exception as e:
        errors.append("%s: %s" % (type(e).__name__, e))
        result = []
    scores = [r["score"] if isinstance(r, dict) else float(r) for r in result]
    return {"scores": scores, "numpy": real_numpy, "errors": errors}


def loader_check():
    import pickle

    out = {}
    # "hashed" twice: the second load gets the module already in sys.modules (another worker, the validation step).
    for label, register in (("False", False), ("True", True), ("hashed", "hashed"), ("hashed-again", "hashed")):
        fn = load_like_verl("compute_score", register)
        raw = fn.args[0]
        try:
            pickle.loads(pickle.dumps(fn))
            out["register=%s" % label] = "ok:" + raw.__module__
        except Exception as e:
            out["register=%s" % label] = "%s: %s" % (type(e).__name__, e)
    return out


def main():
    mode = sys.argv[1]
    cases = json.load(open(sys.argv[2])) if len(sys.argv) > 2 else []
    if mode == "loader-check":
        out = loader_check()
    elif mode == "reward-loop":
        out = reward_loop(cases)
    elif mode in ("reward-loop-dapo", "reward-loop-process"):
        out = reward_loop(cases, mode.split("-")[-1])
    elif mode in ("prime-fork", "prime-spawn"):
        out = prime(cases, mode.split("-")[1])
    elif mode == "batch":
        out = batch(cases)
    else:
        raise SystemExit("unknown mode %s" % mode)
    print(json.dumps(out, ensure_ascii=False, default=float))


if __name__ == "__main__":
    main()

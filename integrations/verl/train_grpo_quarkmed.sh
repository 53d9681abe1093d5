#!/usr/bin/env bash
# GRPO on verl with QuarkMed rewards (32 rollouts per prompt by default, as in the QuarkMed report's RL stage 1).
# Extra Hydra overrides given as arguments are appended (e.g. trainer.total_epochs=2).
# Prerequisites: `quarkmed rl build … --format verl --out data/rl` and a running `quarkmed reward serve`.
#
# verl's reward managers changed at 0.7 and its reward config moved under `reward.` at 0.8 (README.md has the matrix):
#   >= 0.8   reward.custom_reward_function.{path,name} and reward.reward_manager.name (verl/trainer/config/reward/
#            reward.yaml); the old top-level keys only work while main_ppo still calls migrate_legacy_reward_impl
#   0.7.x    default reward loop: naive manager, per-sample keyword calls → compute_score (keep-alive HTTP)
#   <= 0.6   legacy managers: batch manager → compute_score_batch (one request per rollout batch)
# The version is read from the installed package or VERL_VERSION. DRY_RUN=1 prints the command.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
POLICY=${POLICY:-Qwen/Qwen2.5-7B-Instruct}
DATA=${DATA:-data/rl}
GPUS=${GPUS:-8}
# Stage 1 of the report: 32 rollouts; stage 2 (reward models + principles) uses ROLLOUT_N=8 KL_COEF=0.01.
ROLLOUT_N=${ROLLOUT_N:-32}
KL_COEF=${KL_COEF:-0.001}
export QUARKMED_REWARD_URL=${QUARKMED_REWARD_URL:-http://127.0.0.1:8300}

if [[ -z "${VERL_VERSION:-}" ]]; then
  VERL_VERSION=$(python3 -c 'import importlib.metadata as m; print(m.version("verl"))' 2>/dev/null || true)
fi
VERL_VERSION=${VERL_VERSION:-0.7.0}
version_ge() { [[ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" == "$2" ]]; }

SHIM="${HERE}/quarkmed_reward.py"  # absolute: verl's reward workers are Ray actors, not started in this folder
if version_ge "$VERL_VERSION" 0.8.0; then
  REWARD=(reward.reward_manager.name=naive reward.custom_reward_function.path="${SHIM}" reward.custom_reward_function.name=compute_score)
elif version_ge "$VERL_VERSION" 0.7.0; then
  REWARD=(reward_model.reward_manager=naive custom_reward_function.path="${SHIM}" custom_reward_function.name=compute_score)
else
  REWARD=(reward_model.reward_manager=batch custom_reward_function.path="${SHIM}" custom_reward_function.name=compute_score_batch)
fi

CMD=(python3 -m verl.trainer.main_ppo
  algorithm.adv_estimator=grpo
  data.train_files="${DATA}/train.parquet" data.val_files="${DATA}/val.parquet"
  data.train_batch_size=256 data.max_prompt_length=2048 data.max_response_length=4096
  actor_rollout_ref.model.path="${POLICY}"
  actor_rollout_ref.rollout.name=vllm actor_rollout_ref.rollout.n="${ROLLOUT_N}"
  actor_rollout_ref.actor.use_kl_loss=True actor_rollout_ref.actor.kl_loss_coef="${KL_COEF}"
  "${REWARD[@]}"
  trainer.n_gpus_per_node="${GPUS}" trainer.nnodes=1
  "$@")

if [[ "${DRY_RUN:-0}" == "1" ]]; then
  printf '%q ' "${CMD[@]}"
  printf '\n'
  exit 0
fi

curl -fsS "${QUARKMED_REWARD_URL}/health" > /dev/null || { echo "reward service not reachable at ${QUARKMED_REWARD_URL}" >&2; exit 1; }
echo "verl ${VERL_VERSION}: ${REWARD[*]}" >&2
exec "${CMD[@]}"

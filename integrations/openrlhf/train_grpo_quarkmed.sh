#!/usr/bin/env bash
# GRPO on OpenRLHF with QuarkMed verifiable rewards (32 rollouts per prompt, as in the QuarkMed report).
# Prerequisites: `quarkmed rl build … --format openrlhf --out data/rl` and a running `quarkmed reward serve`.
#
# OpenRLHF renamed its flags twice; this script writes the set your version accepts (README.md has the matrix):
#   >= 0.10.2        namespaced: --reward.remote_url, --data.prompt_dataset, --rollout.n_samples_per_prompt, …
#   0.9.8 – 0.10.1   flat, --max_new_tokens / --max_len (--prompt_max_len / --generate_max_len removed), no --bf16
#   0.9.2 – 0.9.7    flat, --prompt_max_len / --generate_max_len, --param_dtype bf16 (--bf16 removed)
#   0.8 – 0.9.1      flat, --bf16
# The version is read from the installed package (python3 -m pip show openrlhf) or OPENRLHF_VERSION.
# DRY_RUN=1 prints the command instead of submitting it.
set -euo pipefail

POLICY=${POLICY:-Qwen/Qwen2.5-7B-Instruct}
PROMPTS=${PROMPTS:-data/rl/train.openrlhf.jsonl}
REWARD_URL=${REWARD_URL:-http://127.0.0.1:8300/openrlhf}
SAVE=${SAVE:-checkpoints/quarkmed-grpo}
GPUS=${GPUS:-8}
PROMPT_LEN=${PROMPT_LEN:-2048}
NEW_TOKENS=${NEW_TOKENS:-4096}

if [[ -z "${OPENRLHF_VERSION:-}" ]]; then
  OPENRLHF_VERSION=$(python3 -c 'import importlib.metadata as m; print(m.version("openrlhf"))' 2>/dev/null || true)
fi
OPENRLHF_VERSION=${OPENRLHF_VERSION:-0.11.0}

# version_ge A B: A >= B for dotted versions (0.10.2 > 0.9.8).
version_ge() { [[ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" == "$2" ]]; }

if version_ge "$OPENRLHF_VERSION" 0.10.2; then
  FLAGS=(
    --ref.num_nodes 1 --ref.num_gpus_per_node "${GPUS}"
    --actor.num_nodes 1 --actor.num_gpus_per_node "${GPUS}"
    --vllm.num_engines "${GPUS}" --vllm.tensor_parallel_size 1
    --train.colocate_all --vllm.gpu_memory_utilization 0.6 --vllm.enable_sleep --ds.enable_sleep
    --actor.model_name_or_path "${POLICY}"
    --reward.remote_url "${REWARD_URL}"
    --data.prompt_dataset "${PROMPTS}"
    --data.input_key prompt
    --data.label_key label
    --data.apply_chat_template
    --algo.advantage.estimator group_norm
    --rollout.n_samples_per_prompt 32
    --rollout.batch_size 256
    --rollout.micro_batch_size 8
    --train.batch_size 1024
    --train.micro_batch_size 2
    --algo.dynamic_filtering_enable
    --algo.dynamic_filtering_range 0 1
    --rollout.max_new_tokens "${NEW_TOKENS}"
    --data.max_len $((PROMPT_LEN + NEW_TOKENS))
    --train.max_epochs 1
    --train.num_episodes 1
    --ds.zero_stage 3
    --ds.param_dtype bf16
    --actor.adam.lr 1e-6
    --algo.kl.init_coef 1e-3
    --algo.kl.use_loss
    --algo.kl.estimator k3
    --actor.gradient_checkpointing_enable
    --ds.packing_samples
    --ckpt.output_dir "${SAVE}"
  )
else
  FLAGS=(
    --ref_num_nodes 1 --ref_num_gpus_per_node "${GPUS}"
    --actor_num_nodes 1 --actor_num_gpus_per_node "${GPUS}"
    --vllm_num_engines "${GPUS}" --vllm_tensor_parallel_size 1
    --colocate_all_models --vllm_gpu_memory_utilization 0.6
    --pretrain "${POLICY}"
    --remote_rm_url "${REWARD_URL}"
    --prompt_data "${PROMPTS}"
    --input_key prompt
    --label_key label
    --apply_chat_template
    --advantage_estimator group_norm
    --n_samples_per_prompt 32
    --rollout_batch_size 256
    --micro_rollout_batch_size 8
    --train_batch_size 1024
    --micro_train_batch_size 2
    --dynamic_filtering
    --dynamic_filtering_reward_range 0 1
    --max_epochs 1
    --num_episodes 1
    --zero_stage 3
    --actor_learning_rate 1e-6
    --init_kl_coef 1e-3
    --use_kl_loss
    --kl_estimator k3
    --gradient_checkpointing
    --packing_samples
    --save_path "${SAVE}"
  )
  if version_ge "$OPENRLHF_VERSION" 0.9.8; then
    FLAGS+=(--max_new_tokens "${NEW_TOKENS}" --max_len $((PROMPT_LEN + NEW_TOKENS)))
  else
    FLAGS+=(--prompt_max_len "${PROMPT_LEN}" --generate_max_len "${NEW_TOKENS}")
  fi
  if version_ge "$OPENRLHF_VERSION" 0.9.2; then
    FLAGS+=(--param_dtype bf16)
  else
    FLAGS+=(--bf16)
  fi
fi

CMD=(ray job submit --address="http://127.0.0.1:8265" --runtime-env-json='{"working_dir": "."}' -- python3 -m openrlhf.cli.train_ppo_ray "${FLAGS[@]}")

if [[ "${DRY_RUN:-0}" == "1" ]]; then
  printf '%q ' "${CMD[@]}"
  printf '\n'
  exit 0
fi

# Fail early if the reward service is not up (it answers GET /health).
curl -fsS "${REWARD_URL%/openrlhf}/health" > /dev/null || { echo "reward service not reachable at ${REWARD_URL}" >&2; exit 1; }
echo "OpenRLHF ${OPENRLHF_VERSION}: submitting GRPO with QuarkMed rewards from ${REWARD_URL}" >&2
exec "${CMD[@]}"

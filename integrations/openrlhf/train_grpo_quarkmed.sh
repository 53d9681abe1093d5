#!/usr/bin/env bash
# GRPO on OpenRLHF with QuarkMed verifiable rewards (32 rollouts per prompt, as in the QuarkMed report).
# Prerequisites: `quarkmed rl build … --format openrlhf --out data/rl` and a running `quarkmed reward serve`.
set -euo pipefail

POLICY=${POLICY:-Qwen/Qwen2.5-7B-Instruct}
PROMPTS=${PROMPTS:-data/rl/train.openrlhf.jsonl}
REWARD_URL=${REWARD_URL:-http://127.0.0.1:8300/openrlhf}
SAVE=${SAVE:-checkpoints/quarkmed-grpo}
GPUS=${GPUS:-8}

# Fail early if the reward service is not up (it answers GET /health).
curl -fsS "${REWARD_URL%/openrlhf}/health" > /dev/null || { echo "reward service not reachable at ${REWARD_URL}" >&2; exit 1; }

ray job submit --address="http://127.0.0.1:8265" \
  --runtime-env-json='{"working_dir": "."}' \
  -- python3 -m openrlhf.cli.train_ppo_ray \
  --ref_num_nodes 1 --ref_num_gpus_per_node "${GPUS}" \
  --actor_num_nodes 1 --actor_num_gpus_per_node "${GPUS}" \
  --vllm_num_engines "${GPUS}" --vllm_tensor_parallel_size 1 \
  --colocate_all_models --vllm_gpu_memory_utilization 0.6 \
  --pretrain "${POLICY}" \
  --remote_rm_url "${REWARD_URL}" \
  --prompt_data "${PROMPTS}" \
  --input_key prompt \
  --label_key label \
  --apply_chat_template \
  --advantage_estimator group_norm \
  --n_samples_per_prompt 32 \
  --rollout_batch_size 256 \
  --train_batch_size 1024 \
  --micro_train_batch_size 2 \
  --micro_rollout_batch_size 8 \
  --dynamic_filtering \
  --dynamic_filtering_reward_range 0 1 \
  --prompt_max_len 2048 \
  --generate_max_len 4096 \
  --max_epochs 1 \
  --num_episodes 1 \
  --zero_stage 3 \
  --bf16 \
  --actor_learning_rate 1e-6 \
  --init_kl_coef 1e-3 \
  --use_kl_loss \
  --kl_estimator k3 \
  --gradient_checkpointing \
  --packing_samples \
  --save_path "${SAVE}"

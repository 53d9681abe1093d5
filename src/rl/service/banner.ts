// What `quarkmed reward serve` prints on start: the exact trainer flags for the current releases, with the older
// spellings, so a user copies a line that works with the version they run (integrations/*/README.md has the matrix).

/** The start-up banner for a service listening on `url` (e.g. http://127.0.0.1:8300). */
export function rewardServeBanner(url: string): string {
  const base = url.replace(/\/+$/, '');
  return [
    `quarkmed reward service on ${base}`,
    `  OpenRLHF >= 0.10.2 : --reward.remote_url ${base}/openrlhf --data.label_key label --data.input_key prompt --data.apply_chat_template`,
    `  OpenRLHF 0.8-0.10.1: --remote_rm_url ${base}/openrlhf --label_key label --input_key prompt --apply_chat_template`,
    `  verl >= 0.7        : QUARKMED_REWARD_URL=${base} reward_model.reward_manager=naive custom_reward_function.path=integrations/verl/quarkmed_reward.py custom_reward_function.name=compute_score`,
    `  verl <= 0.6        : QUARKMED_REWARD_URL=${base} reward_model.reward_manager=batch custom_reward_function.name=compute_score_batch (0.7: also reward_model.use_reward_loop=False)`,
    '  rejected requests are logged here with their reason (trainers log only the HTTP status)',
  ].join('\n');
}

// Worker tasks for src/retrieval/search-pool-tasks.test.ts (plain JS: a worker imports it without tsx).
// `hold` waits until the test flips the shared flag, so saturation is reached without timing anything.
export const workerTasks = {
  async echo(retriever, payload) {
    const hits = await retriever.search(payload.query, { k: 1 });
    return { titles: hits.map((h) => h.title) };
  },
  async hold(_retriever, payload) {
    const flag = new Int32Array(payload.flag);
    while (Atomics.load(flag, 0) === 0) await Atomics.waitAsync(flag, 0, 0).value;
    return 'released';
  },
  async fail() {
    throw new Error('task failed on purpose');
  },
};

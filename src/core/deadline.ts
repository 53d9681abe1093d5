// One deadline for any timed work (a model call, a streamed answer, an HTTP request): a restartable timer, an
// AbortSignal that also follows a parent signal (client gone, caller cancelled), and a typed timeout error that
// `run`/`next` reject with even when the work below ignores its signal.

export interface Deadline {
  readonly signal: AbortSignal;
  /** True once the timer fired (as opposed to the parent aborting). */
  readonly timedOut: boolean;
  /** Restart the timer: each streamed part proves the other side is alive (an idle timeout for streams). */
  touch(): void;
  /** Race a promise against the deadline. */
  run<T>(work: Promise<T>): Promise<T>;
  /** Pull the next item of an iterator against the deadline; each item re-arms it. */
  next<T>(it: AsyncIterator<T>): Promise<IteratorResult<T>>;
  dispose(): void;
}

export interface DeadlineOptions {
  timeoutMs: number;
  parent?: AbortSignal;
  /** The error a timeout aborts with; `phase` says what was being waited for. */
  onTimeout?: (phase: string) => Error;
  /** Phase named before the first item / after it (defaults: 'answer', 'waiting for the next streamed part'). */
  phases?: { first: string; rest: string };
}

export function createDeadline(o: DeadlineOptions): Deadline {
  const controller = new AbortController();
  const phases = o.phases ?? { first: 'answer', rest: 'waiting for the next streamed part' };
  let phase = phases.first;
  let timedOut = false;
  let rejectTimeout: (err: Error) => void = () => {};
  const timeout = new Promise<never>((_, reject) => {
    rejectTimeout = reject;
  });
  timeout.catch(() => {});
  const fire = () => {
    // A caller that already aborted (client gone) is not a timeout.
    if (controller.signal.aborted) return;
    timedOut = true;
    const err = o.onTimeout?.(phase) ?? new Error(`timed out after ${o.timeoutMs} ms (${phase})`);
    controller.abort(err);
    rejectTimeout(err);
  };
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    if (controller.signal.aborted) return;
    clearTimeout(timer);
    timer = setTimeout(fire, o.timeoutMs);
    timer.unref();
  };
  const onParent = () => controller.abort(o.parent?.reason);
  if (o.parent?.aborted) controller.abort(o.parent.reason);
  else o.parent?.addEventListener('abort', onParent, { once: true });
  arm();
  return {
    signal: controller.signal,
    get timedOut() {
      return timedOut;
    },
    touch: arm,
    run: (work) => Promise.race([work, timeout]),
    async next(it) {
      const r = await Promise.race([it.next(), timeout]);
      // Only once something arrived is the wait "for the next part"; a silent start keeps the first phase's name.
      phase = phases.rest;
      arm();
      return r;
    },
    dispose() {
      clearTimeout(timer);
      o.parent?.removeEventListener('abort', onParent);
    },
  };
}

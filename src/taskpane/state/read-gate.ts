/**
 * At most one read of the draft in flight (issue 12). `run` starts a read now or, while one runs, once
 * more right after it — however often it is asked meanwhile (the latest task wins). `tryRun` starts a
 * read only when none runs. Tasks report their own errors; the gate's promises never reject.
 */
export interface ReadGate {
  readonly busy: boolean;
  run(task: () => Promise<void>): Promise<void>;
  tryRun(task: () => Promise<void>): Promise<void> | null;
}

export function createReadGate(): ReadGate {
  let busy = false;
  let queued: { task: () => Promise<void>; done: Promise<void>; resolve: () => void } | null = null;

  async function drive(task: () => Promise<void>): Promise<void> {
    busy = true;
    try {
      await task();
    } catch {
      // the task has reported it
    }
    // Hand over without a gap: the queued read starts before anyone can see the gate free.
    const q = queued;
    if (q) {
      queued = null;
      void drive(q.task).then(q.resolve);
    } else {
      busy = false;
    }
  }

  return {
    get busy() {
      return busy;
    },
    run(task) {
      if (!busy) return drive(task);
      if (queued) {
        queued.task = task;
        return queued.done;
      }
      let resolve!: () => void;
      const done = new Promise<void>((r) => (resolve = r));
      queued = { task, done, resolve };
      return done;
    },
    tryRun(task) {
      return busy ? null : drive(task);
    },
  };
}

import { AsyncLocalStorage } from 'node:async_hooks';

/** What the current request (or job) is, for the audit log and the logs. */
export interface RequestContextStore {
  requestId?: string;
  userId?: string;
  /** Human label of who acts: an e-mail, "system", "worker:<job>". */
  actor?: string;
  ip?: string;
  /** the request's `Idempotency-Key`, with a fingerprint of what it asked for */
  idempotency?: { key: string; fingerprint: string; replayed?: boolean };
}

const storage = new AsyncLocalStorage<RequestContextStore>();

export const RequestContext = {
  run<T>(store: RequestContextStore, fn: () => T): T {
    return storage.run(store, fn);
  },
  current(): RequestContextStore {
    return storage.getStore() ?? {};
  },
  /** Mutates the store of the running request (the auth guard sets the user here). */
  assign(values: Partial<RequestContextStore>): void {
    const store = storage.getStore();
    if (store) Object.assign(store, values);
  },
};

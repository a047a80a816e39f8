import type { CopiedTable, CopyState } from './copy-state';
import type { Change, CopyLoad, CopyRows, SecondCopyEngine } from './engine';
import type { Marker } from './marker';

/** The second copy as the app calls it, whether it lives in a worker or on the main thread. */
export type CopyPort = {
  kind: 'worker' | 'main-thread';
  load: () => Promise<CopyLoad>;
  append: (changes: Change[]) => Promise<Marker>;
  replaceAll: (input: {
    rows: CopyRows;
    keys: Record<CopiedTable, string[]>;
    at: string;
  }) => Promise<Marker>;
  contents: () => Promise<CopyState>;
};

type Method = 'load' | 'append' | 'replaceAll' | 'contents';
/** One call to the worker; the worker answers with the same id. */
export type CopyCall = { id: number; method: Method; arg?: unknown };
export type CopyReply = { id: number; value?: unknown; error?: string };

/** The port of an engine on this thread. */
export function enginePort(engine: SecondCopyEngine): CopyPort {
  return {
    kind: 'main-thread',
    load: () => engine.load(),
    append: (changes) => engine.append(changes),
    replaceAll: (input) => engine.replaceAll(input),
    contents: () => engine.contents(),
  };
}

/** Answers calls from the main thread with the engine (the worker's side). */
export async function answerCall(
  engine: SecondCopyEngine | undefined,
  call: CopyCall,
): Promise<CopyReply> {
  try {
    if (!engine) throw new Error('no-sync-access-handle');
    const port = enginePort(engine);
    const value =
      call.method === 'append'
        ? await port.append(call.arg as Change[])
        : call.method === 'replaceAll'
          ? await port.replaceAll(call.arg as Parameters<CopyPort['replaceAll']>[0])
          : await port[call.method]();
    return { id: call.id, value };
  } catch (error) {
    return { id: call.id, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The port of an engine in a worker; calls are answered in the order they were made. */
export function workerPort(worker: Worker): CopyPort {
  let nextId = 1;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  worker.onmessage = (event: MessageEvent<CopyReply>) => {
    const call = waiting.get(event.data.id);
    waiting.delete(event.data.id);
    if (event.data.error !== undefined) call?.reject(new Error(event.data.error));
    else call?.resolve(event.data.value);
  };
  worker.onerror = () => {
    for (const call of waiting.values()) call.reject(new Error('second copy worker failed'));
    waiting.clear();
  };
  function call<T>(method: Method, arg?: unknown): Promise<T> {
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      waiting.set(id, { resolve: (v) => resolve(v as T), reject });
      worker.postMessage({ id, method, arg } satisfies CopyCall);
    });
  }
  return {
    kind: 'worker',
    load: () => call('load'),
    append: (changes) => call('append', changes),
    replaceAll: (input) => call('replaceAll', input),
    contents: () => call('contents'),
  };
}

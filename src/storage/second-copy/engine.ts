import {
  applyRecords,
  copiedTables,
  emptyCopyState,
  type ChangeRecord,
  type CopiedTable,
  type CopyState,
} from './copy-state';
import { encodeRecords, readJournal } from './journal';
import { markerOf, parseMarker, type Marker } from './marker';
import { encodeSnapshot, readSnapshot } from './snapshot';

export type CopyFileName = 'journal' | 'snapshot-a' | 'snapshot-b' | 'marker';

/** Where the copy's bytes go: OPFS in the browser (sync access handles or writable streams), memory in tests. */
export type CopyFiles = {
  read: (name: CopyFileName) => Promise<Uint8Array | null>;
  /** resolves once the bytes are on disk */
  append: (name: CopyFileName, bytes: Uint8Array) => Promise<void>;
  replace: (name: CopyFileName, bytes: Uint8Array) => Promise<void>;
  size: (name: CopyFileName) => Promise<number>;
  /** runs the job while no other tab touches the files (a Web Lock in the browser) */
  exclusive: <T>(job: () => Promise<T>) => Promise<T>;
};

/** A change before the journal numbers it. */
export type Change = ChangeRecord extends infer R
  ? R extends ChangeRecord
    ? Omit<R, 'seq'>
    : never
  : never;

/** What reading the copy at start found. */
export type CopyLoad = {
  marker: Marker;
  /** the marker file as found before this start, `null` when there was none */
  storedMarker: string | null;
  badRecords: number;
  cutOff: number;
  /** a snapshot file was there but did not read */
  badSnapshots: number;
  /** journal records that were read */
  journalRecords: number;
};

export type CopyRows = Record<CopiedTable, unknown[]>;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The second copy: a snapshot (two slots, written in turn so one whole one is always there) plus an
 * append-only journal of changes since. Calls run one after another in the order they were made.
 */
export class SecondCopyEngine {
  private state: CopyState = emptyCopyState();
  private journalRecords = 0;
  private snapshotSlot: 'snapshot-a' | 'snapshot-b' = 'snapshot-a';
  private queue: Promise<unknown> = Promise.resolve();
  /** what this tab last saw on disk; another tab's write changes it, and then the copy is read again */
  private seen: { journalBytes: number; markerSeq: number | undefined } | undefined;

  constructor(
    private readonly files: CopyFiles,
    private readonly compactEvery = 400,
  ) {}

  private run<T>(job: () => Promise<T>): Promise<T> {
    const guarded = () =>
      this.files.exclusive(async () => {
        if (this.seen) await this.readAgainIfChanged();
        const result = await job();
        this.seen = {
          journalBytes: await this.files.size('journal'),
          markerSeq: this.state.seq,
        };
        return result;
      });
    const next = this.queue.then(guarded, guarded);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Reads snapshot and journal; a damaged copy is compacted at once so new records follow whole lines. */
  load(): Promise<CopyLoad> {
    return this.run(async () => {
      const read = await this.read();
      const markerBytes = await this.files.read('marker');
      const storedMarker = markerBytes ? decoder.decode(markerBytes) : null;
      if (read.badRecords + read.cutOff > 0 || this.journalRecords >= this.compactEvery) {
        await this.compactNow();
      }
      return { marker: await this.writeMarker(), storedMarker, ...read };
    });
  }

  private async readAgainIfChanged(): Promise<void> {
    const journalBytes = await this.files.size('journal');
    const marker = await this.files.read('marker');
    const markerSeq = marker ? parseMarker(decoder.decode(marker))?.seq : undefined;
    if (journalBytes === this.seen?.journalBytes && markerSeq === this.seen.markerSeq) return;
    await this.read();
  }

  private async read() {
    const slots = await Promise.all(
      (['snapshot-a', 'snapshot-b'] as const).map(async (name) => {
        const bytes = await this.files.read(name);
        return {
          name,
          bytes,
          state: bytes && bytes.length > 0 ? readSnapshot(bytes) : undefined,
        };
      }),
    );
    const badSnapshots = slots.filter((s) => s.bytes && s.bytes.length > 0 && !s.state).length;
    const best = slots
      .filter((s) => s.state)
      .sort((a, b) => (b.state?.seq ?? 0) - (a.state?.seq ?? 0))[0];
    this.snapshotSlot = best?.name === 'snapshot-a' ? 'snapshot-b' : 'snapshot-a';
    const journal = readJournal((await this.files.read('journal')) ?? new Uint8Array());
    this.state = applyRecords(best?.state ?? emptyCopyState(), journal.records);
    this.journalRecords = journal.records.length;
    return {
      badRecords: journal.badRecords,
      cutOff: journal.cutOff,
      badSnapshots,
      journalRecords: journal.records.length,
    };
  }

  /** Appends changes to the journal, then the marker; resolves once both are on disk. */
  append(changes: readonly Change[]): Promise<Marker> {
    return this.run(async () => {
      const records = changes.map(
        (change, index) => ({ ...change, seq: this.state.seq + index + 1 }) as ChangeRecord,
      );
      await this.files.append('journal', encodeRecords(records));
      this.state = applyRecords(this.state, records);
      this.journalRecords += records.length;
      if (this.journalRecords >= this.compactEvery) await this.compactNow();
      return this.writeMarker();
    });
  }

  /** Replaces the whole copy by these rows (the reverse case: rebuilt from the database). */
  replaceAll(input: { rows: CopyRows; keys: Record<CopiedTable, string[]>; at: string }) {
    return this.run(async () => {
      const state = emptyCopyState();
      for (const table of copiedTables) {
        input.rows[table].forEach((row, index) => {
          state.tables[table][input.keys[table][index] ?? ''] = row;
        });
      }
      this.state = { ...state, seq: this.state.seq + 1, lastChangeAt: input.at };
      await this.compactNow();
      return this.writeMarker();
    });
  }

  /** Every row the copy holds, by table. */
  contents(): Promise<CopyState> {
    return this.run(() => Promise.resolve(this.state));
  }

  private async compactNow(): Promise<void> {
    await this.files.replace(this.snapshotSlot, encodeSnapshot(this.state));
    this.snapshotSlot = this.snapshotSlot === 'snapshot-a' ? 'snapshot-b' : 'snapshot-a';
    await this.files.replace('journal', new Uint8Array());
    this.journalRecords = 0;
  }

  private async writeMarker(): Promise<Marker> {
    const marker = markerOf(this.state);
    await this.files.replace('marker', encoder.encode(JSON.stringify(marker)));
    return marker;
  }
}

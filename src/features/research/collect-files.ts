/** Extensions the research loader reads: single JSON files and JSON Lines bundles. */
const readable = ['.json', '.jsonl', '.ndjson'];

/** Whether a file's name says it is JSON or JSON Lines. */
export function isResearchFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return readable.some((extension) => lower.endsWith(extension));
}

/** Keeps the JSON and JSON Lines files of a selection (a folder holds other things too) and counts the rest. */
export function keepResearchFiles(files: readonly File[]): { files: File[]; skipped: number } {
  const kept = files.filter((file) => isResearchFileName(file.name));
  return { files: kept, skipped: files.length - kept.length };
}

/** The name to show for a file: its path inside a chosen folder when there is one. */
export function displayName(file: File): string {
  return file.webkitRelativePath || file.name;
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

const isFileEntry = (entry: FileSystemEntry): entry is FileSystemFileEntry => entry.isFile;
const isDirectoryEntry = (entry: FileSystemEntry): entry is FileSystemDirectoryEntry =>
  entry.isDirectory;

async function filesOfEntry(entry: FileSystemEntry): Promise<File[]> {
  if (isFileEntry(entry)) {
    return new Promise((resolve, reject) => entry.file((file) => resolve([file]), reject));
  }
  if (!isDirectoryEntry(entry)) return [];
  const reader = entry.createReader();
  const all: File[] = [];
  // readEntries returns at most about 100 entries per call; read until it returns none
  for (let batch = await readEntries(reader); batch.length > 0; batch = await readEntries(reader)) {
    for (const child of batch) all.push(...(await filesOfEntry(child)));
  }
  return all;
}

/** Every file dropped, including the files inside dropped folders. */
export async function filesFromDrop(data: DataTransfer): Promise<File[]> {
  const entries = [...data.items]
    .map((item) => (item.kind === 'file' ? item.webkitGetAsEntry() : null))
    .filter((entry): entry is FileSystemEntry => entry !== null);
  if (entries.length === 0) return [...data.files];
  const nested = await Promise.all(entries.map(filesOfEntry));
  return nested.flat();
}

import type { Unreadable } from '../domain/files/file-error';
import { fileLimits } from '../domain/files/file-limits';
import { FileButton } from './FileButton';
import { readFileText } from './read-file-text';

/** A chosen file: its text, or why it could not be read as text (too large, not UTF-8). */
export type PickedFile = { name: string; text: string } | { name: string; error: Unreadable };

type Props = {
  id: string;
  label: string;
  isMultiple?: boolean;
  describedBy?: string;
  /** files of this size or more are refused before they are read; the JSON limit by default */
  maxBytes?: number;
  /** the chosen files, read as text; nothing leaves the device */
  onFiles: (files: PickedFile[]) => void;
};

/** A labelled picker for JSON files that hands over their text, and can pick the same file again. */
export function JsonFilePicker({
  id,
  label,
  isMultiple = false,
  describedBy,
  maxBytes = fileLimits.json,
  onFiles,
}: Props) {
  return (
    <FileButton
      id={id}
      label={label}
      accept=".json,application/json"
      isMultiple={isMultiple}
      describedBy={describedBy}
      onFiles={(chosen) => {
        void Promise.all(
          chosen.map(async (file): Promise<PickedFile> => {
            const read = await readFileText(file, { maxBytes });
            return read.ok
              ? { name: file.name, text: read.text }
              : { name: file.name, error: read.error };
          }),
        ).then(onFiles);
      }}
    />
  );
}

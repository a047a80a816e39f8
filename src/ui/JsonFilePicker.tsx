import { fileLimits } from '../domain/files/file-limits';
import { FileButton } from './FileButton';
import { readPickedFiles, type PickedFile } from './picked-file';

export type { PickedFile } from './picked-file';

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
      onFiles={(chosen) => void readPickedFiles(chosen, { maxBytes }).then(onFiles)}
    />
  );
}

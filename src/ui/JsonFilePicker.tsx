import { FileButton } from './FileButton';

export type PickedFile = { name: string; text: string };

type Props = {
  id: string;
  label: string;
  isMultiple?: boolean;
  describedBy?: string;
  /** the chosen files, read as text; nothing leaves the device */
  onFiles: (files: PickedFile[]) => void;
};

/** A labelled picker for JSON files that hands over their text, and can pick the same file again. */
export function JsonFilePicker({ id, label, isMultiple = false, describedBy, onFiles }: Props) {
  return (
    <FileButton
      id={id}
      label={label}
      accept=".json,application/json"
      isMultiple={isMultiple}
      describedBy={describedBy}
      onFiles={(chosen) => {
        void Promise.all(
          chosen.map(async (file) => ({ name: file.name, text: await file.text() })),
        ).then(onFiles);
      }}
    />
  );
}

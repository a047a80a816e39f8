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
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        multiple={isMultiple}
        aria-describedby={describedBy}
        onChange={(e) => {
          const chosen = [...(e.target.files ?? [])];
          e.target.value = '';
          void Promise.all(
            chosen.map(async (file) => ({ name: file.name, text: await file.text() })),
          ).then(onFiles);
        }}
      />
    </div>
  );
}

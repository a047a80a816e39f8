import { useTranslation } from 'react-i18next';
import type { InvitationFile } from '../../domain/files/invitation-file';
import { readInvitationFile } from '../../domain/files/read-file';
import { JsonFilePicker, type PickedFile } from '../../ui/JsonFilePicker';
import { useFileErrorText } from '../../ui/useFileErrorText';

type Props = {
  describedBy: string | undefined;
  onInvitation: (file: InvitationFile) => void;
  /** why the chosen file was refused, in the app's language; null when a new file is chosen */
  onError: (text: string | null) => void;
};

/**
 * Choosing the invitation file the coordinator sent, read and checked. OpenInvitationPage loads it
 * as its own chunk with the texts of file errors: a member who taps an invitation link needs neither.
 */
export function InvitationFilePicker({ describedBy, onInvitation, onError }: Props) {
  const { t } = useTranslation();
  const fileErrorText = useFileErrorText();

  function open(file: PickedFile | undefined) {
    onError(null);
    if (!file) return;
    const read =
      'error' in file ? { ok: false as const, error: file.error } : readInvitationFile(file.text);
    if (!read.ok) {
      onError(`${fileErrorText(read.error)} ${t('invitation.nothingChanged')}`);
      return;
    }
    onInvitation(read.file);
  }

  return (
    <JsonFilePicker
      id="invitation-file"
      label={t('invitation.choose')}
      describedBy={describedBy}
      onFiles={(files) => open(files[0])}
    />
  );
}

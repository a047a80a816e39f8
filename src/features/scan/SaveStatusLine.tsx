import { useTranslation } from 'react-i18next';
import { failureOf } from '../../ui/failure-kind';
import { useFailureText } from '../../ui/useFailureText';
import type { SaveStatus } from './useAnswerSaver';

type Props = {
  status: SaveStatus;
  hasUnsaved: boolean;
  onDownload: () => void;
  isReadOnly: boolean;
};

/** "Opgeslagen" after every write; a specific error, with a download of the answers, when a write fails. */
export function SaveStatusLine({ status, hasUnsaved, onDownload, isReadOnly }: Props) {
  const { t } = useTranslation();
  const failureText = useFailureText();
  return (
    <div className="save-status">
      <p
        role="status"
        aria-live="polite"
        className={status.state === 'saved' ? 'success' : 'muted'}
      >
        {isReadOnly
          ? t('fillIn.readOnlyShort')
          : status.state === 'saving'
            ? t('fillIn.saving')
            : status.state === 'saved'
              ? t('fillIn.saved')
              : status.state === 'idle'
                ? t('fillIn.autosave')
                : ''}
      </p>
      {status.state === 'error' || hasUnsaved ? (
        <div role="alert" className="field__error">
          <p>
            {status.state === 'error' && failureOf(status.error).kind === 'quota'
              ? t('dataSafety.quota')
              : t('fillIn.saveFailed', {
                  reason: status.state === 'error' ? failureText(status.error) : '',
                })}
          </p>
          <button type="button" className="button" onClick={onDownload}>
            {t('fillIn.downloadUnsaved')}
          </button>
        </div>
      ) : null}
    </div>
  );
}

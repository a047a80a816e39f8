import { useTranslation } from 'react-i18next';
import type { FileError } from '../domain/files/file-error';
import type { PdfResultError } from '../domain/files/pdf-error';
import { fileErrorText } from '../wording/file-error-text';

/** Words a file error in the current language. */
export function useFileErrorText(): (error: FileError | PdfResultError) => string {
  const { t, i18n } = useTranslation();
  return (error) => fileErrorText(t, error, i18n.language);
}

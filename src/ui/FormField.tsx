import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type FieldProps = {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  'aria-required'?: boolean;
};

type Props = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  children: (field: FieldProps) => ReactNode;
};

/** Label, hint and inline error wired to the control for screen readers. */
export function FormField({ id, label, hint, error, required, children }: Props) {
  const { t } = useTranslation();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="field__required"> ({t('form.required')})</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': error ? true : undefined,
        'aria-required': required || undefined,
      })}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

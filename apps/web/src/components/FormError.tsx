import { Alert } from '@mantine/core';
import { ApiProblem } from '../api/client';
import { frenchFieldMessage, frenchProblem } from '../api/problem-text';
import { i18n, useT } from '../i18n';

const inFrench = () => i18n.locale === 'fr';

/** What went wrong, announced to screen readers; field errors are shown by their fields. */
export function FormError({ error, fields = [] }: { error: unknown; fields?: string[] }) {
  const t = useT();
  if (!error) return null;
  let message = t('error.generic');
  if (error instanceof ApiProblem) {
    // the fields shown by the form say it themselves
    const elsewhere = error.errors.filter((e) => !e.field || !fields.includes(e.field));
    if (error.errors.length && !elsewhere.length) return null;
    message = error.message;
    if (inFrench()) {
      message =
        error.code === 'validation-error' && elsewhere.length
          ? elsewhere.map((e) => `${e.field ? `${e.field} : ` : ''}${frenchFieldMessage(e.message)}`).join(' ; ')
          : frenchProblem(error.code, error.message);
    }
  } else if (error instanceof TypeError) {
    message = t('error.network');
  }
  return (
    <Alert color="red" role="alert" mt="md">
      {message}
    </Alert>
  );
}

/** The API's message about `field`, for the field's `error` prop, in the page's language. */
export function fieldError(error: unknown, field: string): string | undefined {
  const message = error instanceof ApiProblem ? error.about(field) : undefined;
  return message && inFrench() ? frenchFieldMessage(message) : message;
}

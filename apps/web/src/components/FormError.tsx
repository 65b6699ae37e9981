import { Alert } from '@mantine/core';
import { ApiProblem } from '../api/client';
import { useT } from '../i18n';

/** What went wrong, announced to screen readers; field errors are shown by their fields. */
export function FormError({ error, fields = [] }: { error: unknown; fields?: string[] }) {
  const t = useT();
  if (!error) return null;
  let message = t('error.generic');
  if (error instanceof ApiProblem) {
    // the fields shown by the form say it themselves
    if (error.errors.length && error.errors.every((e) => e.field && fields.includes(e.field))) return null;
    message = error.message;
  } else if (error instanceof TypeError) {
    message = t('error.network');
  }
  return (
    <Alert color="red" role="alert" mt="md">
      {message}
    </Alert>
  );
}

/** The API's message about `field`, for the field's `error` prop. */
export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiProblem ? error.about(field) : undefined;
}

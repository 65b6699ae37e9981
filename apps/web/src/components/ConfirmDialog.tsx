import { Button, Group, Modal, Stack, Text, type ButtonProps } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useT } from '../i18n';
import { FormError } from './FormError';

interface ConfirmProps {
  title: string;
  /** what will happen, said before it does (a string is one paragraph), then any field the act needs */
  children: ReactNode;
  /** the confirming button's words: the act itself ("Close the year"), never just "OK" */
  confirmLabel: string;
  /** the act is running: its button shows it, and a second click does nothing */
  pending?: boolean;
  /** the act's problem, shown in the dialog next to the button that caused it */
  error?: unknown;
  /** fields of the dialog that show their own message (left out of the summary) */
  errorFields?: string[];
  /** an act that cannot be undone or takes something away: its button is red */
  danger?: boolean;
}

/**
 * The one confirmation of the app: a destructive or legal act asks first, saying what will happen.
 * Mantine's modal keeps the focus inside while open and gives it back to what opened it.
 */
export function ConfirmDialog({
  opened,
  onClose,
  onConfirm,
  title,
  children,
  confirmLabel,
  pending,
  error,
  errorFields,
  danger = false,
}: ConfirmProps & { opened: boolean; onClose: () => void; onConfirm: () => void }) {
  const t = useT();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      centered
      closeButtonProps={{ 'aria-label': t('confirm.close') }}
    >
      <Stack gap="sm">
        {typeof children === 'string' ? <Text>{children}</Text> : children}
        <FormError error={error} fields={errorFields} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('confirm.cancel')}
          </Button>
          <Button color={danger ? 'red.8' : undefined} onClick={() => !pending && onConfirm()} loading={pending}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * A button that opens a `ConfirmDialog` and acts only from it. `onConfirm` answers whether the act
 * succeeded: the dialog then closes; on a problem it stays open with the problem shown, for another try.
 */
export function ConfirmButton({
  label,
  onConfirm,
  title,
  children,
  confirmLabel,
  pending,
  error,
  errorFields,
  danger,
  ...button
}: ConfirmProps & {
  /** the words of the button on the page */
  label: string;
  onConfirm: () => Promise<unknown>;
} & Omit<ButtonProps, 'children' | 'onClick'> & { 'aria-label'?: string }) {
  const [open, setOpen] = useState(false);
  const confirm = () =>
    onConfirm().then(
      () => setOpen(false),
      () => undefined,
    );
  return (
    <>
      <Button variant="default" size="xs" {...button} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <ConfirmDialog
        opened={open}
        onClose={() => setOpen(false)}
        onConfirm={() => void confirm()}
        {...{ title, children, confirmLabel, pending, error, errorFields, danger }}
      />
    </>
  );
}

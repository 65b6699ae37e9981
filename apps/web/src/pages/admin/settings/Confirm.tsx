import { Button, Group, Modal, Stack, Text, type ButtonProps } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useT } from '../../../i18n';

/**
 * A button for a destructive or legal act: it opens a dialog saying what will happen, and acts only
 * when confirmed. `onConfirm` may be async: the dialog closes once it has succeeded.
 */
export function ConfirmButton({
  label,
  title,
  message,
  confirmLabel,
  onConfirm,
  loading,
  danger = true,
  children,
  ...button
}: {
  label: string;
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => Promise<unknown> | void;
  loading?: boolean;
  /** an act that cannot be undone: its confirmation is red */
  danger?: boolean;
  /** more of the dialog: a field the act needs */
  children?: ReactNode;
} & Omit<ButtonProps, 'children' | 'onClick'>) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const confirm = async () => {
    try {
      await onConfirm();
      setOpen(false);
    } catch {
      // the page shows the problem; the dialog stays for another try
    }
  };
  return (
    <>
      <Button variant="default" size="xs" {...button} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={title}
        centered
        closeButtonProps={{ 'aria-label': t('settings.confirm.close') }}
      >
        <Stack>
          <Text>{message}</Text>
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('settings.confirm.cancel')}
            </Button>
            <Button color={danger ? 'red.8' : undefined} onClick={confirm} loading={loading}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

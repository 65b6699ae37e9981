import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormError } from '../../../components/FormError';
import { useT } from '../../../i18n';

/**
 * Asks before a legal act: says what will happen, then does it or not. The act's error stays in
 * the dialog, next to the button that caused it.
 */
export function ConfirmModal({
  opened,
  title,
  children,
  confirm,
  onConfirm,
  onClose,
  pending,
  error,
  danger = false,
}: {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirm: string;
  onConfirm: () => void;
  onClose: () => void;
  pending?: boolean;
  error?: unknown;
  danger?: boolean;
}) {
  const t = useT();
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Stack gap="sm">
        {typeof children === 'string' ? <Text>{children}</Text> : children}
        <FormError error={error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('registry.confirm.cancel')}
          </Button>
          <Button color={danger ? 'red.8' : undefined} onClick={onConfirm} loading={pending}>
            {confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

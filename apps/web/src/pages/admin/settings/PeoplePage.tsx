import { Button, Card, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { call, client, type Schemas } from '../../../api/client';
import { fieldError, FormError } from '../../../components/FormError';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { day, moment } from '../../../format';
import { useT } from '../../../i18n';
import { useOrg } from '../../org/useOrg';
import { ConfirmButton } from '../../../components/ConfirmDialog';

type Role = Schemas['OrganizationUserDto']['role'];
const ROLES: Role[] = ['admin', 'accountant', 'member'];

/** `/o/{slug}/admin/people`: who holds a role in the co-op, the invitations waiting, and changes to both. */
export function PeoplePage() {
  const t = useT();
  const { slug } = useOrg();
  return (
    <Stack>
      <Title order={2}>{t('settings.people.title')}</Title>
      <Text size="sm">{t('settings.people.help')}</Text>
      <Invite slug={slug} />
      <Invitations slug={slug} />
      <Users slug={slug} />
    </Stack>
  );
}

function RoleSelect({
  value,
  onChange,
  label,
  hideLabel = false,
}: {
  value: Role;
  onChange: (r: Role) => void;
  label: string;
  /** in a table row: the column says it, the field keeps its name for screen readers */
  hideLabel?: boolean;
}) {
  const t = useT();
  return (
    <NativeSelect
      label={hideLabel ? undefined : label}
      aria-label={hideLabel ? label : undefined}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value as Role)}
      data={ROLES.map((r) => ({ value: r, label: t('settings.people.role', { role: r }) }))}
    />
  );
}

function Invite({ slug }: { slug: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('accountant');
  const invite = useMutation({
    mutationFn: () =>
      call(client.POST('/v1/orgs/{slug}/invitations', { params: { path: { slug } }, body: { email, role } })),
    onSuccess: () => {
      setEmail('');
      return queryClient.invalidateQueries({ queryKey: ['invitations', slug] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    invite.mutate();
  };
  return (
    <Card withBorder component="section" aria-labelledby="invite-title">
      <Title order={3} id="invite-title">
        {t('settings.people.inviteTitle')}
      </Title>
      <Text size="sm" mt="xs">
        {t('settings.people.inviteHelp')}
      </Text>
      <form onSubmit={submit} noValidate>
        <Group align="end" mt="xs">
          <TextInput
            label={t('field.email')}
            type="email"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={fieldError(invite.error, 'email')}
            w={{ base: '100%', xs: 300 }}
          />
          <RoleSelect label={t('settings.people.roleLabel')} value={role} onChange={setRole} />
          <Button type="submit" loading={invite.isPending}>
            {t('settings.people.invite')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed" mt="xs">
          {t('settings.people.roleHelp', { role })}
        </Text>
        <FormError error={invite.error} fields={['email']} />
        {invite.data && (
          <Text role="status" mt="xs" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {t('settings.people.invited', { email: invite.data.email })}
          </Text>
        )}
      </form>
    </Card>
  );
}

function Invitations({ slug }: { slug: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const invitations = useQuery({
    queryKey: ['invitations', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/invitations', { params: { path: { slug } } })),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['invitations', slug] });
  const resend = useMutation({
    mutationFn: (id: string) =>
      call(client.POST('/v1/orgs/{slug}/invitations/{id}/resend', { params: { path: { slug, id } } })),
    onSuccess: refresh,
  });
  const revoke = useMutation({
    mutationFn: (id: string) =>
      call(client.DELETE('/v1/orgs/{slug}/invitations/{id}', { params: { path: { slug, id } } })),
    onSuccess: refresh,
  });
  return (
    <Card withBorder component="section" aria-labelledby="invitations-title">
      <Title order={3} id="invitations-title">
        {t('settings.people.invitationsTitle')}
      </Title>
      <FormError error={invitations.error} />
      {invitations.data?.items.length === 0 && <Text mt="xs">{t('settings.people.noInvitations')}</Text>}
      {!!invitations.data?.items.length && (
        <ScrollRegion label={t('settings.people.invitationsTitle')}>
          <Table striped aria-label={t('settings.people.invitationsTitle')} miw={640}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('field.email')}</Table.Th>
                <Table.Th>{t('settings.people.roleLabel')}</Table.Th>
                <Table.Th>{t('settings.people.sent')}</Table.Th>
                <Table.Th>{t('settings.people.expires')}</Table.Th>
                <Table.Th>{t('settings.people.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invitations.data.items.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{i.email}</Table.Td>
                  <Table.Td>{t('settings.people.role', { role: i.role })}</Table.Td>
                  <Table.Td>{moment(i.lastSentAt ?? i.createdAt)}</Table.Td>
                  <Table.Td>{day(i.expiresAt)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <ConfirmButton
                        label={t('settings.people.resend')}
                        title={t('settings.people.resendTitle', { email: i.email })}
                        confirmLabel={t('settings.people.resend')}
                        onConfirm={() => resend.mutateAsync(i.id)}
                        pending={resend.isPending}
                        error={resend.error}
                        aria-label={t('settings.people.resendFor', { email: i.email })}
                        danger
                      >
                        {t('settings.people.resendMessage', { email: i.email })}
                      </ConfirmButton>
                      <ConfirmButton
                        label={t('settings.people.revoke')}
                        title={t('settings.people.revokeTitle', { email: i.email })}
                        confirmLabel={t('settings.people.revoke')}
                        onConfirm={() => revoke.mutateAsync(i.id)}
                        pending={revoke.isPending}
                        error={revoke.error}
                        aria-label={t('settings.people.revokeFor', { email: i.email })}
                        danger
                      >
                        {t('settings.people.revokeMessage', { email: i.email })}
                      </ConfirmButton>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
    </Card>
  );
}

function Users({ slug }: { slug: string }) {
  const t = useT();
  const users = useQuery({
    queryKey: ['org-users', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/users', { params: { path: { slug } } })),
  });
  return (
    <Card withBorder component="section" aria-labelledby="users-title">
      <Title order={3} id="users-title">
        {t('settings.people.usersTitle')}
      </Title>
      <FormError error={users.error} />
      {!!users.data?.items.length && (
        <ScrollRegion label={t('settings.people.usersTitle')}>
          <Table striped aria-label={t('settings.people.usersTitle')} miw={640}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('settings.people.name')}</Table.Th>
                <Table.Th>{t('settings.people.roleLabel')}</Table.Th>
                <Table.Th>{t('settings.people.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.data.items.map((u) => (
                <UserRow key={u.userId} slug={slug} user={u} />
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
    </Card>
  );
}

function UserRow({ slug, user: u }: { slug: string; user: Schemas['OrganizationUserDto'] }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [role, setRole] = useState<Role>(u.role);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['org-users', slug] });
  const change = useMutation({
    mutationFn: () =>
      call(
        client.POST('/v1/orgs/{slug}/users', {
          params: { path: { slug } },
          body: { email: u.email, role, ...(role === 'member' && u.memberId ? { memberId: u.memberId } : {}) },
        }),
      ),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: () =>
      call(client.DELETE('/v1/orgs/{slug}/users/{userId}', { params: { path: { slug, userId: u.userId } } })),
    onSuccess: refresh,
  });
  const who = u.name || u.email;
  return (
    <Table.Tr>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>
        {u.name}
        <Text size="xs" c="dimmed">
          {u.email}
        </Text>
        <Text size="xs" c="dimmed">
          {t('settings.people.sinceDay', { day: day(u.since) })}
        </Text>
      </Table.Td>
      <Table.Td miw={200}>
        <Stack gap={4} align="flex-start">
          <RoleSelect label={t('settings.people.newRoleFor', { who })} value={role} onChange={setRole} hideLabel />
          <ConfirmButton
            label={t('settings.people.changeRole')}
            title={t('settings.people.changeRoleTitle', { who })}
            confirmLabel={t('settings.people.changeRole')}
            onConfirm={() => change.mutateAsync()}
            pending={change.isPending}
            error={change.error}
            disabled={role === u.role}
            aria-label={t('settings.people.changeRoleFor', { who })}
            danger
          >
            {t('settings.people.changeRoleMessage', { who, from: u.role, to: role })}
          </ConfirmButton>
        </Stack>
      </Table.Td>
      <Table.Td>
        <ConfirmButton
          label={t('settings.people.remove')}
          title={t('settings.people.removeTitle', { who })}
          confirmLabel={t('settings.people.remove')}
          onConfirm={() => remove.mutateAsync()}
          pending={remove.isPending}
          error={remove.error}
          aria-label={t('settings.people.removeFor', { who })}
          danger
        >
          {t('settings.people.removeMessage', { who, role: u.role })}
        </ConfirmButton>
      </Table.Td>
    </Table.Tr>
  );
}

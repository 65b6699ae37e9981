import {
  Button,
  Card,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { call, client, type Schemas } from '../../../api/client';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { fieldError, FormError } from '../../../components/FormError';
import { euros, parseEuros } from '../../../format';
import { useT } from '../../../i18n';
import { inOrg, useOrg } from '../../org/useOrg';
import { CapitalCard } from './CapitalCard';

type ShareClass = Schemas['ShareClassDto'];

const codes = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((c) => c.trim())
    .filter(Boolean);

/** `/o/{slug}/admin/shares`: the classes of shares, created and edited (the nominal value never changes). */
export function ShareClassesPage() {
  const t = useT();
  const { slug } = useOrg();
  const classes = useQuery({
    queryKey: ['share-classes', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/share-classes', inOrg(slug))),
  });
  const [editing, setEditing] = useState<ShareClass | null>(null);
  const items = classes.data?.items ?? [];
  return (
    <Stack>
      <Title order={2}>{t('shares.classes.title')}</Title>
      <CapitalCard slug={slug} />
      <Card withBorder component="section" aria-labelledby="classes-list">
        <Title order={3} size="h4" id="classes-list">
          {t('shares.classes.list')}
        </Title>
        <FormError error={classes.error} />
        {classes.data && !items.length && <Text mt="xs">{t('shares.classes.none')}</Text>}
        {items.length > 0 && (
          <ScrollRegion label={t('shares.classes.list')}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('shares.classes.class')}</Table.Th>
                  <Table.Th ta="right">{t('shares.classes.nominal')}</Table.Th>
                  <Table.Th>{t('shares.classes.perMember')}</Table.Th>
                  <Table.Th>{t('shares.classes.colleges')}</Table.Th>
                  <Table.Th>{t('shares.classes.instalments')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('shares.common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((c) => (
                  <Table.Tr key={c.code}>
                    <Table.Td>
                      <Text size="sm" fw={700}>
                        {c.code}
                      </Text>
                      <Text size="sm">{c.name}</Text>
                    </Table.Td>
                    <Table.Td ta="right">{euros(c.nominalCents)}</Table.Td>
                    <Table.Td>
                      {c.maxPerMember === null
                        ? t('shares.classes.atLeast', { min: c.minPerMember })
                        : t('shares.classes.between', { min: c.minPerMember, max: c.maxPerMember })}
                    </Table.Td>
                    <Table.Td>
                      {c.collegeCodes.length ? c.collegeCodes.join(', ') : t('shares.classes.allColleges')}
                    </Table.Td>
                    <Table.Td>{c.instalmentsAllowed ? t('shares.common.yes') : t('shares.common.no')}</Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setEditing(c)}
                        aria-label={t('shares.classes.editOne', { code: c.code })}
                      >
                        {t('shares.classes.edit')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        )}
      </Card>
      <CreateClass slug={slug} />
      <Modal
        opened={!!editing}
        onClose={() => setEditing(null)}
        title={editing ? t('shares.classes.editOne', { code: editing.code }) : ''}
        centered
        closeButtonProps={{ 'aria-label': t('shares.common.close') }}
      >
        {editing && <EditClass slug={slug} shareClass={editing} onDone={() => setEditing(null)} />}
      </Modal>
    </Stack>
  );
}

function CreateClass({ slug }: { slug: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [nominal, setNominal] = useState('');
  const [min, setMin] = useState<number | string>(1);
  const [max, setMax] = useState<number | string>('');
  const [colleges, setColleges] = useState('');
  const [instalments, setInstalments] = useState(false);
  const nominalCents = parseEuros(nominal);
  const create = useMutation({
    mutationFn: () =>
      call(
        client.POST('/v1/orgs/{slug}/share-classes', {
          ...inOrg(slug),
          body: {
            code: code.trim(),
            name: name.trim(),
            nominalCents: nominalCents ?? -1,
            minPerMember: Number(min),
            maxPerMember: max === '' ? null : Number(max),
            collegeCodes: codes(colleges),
            instalmentsAllowed: instalments,
          },
        }),
      ),
    onSuccess: () => {
      setCode('');
      setName('');
      setNominal('');
      setColleges('');
      return queryClient.invalidateQueries({ queryKey: ['share-classes', slug] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const fields = ['code', 'name', 'nominalCents', 'minPerMember', 'maxPerMember', 'collegeCodes', 'instalmentsAllowed'];
  return (
    <Card withBorder component="section" aria-labelledby="class-create">
      <form onSubmit={submit} noValidate>
        <Title order={3} size="h4" id="class-create">
          {t('shares.classes.create')}
        </Title>
        <Text size="sm" mt={4}>
          {t('shares.classes.nominalForGood')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
          <TextInput
            label={t('shares.classes.code')}
            description={t('shares.classes.codeHelp')}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={fieldError(create.error, 'code')}
            required
          />
          <TextInput
            label={t('shares.classes.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError(create.error, 'name')}
            required
          />
          <TextInput
            label={t('shares.classes.nominalEuros')}
            value={nominal}
            inputMode="decimal"
            onChange={(e) => setNominal(e.currentTarget.value)}
            error={
              nominal && nominalCents === undefined
                ? t('shares.common.notAmount')
                : fieldError(create.error, 'nominalCents')
            }
            required
          />
          <NumberInput
            label={t('shares.classes.min')}
            min={0}
            allowDecimal={false}
            value={min}
            onChange={setMin}
            error={fieldError(create.error, 'minPerMember')}
          />
          <NumberInput
            label={t('shares.classes.max')}
            description={t('shares.classes.maxHelp')}
            min={1}
            allowDecimal={false}
            value={max}
            onChange={setMax}
            error={fieldError(create.error, 'maxPerMember')}
          />
          <TextInput
            label={t('shares.classes.colleges')}
            description={t('shares.classes.collegesHelp')}
            value={colleges}
            onChange={(e) => setColleges(e.currentTarget.value)}
            error={fieldError(create.error, 'collegeCodes')}
          />
        </SimpleGrid>
        <Checkbox
          mt="sm"
          label={t('shares.classes.instalmentsAllowed')}
          checked={instalments}
          onChange={(e) => setInstalments(e.currentTarget.checked)}
        />
        <FormError error={create.error} fields={fields} />
        {create.isSuccess && (
          <Text role="status" fw={600} mt="sm">
            {t('shares.classes.created')}
          </Text>
        )}
        <Button type="submit" mt="md" loading={create.isPending} disabled={nominalCents === undefined}>
          {t('shares.classes.createSubmit')}
        </Button>
      </form>
    </Card>
  );
}

function EditClass({ slug, shareClass, onDone }: { slug: string; shareClass: ShareClass; onDone: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [name, setName] = useState(shareClass.name);
  const [min, setMin] = useState<number | string>(shareClass.minPerMember);
  const [max, setMax] = useState<number | string>(shareClass.maxPerMember ?? '');
  const [colleges, setColleges] = useState(shareClass.collegeCodes.join(', '));
  const [instalments, setInstalments] = useState(shareClass.instalmentsAllowed);
  const update = useMutation({
    mutationFn: () =>
      call(
        client.PATCH('/v1/orgs/{slug}/share-classes/{code}', {
          ...inOrg(slug, { code: shareClass.code }),
          body: {
            name: name.trim(),
            minPerMember: Number(min),
            maxPerMember: max === '' ? null : Number(max),
            collegeCodes: codes(colleges),
            instalmentsAllowed: instalments,
          },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['share-classes', slug] });
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t('shares.classes.nominalFixed', { amount: euros(shareClass.nominalCents) })}</Text>
        <TextInput
          label={t('shares.classes.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldError(update.error, 'name')}
        />
        <NumberInput
          label={t('shares.classes.min')}
          min={0}
          allowDecimal={false}
          value={min}
          onChange={setMin}
          error={fieldError(update.error, 'minPerMember')}
        />
        <NumberInput
          label={t('shares.classes.max')}
          description={t('shares.classes.maxHelp')}
          min={1}
          allowDecimal={false}
          value={max}
          onChange={setMax}
          error={fieldError(update.error, 'maxPerMember')}
        />
        <TextInput
          label={t('shares.classes.colleges')}
          description={t('shares.classes.collegesHelp')}
          value={colleges}
          onChange={(e) => setColleges(e.currentTarget.value)}
          error={fieldError(update.error, 'collegeCodes')}
        />
        <Checkbox
          label={t('shares.classes.instalmentsAllowed')}
          checked={instalments}
          onChange={(e) => setInstalments(e.currentTarget.checked)}
        />
        <FormError error={update.error} fields={['name', 'minPerMember', 'maxPerMember', 'collegeCodes']} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('shares.common.back')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('shares.classes.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

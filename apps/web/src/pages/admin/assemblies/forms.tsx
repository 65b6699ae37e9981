import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { Schemas } from '../../../api/client';
import { fieldError, FormError } from '../../../components/FormError';
import { useT } from '../../../i18n';
import { instant, lines, localInput } from './shared';

type AssemblyBody = Schemas['CreateAssemblyDto'];

/** An assembly's settings: to create one, or to change one whose votes have not opened. */
export function AssemblyForm({
  initial,
  submitLabel,
  save,
  onSaved,
}: {
  initial?: Schemas['AssemblyDto'];
  submitLabel: string;
  save: (body: AssemblyBody) => Promise<Schemas['AssemblyDto']>;
  onSaved: (a: Schemas['AssemblyDto']) => void;
}) {
  const t = useT();
  const [title, setTitle] = useState(initial?.title ?? '');
  const [kind, setKind] = useState<AssemblyBody['kind']>(initial?.kind ?? 'ordinary');
  const [weighting, setWeighting] = useState<AssemblyBody['weighting']>(initial?.weighting ?? 'per_member');
  const [secret, setSecret] = useState(initial?.secret ?? false);
  const [allowVoteChange, setAllowVoteChange] = useState(initial?.allowVoteChange ?? false);
  const [proxies, setProxies] = useState(String(initial?.maxProxiesPerHolder ?? 1));
  const [place, setPlace] = useState(initial?.place ?? '');
  const [convocationMethod, setConvocationMethod] = useState(initial?.convocationMethod ?? '');
  const mutation = useMutation({
    mutationFn: () =>
      save({
        title,
        kind,
        weighting,
        secret,
        allowVoteChange,
        maxProxiesPerHolder: Number(proxies),
        ...(place.trim() ? { place } : {}),
        ...(convocationMethod.trim() ? { convocationMethod } : {}),
      }),
    onSuccess: onSaved,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate();
  };
  const e = mutation.error;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('assemblies.field.title')}
          required
          value={title}
          onChange={(ev) => setTitle(ev.currentTarget.value)}
          error={fieldError(e, 'title')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('assemblies.field.kind')}
            value={kind}
            onChange={(ev) => setKind(ev.currentTarget.value as AssemblyBody['kind'])}
            data={(['ordinary', 'extraordinary', 'permanent'] as const).map((k) => ({
              value: k,
              label: t(`assemblies.kind.${k}`),
            }))}
            error={fieldError(e, 'kind')}
          />
          <NativeSelect
            label={t('assemblies.field.weighting')}
            value={weighting}
            onChange={(ev) => setWeighting(ev.currentTarget.value as AssemblyBody['weighting'])}
            data={(['per_member', 'college', 'per_share'] as const).map((k) => ({
              value: k,
              label: t(`assemblies.weighting.${k}`),
            }))}
            error={fieldError(e, 'weighting')}
          />
        </SimpleGrid>
        <Checkbox
          label={t('assemblies.field.secret')}
          description={t('assemblies.field.secretHelp')}
          checked={secret}
          onChange={(ev) => setSecret(ev.currentTarget.checked)}
        />
        <Checkbox
          label={t('assemblies.field.allowVoteChange')}
          checked={allowVoteChange}
          onChange={(ev) => setAllowVoteChange(ev.currentTarget.checked)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="number"
            min={0}
            label={t('assemblies.field.proxies')}
            value={proxies}
            onChange={(ev) => setProxies(ev.currentTarget.value)}
            error={fieldError(e, 'maxProxiesPerHolder')}
          />
          <TextInput
            label={t('assemblies.field.place')}
            value={place}
            onChange={(ev) => setPlace(ev.currentTarget.value)}
            error={fieldError(e, 'place')}
          />
        </SimpleGrid>
        <TextInput
          label={t('assemblies.field.convocationMethod')}
          value={convocationMethod}
          onChange={(ev) => setConvocationMethod(ev.currentTarget.value)}
          error={fieldError(e, 'convocationMethod')}
        />
        <FormError
          error={e}
          fields={['title', 'kind', 'weighting', 'maxProxiesPerHolder', 'place', 'convocationMethod']}
        />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type ResolutionBody = Schemas['CreateResolutionDto'];

/** "Conseil d'administration: Jeanne Martin" → a candidate key `jeanne-martin`. */
const keyOf = (label: string, n: number) =>
  label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 36) || `c${n + 1}`;

/** A resolution (or an election) to add, or a draft to change (an election's candidates are set when it is added). */
export function ResolutionForm({
  initial,
  submitLabel,
  save,
  onSaved,
}: {
  initial?: Schemas['ResolutionDto'];
  submitLabel: string;
  save: (body: ResolutionBody) => Promise<Schemas['ResolutionDto']>;
  onSaved: (r: Schemas['ResolutionDto']) => void;
}) {
  const t = useT();
  const soon = (days: number) => localInput(new Date(Date.now() + days * 86_400_000).toISOString());
  const [title, setTitle] = useState(initial?.title ?? '');
  const [text, setText] = useState(initial?.text ?? '');
  const [kind, setKind] = useState<'motion' | 'election'>(initial?.kind ?? 'motion');
  const [majority, setMajority] = useState<ResolutionBody['majority']>(initial?.majority ?? 'simple');
  const [quorum, setQuorum] = useState(String(initial?.quorumPercent ?? 0));
  const [opensAt, setOpensAt] = useState(initial ? localInput(initial.opensAt) : soon(16));
  const [closesAt, setClosesAt] = useState(initial ? localInput(initial.closesAt) : soon(17));
  const [candidates, setCandidates] = useState('');
  const [seats, setSeats] = useState('1');
  const mutation = useMutation({
    mutationFn: () => {
      const names = lines(candidates);
      return save({
        title,
        text,
        majority,
        quorumPercent: Number(quorum),
        opensAt: instant(opensAt) ?? '',
        closesAt: instant(closesAt) ?? '',
        ...(kind === 'election' && !initial
          ? { candidates: names.map((label, n) => ({ key: keyOf(label, n), label })), seats: Number(seats) }
          : {}),
      });
    },
    onSuccess: onSaved,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate();
  };
  const e = mutation.error;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('assemblies.resolution.title')}
          required
          value={title}
          onChange={(ev) => setTitle(ev.currentTarget.value)}
          error={fieldError(e, 'title')}
        />
        <Textarea
          label={t('assemblies.resolution.text')}
          required
          autosize
          minRows={3}
          value={text}
          onChange={(ev) => setText(ev.currentTarget.value)}
          error={fieldError(e, 'text')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {!initial && (
            <NativeSelect
              label={t('assemblies.resolution.kind')}
              value={kind}
              onChange={(ev) => setKind(ev.currentTarget.value as 'motion' | 'election')}
              data={[
                { value: 'motion', label: t('assemblies.resolution.kind.motion') },
                { value: 'election', label: t('assemblies.resolution.kind.election') },
              ]}
            />
          )}
          <NativeSelect
            label={t('assemblies.resolution.majority')}
            value={majority}
            onChange={(ev) => setMajority(ev.currentTarget.value as ResolutionBody['majority'])}
            data={[
              { value: 'simple', label: t('assemblies.majority.simple') },
              { value: 'two_thirds', label: t('assemblies.majority.two_thirds') },
            ]}
            error={fieldError(e, 'majority')}
          />
          <TextInput
            type="number"
            min={0}
            max={100}
            label={t('assemblies.resolution.quorum')}
            value={quorum}
            onChange={(ev) => setQuorum(ev.currentTarget.value)}
            error={fieldError(e, 'quorumPercent')}
          />
        </SimpleGrid>
        {kind === 'election' && !initial && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Textarea
              label={t('assemblies.resolution.candidates')}
              description={t('assemblies.resolution.candidatesHelp')}
              autosize
              minRows={2}
              value={candidates}
              onChange={(ev) => setCandidates(ev.currentTarget.value)}
              error={fieldError(e, 'candidates')}
            />
            <TextInput
              type="number"
              min={1}
              label={t('assemblies.resolution.seats')}
              value={seats}
              onChange={(ev) => setSeats(ev.currentTarget.value)}
              error={fieldError(e, 'seats')}
            />
          </SimpleGrid>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="datetime-local"
            label={t('assemblies.resolution.opensAt')}
            value={opensAt}
            onChange={(ev) => setOpensAt(ev.currentTarget.value)}
            error={fieldError(e, 'opensAt')}
          />
          <TextInput
            type="datetime-local"
            label={t('assemblies.resolution.closesAt')}
            value={closesAt}
            onChange={(ev) => setClosesAt(ev.currentTarget.value)}
            error={fieldError(e, 'closesAt')}
          />
        </SimpleGrid>
        <FormError
          error={e}
          fields={['title', 'text', 'majority', 'quorumPercent', 'opensAt', 'closesAt', 'candidates', 'seats']}
        />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

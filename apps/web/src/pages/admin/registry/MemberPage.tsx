import {
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Timeline,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { call, client, type Schemas } from '../../../api/client';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { fieldError, FormError } from '../../../components/FormError';
import { HoldingsTable, MovementsTable } from '../../../components/SharesTables';
import { AppLink } from '../../../components/links';
import { day, moment, pdfLink, personName, today } from '../../../format';
import { useT } from '../../../i18n';
import type { MessageId } from '../../../locales/fr';
import { inOrg, useOrg } from '../../org/useOrg';
import { ExternalRefs } from './ExternalRefs';
import type { Member } from './members';

/** `/o/{slug}/admin/members/{id}`: one member — profile, lifecycle, holdings, movements, documents, every change. */
export function MemberPage() {
  const t = useT();
  const { slug } = useOrg();
  const { id } = useParams({ from: '/o/$slug/admin/members/$id' });
  const member = useQuery({
    queryKey: ['member', slug, id],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/members/{id}', inOrg(slug, { id }))),
  });
  const m = member.data;
  return (
    <Stack>
      <AppLink to="/o/$slug/admin/members" params={{ slug }}>
        {t('registry.member.back')}
      </AppLink>
      <FormError error={member.error} />
      {m && (
        <>
          <Group gap="sm" align="center">
            <Title order={2}>{personName(m)}</Title>
            <Badge color="dark" variant="outline">
              {t(`registry.status.${m.status}` as MessageId)}
            </Badge>
          </Group>
          <Lifecycle slug={slug} member={m} />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Holdings slug={slug} member={m} />
            <History slug={slug} id={m.id} />
          </SimpleGrid>
          <Movements slug={slug} id={m.id} />
          <Profile slug={slug} member={m} />
          <ExternalRefs slug={slug} member={m} />
        </>
      )}
    </Stack>
  );
}

type Act = 'admit' | 'resign' | 'exclude' | 'decease';

/** Which acts each status allows (the API refuses the others). */
const ACTS: Record<string, Act[]> = {
  applicant: ['admit', 'decease'],
  active: ['resign', 'exclude', 'decease'],
  resigning: ['exclude', 'decease'],
};

/** Admission, resignation, exclusion, death: each with its date and decision, asked for confirmation. */
function Lifecycle({ slug, member }: { slug: string; member: Member }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [act, setAct] = useState<Act | null>(null);
  const [date, setDate] = useState(today());
  const [decisionRef, setDecisionRef] = useState('');
  const run = useMutation({
    mutationFn: (a: Act) => {
      const path = { ...inOrg(slug, { id: member.id }) };
      const ref = decisionRef.trim() ? { decisionRef: decisionRef.trim() } : {};
      if (a === 'admit')
        return call(client.POST('/v1/orgs/{slug}/members/{id}/admit', { ...path, body: { admittedOn: date, ...ref } }));
      if (a === 'resign')
        return call(
          client.POST('/v1/orgs/{slug}/members/{id}/resign', { ...path, body: { effectiveOn: date, ...ref } }),
        );
      if (a === 'exclude')
        return call(
          client.POST('/v1/orgs/{slug}/members/{id}/exclude', {
            ...path,
            body: { effectiveOn: date, decisionRef: decisionRef.trim() },
          }),
        );
      return call(client.POST('/v1/orgs/{slug}/members/{id}/decease', { ...path, body: { diedOn: date } }));
    },
    onSuccess: async () => {
      setAct(null);
      await queryClient.invalidateQueries({ queryKey: ['member', slug, member.id] });
      await queryClient.invalidateQueries({ queryKey: ['member-history', slug, member.id] });
      await queryClient.invalidateQueries({ queryKey: ['members', slug] });
      await queryClient.invalidateQueries({ queryKey: ['dashboard', slug] });
    },
  });
  const open = (a: Act) => {
    run.reset();
    setDate(today());
    setDecisionRef('');
    setAct(a);
  };
  const acts = ACTS[member.status] ?? [];
  const name = personName(member);
  return (
    <Card withBorder component="section" aria-labelledby="lifecycle-title">
      <Title order={3} id="lifecycle-title">
        {t('registry.lifecycle.title')}
      </Title>
      <List size="sm" mt="xs">
        {member.membershipNumber && (
          <List.Item>{t('registry.lifecycle.number', { number: member.membershipNumber })}</List.Item>
        )}
        {member.admittedOn && (
          <List.Item>
            {t('registry.lifecycle.admittedOn', {
              date: day(member.admittedOn),
              ref: member.admissionDecisionRef ?? '—',
            })}
          </List.Item>
        )}
        {member.exitOn && (
          <List.Item>
            {t('registry.lifecycle.exitOn', { date: day(member.exitOn), ref: member.exitDecisionRef ?? '—' })}
          </List.Item>
        )}
      </List>
      {acts.length > 0 ? (
        <Group gap="sm" mt="sm">
          {acts.map((a) => (
            <Button key={a} variant={a === 'admit' ? 'filled' : 'default'} onClick={() => open(a)}>
              {t(`registry.act.${a}` as MessageId)}
            </Button>
          ))}
        </Group>
      ) : (
        <Text size="sm" mt="sm">
          {t('registry.lifecycle.final')}
        </Text>
      )}
      {act && (
        <ConfirmDialog
          opened
          title={t(`registry.act.${act}.title` as MessageId, { name })}
          confirmLabel={t(`registry.act.${act}.confirm` as MessageId)}
          onConfirm={() => run.mutate(act)}
          onClose={() => setAct(null)}
          pending={run.isPending}
          error={run.error}
          danger={act !== 'admit'}
        >
          <Text>{t(`registry.act.${act}.what` as MessageId, { name })}</Text>
          <TextInput
            type="date"
            label={t(`registry.act.${act}.date` as MessageId)}
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={fieldError(run.error, act === 'admit' ? 'admittedOn' : act === 'decease' ? 'diedOn' : 'effectiveOn')}
            required
          />
          {act !== 'decease' && (
            <TextInput
              label={t('registry.act.decisionRef')}
              description={t('registry.act.decisionRefHelp')}
              value={decisionRef}
              onChange={(e) => setDecisionRef(e.currentTarget.value)}
              error={fieldError(run.error, 'decisionRef')}
              required={act === 'exclude'}
              maxLength={200}
            />
          )}
        </ConfirmDialog>
      )}
    </Card>
  );
}

function Holdings({ slug, member }: { slug: string; member: Member }) {
  const t = useT();
  const holdings = useQuery({
    queryKey: ['holdings', slug, member.id],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/members/{id}/holdings', inOrg(slug, { id: member.id }))),
  });
  const h = holdings.data;
  return (
    <Card withBorder component="section" aria-labelledby="holdings-title">
      <Title order={3} id="holdings-title">
        {t('registry.member.holdings')}
      </Title>
      <FormError error={holdings.error} />
      {h && h.totalQuantity === 0 && <Text mt="xs">{t('registry.member.noHoldings')}</Text>}
      {h && h.totalQuantity > 0 && (
        <>
          <HoldingsTable holdings={h} labelledBy="holdings-title" />
          <Title order={4} mt="sm">
            {t('registry.member.documents')}
          </Title>
          <Anchor href={pdfLink(`/v1/orgs/${slug}/members/${member.id}/certificate.pdf`)}>
            {t('registry.member.certificate')}
          </Anchor>
        </>
      )}
    </Card>
  );
}

function Movements({ slug, id }: { slug: string; id: string }) {
  const t = useT();
  const ledger = useQuery({
    queryKey: ['ledger', slug, id],
    queryFn: () =>
      call(client.GET('/v1/orgs/{slug}/ledger', { params: { path: { slug }, query: { memberId: id, limit: 200 } } })),
  });
  return (
    <Card withBorder component="section" aria-labelledby="movements-title">
      <Title order={3} id="movements-title">
        {t('registry.member.movements')}
      </Title>
      <FormError error={ledger.error} />
      {ledger.data && <MovementsTable items={ledger.data.items} label={t('registry.member.movements')} />}
    </Card>
  );
}

const KNOWN_ACTIONS = [
  'member.created',
  'member.updated',
  'member.applied',
  'member.admitted',
  'member.resigning',
  'member.resigned',
  'member.excluded',
  'member.deceased',
  'member.erased',
  'member.charter-accepted',
];

/** Fields the history names, shown by their label (others as the API names them). */
const LABELLED = new Set([
  'firstName',
  'lastName',
  'companyName',
  'siren',
  'legalRepresentative',
  'email',
  'phone',
  'addressLine1',
  'addressLine2',
  'postalCode',
  'city',
  'country',
  'externalRef',
  'collegeCode',
  'eConsent',
  'status',
  'kind',
  'membershipNumber',
  'admittedOn',
  'exitOn',
  'decisionRef',
  'iban',
]);

const empty = (v: unknown) => v === null || v === undefined || v === '';

/** One change as "label: before → after"; a college's id is shown as its code. */
function useChangeText() {
  const t = useT();
  const { slug } = useOrg();
  const colleges = useQuery({
    queryKey: ['colleges', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/colleges', inOrg(slug))),
  });
  const codeOf = new Map((colleges.data?.items ?? []).map((c) => [c.id, c.code]));
  return (field: string, value: unknown): string => {
    const name = field === 'collegeId' ? 'collegeCode' : field;
    const show = (v: unknown): string => {
      if (empty(v)) return '—';
      if (field === 'collegeId') return codeOf.get(String(v)) ?? String(v);
      if (field === 'status') return t(`registry.status.${String(v)}` as MessageId);
      if (typeof v === 'boolean') return t(v ? 'registry.members.eConsentYes' : 'registry.members.eConsentNo');
      return typeof v === 'object' ? JSON.stringify(v) : String(v);
    };
    const label = LABELLED.has(name) ? t(`registry.field.${name}` as MessageId) : name;
    if (value && typeof value === 'object' && 'from' in value && 'to' in value)
      return `${label} : ${show((value as { from: unknown }).from)} → ${show((value as { to: unknown }).to)}`;
    return `${label} : ${show(value)}`;
  };
}

/** Every change to the member, newest first: who, when, what. */
function History({ slug, id }: { slug: string; id: string }) {
  const t = useT();
  const history = useQuery({
    queryKey: ['member-history', slug, id],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/members/{id}/history', inOrg(slug, { id }))),
  });
  const items = history.data?.items ?? [];
  const changeText = useChangeText();
  return (
    <Card withBorder component="section" aria-labelledby="history-title">
      <Title order={3} id="history-title">
        {t('registry.member.history')}
      </Title>
      <FormError error={history.error} />
      <Timeline mt="sm" bulletSize={12} lineWidth={2} aria-labelledby="history-title">
        {items.map((h: Schemas['HistoryItemDto'], i) => (
          <Timeline.Item
            key={`${String(h.at)}-${i}`}
            title={KNOWN_ACTIONS.includes(h.action) ? t(`registry.action.${h.action}` as MessageId) : h.action}
          >
            <Text size="sm">{t('registry.member.by', { at: moment(String(h.at)), actor: h.actor })}</Text>
            {h.changes && (
              <List size="sm">
                {Object.entries(h.changes)
                  .filter(([, value]) => !empty(value))
                  .map(([field, value]) => (
                    <List.Item key={field} style={{ overflowWrap: 'anywhere' }}>
                      {changeText(field, value)}
                    </List.Item>
                  ))}
              </List>
            )}
          </Timeline.Item>
        ))}
      </Timeline>
    </Card>
  );
}

const TEXT_FIELDS = [
  'email',
  'phone',
  'addressLine1',
  'addressLine2',
  'postalCode',
  'city',
  'country',
  'externalRef',
] as const;

/** The member's details, edited by the co-op; only the fields changed are sent. */
function Profile({ slug, member }: { slug: string; member: Member }) {
  const t = useT();
  const queryClient = useQueryClient();
  const names =
    member.kind === 'legal_entity'
      ? (['companyName', 'siren', 'legalRepresentative'] as const)
      : (['firstName', 'lastName'] as const);
  const fields = [...names, ...TEXT_FIELDS];
  const initial = Object.fromEntries(fields.map((f) => [f, (member[f] as string | null) ?? '']));
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [collegeCode, setCollegeCode] = useState(member.collegeCode ?? '');
  const [eConsent, setEConsent] = useState(member.eConsent);
  const colleges = useQuery({
    queryKey: ['colleges', slug],
    queryFn: () => call(client.GET('/v1/orgs/{slug}/colleges', inOrg(slug))),
  });
  const save = useMutation({
    mutationFn: () => {
      const body: Record<string, unknown> = {};
      for (const f of fields) if (values[f].trim() !== initial[f]) body[f] = values[f].trim();
      if (collegeCode !== (member.collegeCode ?? '') && collegeCode) body.collegeCode = collegeCode;
      if (eConsent !== member.eConsent) body.eConsent = eConsent;
      return call(client.PATCH('/v1/orgs/{slug}/members/{id}', { ...inOrg(slug, { id: member.id }), body }));
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['member', slug, member.id] });
      await queryClient.invalidateQueries({ queryKey: ['member-history', slug, member.id] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <Card withBorder component="section" aria-labelledby="profile-title">
      <Title order={3} id="profile-title">
        {t('registry.member.profile')}
      </Title>
      <form onSubmit={submit} noValidate>
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
          {fields.map((f) => (
            <TextInput
              key={f}
              label={t(`registry.field.${f}` as MessageId)}
              value={values[f]}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setValues((s) => ({ ...s, [f]: v }));
              }}
              error={fieldError(save.error, f)}
            />
          ))}
          <NativeSelect
            label={t('registry.field.collegeCode')}
            value={collegeCode}
            onChange={(e) => setCollegeCode(e.currentTarget.value)}
            error={fieldError(save.error, 'collegeCode')}
            data={[
              ...(member.collegeCode ? [] : [{ value: '', label: '—' }]),
              ...(colleges.data?.items ?? []).map((c) => ({ value: c.code, label: `${c.name} (${c.code})` })),
            ]}
          />
        </SimpleGrid>
        <Checkbox
          mt="sm"
          label={t('registry.field.eConsent')}
          checked={eConsent}
          onChange={(e) => setEConsent(e.currentTarget.checked)}
        />
        <FormError error={save.error} fields={[...fields, 'collegeCode', 'eConsent']} />
        {save.isSuccess && (
          <Text role="status" fw={600} mt="sm">
            {t('registry.member.saved')}
          </Text>
        )}
        <Button type="submit" mt="sm" loading={save.isPending}>
          {t('registry.member.save')}
        </Button>
      </form>
    </Card>
  );
}

import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Fieldset,
  Group,
  List,
  Modal,
  Radio,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiProblem, call, client } from '../api/client';
import type { components } from '../api/schema';
import { fieldError, FormError } from '../components/FormError';
import { i18n, useT } from '../i18n';
import type { MessageId } from '../locales/fr';

type JoinForm = components['schemas']['JoinFormDto'];
type Charter = components['schemas']['JoinCharterDto'];
type ApplicationBody = components['schemas']['MembershipApplicationDto'];
type ReceivedDto = components['schemas']['ApplicationReceivedDto'];

const euros = (cents: number) =>
  new Intl.NumberFormat(i18n.locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);

/** The fields of the form, as the API names them. */
const FIELDS = [
  'kind',
  'firstName',
  'lastName',
  'email',
  'phone',
  'companyName',
  'siren',
  'representative',
  'representative.name',
  'representative.role',
  'representative.email',
  'addressLine1',
  'addressLine2',
  'postalCode',
  'city',
  'collegeCode',
  'shareClassCode',
  'quantity',
  'iban',
  'charterIds',
  'consents.statutes',
  'consents.dataProcessing',
  'consents.eConvocation',
];

/** API messages the page words itself, in the reader's language; others are shown as the API wrote them. */
const WORDED: Record<string, MessageId> = {
  iban: 'join.error.iban',
  email: 'join.error.email',
  'representative.email': 'join.error.email',
  siren: 'join.error.siren',
  'consents.statutes': 'join.error.consent',
  'consents.dataProcessing': 'join.error.consent',
  charterIds: 'join.error.charters',
};

const CHARTER_KINDS: Record<Charter['kind'], MessageId> = {
  statutes: 'join.kind.statutes',
  internal_rules: 'join.kind.internalRules',
  charter: 'join.kind.charter',
};

/** `/join/{slug}`: anyone applies for membership of a co-op that takes applications. */
export function JoinPage() {
  const t = useT();
  const { slug } = useParams({ from: '/join/$slug' });
  const form = useQuery({
    queryKey: ['join', slug],
    queryFn: () => call(client.GET('/v1/public/orgs/{slug}/join', { params: { path: { slug } } })),
  });
  if (form.isPending) return <Text>{t('app.loading')}</Text>;
  if (form.error instanceof ApiProblem && form.error.status === 404)
    return (
      <Stack>
        <Title order={1}>{t('join.titleUnknown')}</Title>
        <Alert color="red" role="alert">
          {t('join.closed')}
        </Alert>
      </Stack>
    );
  if (!form.data) return <FormError error={form.error} />;
  return <ApplicationForm form={form.data} slug={slug} />;
}

function ApplicationForm({ form, slug }: { form: JoinForm; slug: string }) {
  const t = useT();
  const [kind, setKind] = useState<'person' | 'legal_entity'>('person');
  const [values, setValues] = useState<Record<string, string>>({});
  const [collegeCode, setCollegeCode] = useState<string | null>(null);
  const [shareClassCode, setShareClassCode] = useState<string | null>(
    form.shareClasses.length === 1 ? form.shareClasses[0].code : null,
  );
  const [quantity, setQuantity] = useState('');
  const [consents, setConsents] = useState({ statutes: false, dataProcessing: false, eConvocation: false });
  const [reading, setReading] = useState<Charter | null>(null);
  // one key per visit: a retried submit (a double click, a lost answer) applies once
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const formRef = useRef<HTMLFormElement>(null);

  const classes = form.shareClasses.filter(
    (c) => !c.collegeCodes.length || (collegeCode !== null && c.collegeCodes.includes(collegeCode)),
  );
  const shareClass = classes.find((c) => c.code === shareClassCode) ?? null;
  const min = Math.max(1, shareClass?.minPerMember ?? 1);
  const max = shareClass?.maxPerMember ?? undefined;
  const count = /^\d{1,8}$/.test(quantity) ? Number(quantity) : 0;

  const value = (name: string) => values[name] ?? '';
  const set = (name: string) => (e: { currentTarget: { value: string } }) => {
    const typed = e.currentTarget.value; // read now: the event is done with by the time the update runs
    setValues((v) => ({ ...v, [name]: typed }));
  };
  const optional = (name: string) => value(name).trim() || undefined;

  const body = (): ApplicationBody => ({
    kind,
    ...(kind === 'person'
      ? { firstName: value('firstName'), lastName: value('lastName'), email: value('email') }
      : {
          companyName: value('companyName'),
          siren: value('siren'),
          representative: {
            name: value('representative.name'),
            role: value('representative.role'),
            email: value('representative.email'),
          },
        }),
    phone: optional('phone'),
    addressLine1: value('addressLine1'),
    addressLine2: optional('addressLine2'),
    postalCode: value('postalCode'),
    city: value('city'),
    collegeCode: collegeCode ?? undefined,
    shareClassCode: shareClassCode ?? '',
    quantity: count,
    iban: value('iban'),
    charterIds: form.charters.map((c) => c.id),
    consents,
  });
  const apply = useMutation({
    mutationFn: () =>
      call(
        client.POST('/v1/public/orgs/{slug}/applications', {
          params: { path: { slug }, header: { 'Idempotency-Key': idempotencyKey } },
          body: body(),
        }),
      ),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    apply.mutate();
  };
  // after a refusal, the keyboard goes to the first field at fault
  useEffect(() => {
    if (apply.error) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [apply.error]);

  /** The message next to a field: worded by the page when it can, else the API's. */
  const error = (field: string, filled = true): string | undefined => {
    const message = fieldError(apply.error, field);
    if (!message) return undefined;
    if (!filled) return t('join.error.required');
    if (field === 'quantity')
      return max === undefined ? t('join.quantityMin', { min }) : t('join.quantityBetween', { min, max });
    return WORDED[field] ? t(WORDED[field]) : message;
  };
  const text = (field: string, label: MessageId, props: Record<string, unknown> = {}) => (
    <TextInput
      label={t(label)}
      value={value(field)}
      onChange={set(field)}
      error={error(field, value(field).trim() !== '')}
      {...props}
    />
  );

  if (apply.data) return <Confirmation received={apply.data} organization={form.organization.name} />;

  const fieldErrors = apply.error instanceof ApiProblem && apply.error.errors.some((e) => e.field);
  return (
    <Stack>
      <Title order={1}>{t('join.title', { organization: form.organization.name })}</Title>
      <Text>{t('join.intro')}</Text>
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="lg">
          <Radio.Group
            label={t('join.kind')}
            value={kind}
            onChange={(v) => setKind(v as typeof kind)}
            error={error('kind')}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="person" label={t('join.person')} />
              <Radio value="legal_entity" label={t('join.legalEntity')} />
            </Stack>
          </Radio.Group>

          {kind === 'person' ? (
            <Fieldset legend={t('join.you')}>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {text('firstName', 'join.firstName', { required: true, autoComplete: 'given-name' })}
                {text('lastName', 'join.lastName', { required: true, autoComplete: 'family-name' })}
                {text('email', 'field.email', { required: true, type: 'email', autoComplete: 'email' })}
                {text('phone', 'join.phone', { type: 'tel', autoComplete: 'tel' })}
              </SimpleGrid>
            </Fieldset>
          ) : (
            <>
              <Fieldset legend={t('join.company')}>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  {text('companyName', 'join.companyName', { required: true, autoComplete: 'organization' })}
                  {text('siren', 'join.siren', {
                    required: true,
                    description: t('join.sirenHelp'),
                    inputMode: 'numeric',
                  })}
                </SimpleGrid>
              </Fieldset>
              <Fieldset legend={t('join.representative')}>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  {text('representative.name', 'field.name', { required: true, autoComplete: 'name' })}
                  {text('representative.role', 'join.role', {
                    required: true,
                    description: t('join.roleHelp'),
                    autoComplete: 'organization-title',
                  })}
                  {text('representative.email', 'field.email', {
                    required: true,
                    type: 'email',
                    autoComplete: 'email',
                  })}
                  {text('phone', 'join.phone', { type: 'tel', autoComplete: 'tel' })}
                </SimpleGrid>
                {error('representative') && (
                  <Text c="red.8" size="sm" mt="xs">
                    {t('join.error.required')}
                  </Text>
                )}
              </Fieldset>
            </>
          )}

          <Fieldset legend={t('join.address')}>
            <Stack>
              {text('addressLine1', 'join.addressLine1', { required: true, autoComplete: 'address-line1' })}
              {text('addressLine2', 'join.addressLine2', { autoComplete: 'address-line2' })}
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {text('postalCode', 'join.postalCode', { required: true, autoComplete: 'postal-code' })}
                {text('city', 'join.city', { required: true, autoComplete: 'address-level2' })}
              </SimpleGrid>
            </Stack>
          </Fieldset>

          <Fieldset legend={t('join.shares')}>
            <Stack>
              {form.colleges.length > 0 && (
                <NativeSelect
                  label={t('join.college')}
                  description={t('join.collegeHelp')}
                  required
                  data={[
                    { value: '', label: t('join.choose'), disabled: true },
                    ...form.colleges.map((c) => ({ value: c.code, label: c.name })),
                  ]}
                  value={collegeCode ?? ''}
                  onChange={(e) => setCollegeCode(e.currentTarget.value || null)}
                  error={error('collegeCode', collegeCode !== null)}
                />
              )}
              <NativeSelect
                label={t('join.shareClass')}
                required
                data={[
                  { value: '', label: t('join.choose'), disabled: true },
                  ...classes.map((c) => ({
                    value: c.code,
                    label: t('join.classOption', { name: c.name, nominal: euros(c.nominalCents) }),
                  })),
                ]}
                value={shareClass ? shareClass.code : ''}
                onChange={(e) => setShareClassCode(e.currentTarget.value || null)}
                error={error('shareClassCode', shareClassCode !== null)}
              />
              <TextInput
                label={t('join.quantity')}
                description={
                  max === undefined ? t('join.quantityMin', { min }) : t('join.quantityBetween', { min, max })
                }
                required
                type="number"
                inputMode="numeric"
                min={min}
                max={max}
                step={1}
                value={quantity}
                onChange={(e) => setQuantity(e.currentTarget.value)}
                error={error('quantity', count > 0)}
              />
              <Text fw={700} aria-live="polite">
                {t('join.total', { amount: euros(count * (shareClass?.nominalCents ?? 0)) })}
              </Text>
            </Stack>
          </Fieldset>

          <Fieldset legend={t('join.bank')}>
            {text('iban', 'join.iban', {
              required: true,
              description: t('join.ibanHelp'),
              autoComplete: 'off',
              spellCheck: false,
            })}
          </Fieldset>

          <Fieldset legend={t('join.consents')}>
            <Stack>
              {form.charters.length > 0 && (
                <div>
                  <Text size="sm">{t('join.documents')}</Text>
                  <Stack gap={4} mt={4} align="flex-start">
                    {form.charters.map((c) => (
                      <Anchor
                        key={c.id}
                        component="button"
                        type="button"
                        size="sm"
                        fw={600}
                        ta="left"
                        onClick={() => setReading(c)}
                      >
                        {t('join.read', { title: c.title, version: c.version })}
                      </Anchor>
                    ))}
                  </Stack>
                </div>
              )}
              <Checkbox
                label={t('join.acceptStatutes')}
                required
                checked={consents.statutes}
                onChange={(e) => {
                  const checked = e.currentTarget.checked;
                  setConsents((c) => ({ ...c, statutes: checked }));
                }}
                error={error('consents.statutes') ?? error('charterIds')}
              />
              <Checkbox
                label={t('join.acceptData')}
                required
                checked={consents.dataProcessing}
                onChange={(e) => {
                  const checked = e.currentTarget.checked;
                  setConsents((c) => ({ ...c, dataProcessing: checked }));
                }}
                error={error('consents.dataProcessing')}
              />
              <Checkbox
                label={t('join.eConvocation')}
                checked={consents.eConvocation}
                onChange={(e) => {
                  const checked = e.currentTarget.checked;
                  setConsents((c) => ({ ...c, eConvocation: checked }));
                }}
              />
            </Stack>
          </Fieldset>

          {fieldErrors && (
            <Alert color="red" role="alert">
              {t('join.fix')}
            </Alert>
          )}
          <FormError error={apply.error} fields={FIELDS} />
          <Group>
            <Button type="submit" loading={apply.isPending}>
              {t('join.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      <Modal
        opened={reading !== null}
        onClose={() => setReading(null)}
        title={reading ? `${reading.title} (${t(CHARTER_KINDS[reading.kind])}, version ${reading.version})` : ''}
        size="lg"
      >
        <Text style={{ whiteSpace: 'pre-wrap' }}>{reading?.body}</Text>
      </Modal>
    </Stack>
  );
}

/** The application is recorded: what happens next, and how to pay. */
function Confirmation({ received, organization }: { received: ReceivedDto; organization: string }) {
  const t = useT();
  const { payment } = received;
  return (
    <Stack>
      <Title order={1}>{t('join.doneTitle')}</Title>
      <Alert color="green" role="status">
        {t('join.done', { organization, email: received.email })}
      </Alert>
      <Title order={2} size="h3">
        {t('join.next')}
      </Title>
      <List type="ordered" spacing="sm">
        <List.Item>{t('join.nextBoard', { organization })}</List.Item>
        <List.Item>
          {payment.iban ? (
            <>
              {t('join.nextPay', { amount: euros(payment.amountCents), payee: payment.payee })}
              <Text component="span" display="block" ff="monospace" data-testid="payment-iban">
                IBAN {payment.iban.replace(/(.{4})(?=.)/g, '$1 ')}
              </Text>
              <Text component="span" display="block">
                {t('join.reference')}{' '}
                <strong data-testid="payment-reference" style={{ whiteSpace: 'nowrap' }}>
                  {payment.reference}
                </strong>
              </Text>
            </>
          ) : (
            t('join.nextContact', { organization, amount: euros(payment.amountCents) })
          )}
        </List.Item>
        <List.Item>{t('join.nextMember')}</List.Item>
      </List>
      <Text size="sm">{t('join.summary', { quantity: received.quantity, amount: euros(received.amountCents) })}</Text>
    </Stack>
  );
}

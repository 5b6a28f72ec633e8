import * as React from 'react';
import { useParams } from 'react-router-dom';
import { InputRenderer, type StrapiApp } from '@strapi/strapi/admin';
import { formTranslations } from './translations';
import { useThai } from './widgets/common';

/**
 * Enumeration values in Thai (or English) in the Content Manager, the stored value and the API
 * unchanged: the edit form's select and the list's cells show the value's label from the domains' admin
 * forms (src/admin/translations), by type and field where a field reads a value its own way. Strapi's
 * own enumeration input names an option by a translation whose id is the bare value, which would put
 * ids like "th" or "open" in one namespace for every type and field; this field renders the same
 * input with labels of our own instead.
 */
const enumLabel = (th: boolean, uid: string | undefined, field: string, value: string) => {
  const messages: Record<string, string> = formTranslations[th ? 'th' : 'en'];
  return (uid && messages[`mind.enum.${uid}.${field}.${value}`]) ?? messages[`mind.enum.${value}`] ?? value;
};

type InputProps = React.ComponentProps<typeof InputRenderer>;
type EnumFieldProps = InputProps & { attribute?: { enum?: string[] } };

const EnumerationField = (props: EnumFieldProps) => {
  const th = useThai();
  const { slug } = useParams();
  const field = props.name.split('.').pop() ?? props.name;
  const options = (props.attribute?.enum ?? []).map((value) => ({ value, label: enumLabel(th, slug, field, value) }));
  const input = { ...props, type: 'enumeration', options } as unknown as InputProps;
  return <InputRenderer {...input} />;
};

const EnumerationCell = ({ uid, field, value }: { uid: string; field: string; value: unknown }) => {
  const th = useThai();
  if (typeof value !== 'string' || !value) return <span>-</span>;
  // the size and colour of Strapi's other cells (its "omega" text)
  return (
    <span data-enum={value} style={{ fontSize: '1.4rem', lineHeight: 1.43, color: '#32324d' }}>
      {enumLabel(th, uid, field, value)}
    </span>
  );
};

interface Header {
  name: string;
  attribute?: { type?: string };
  cellFormatter?: unknown;
}

/** The edit form's enumeration input and the list's enumeration cells, in the interface language. */
export function registerEnumerationLabels(app: StrapiApp) {
  app.addFields({ type: 'enumeration', Component: EnumerationField as never });
  app.registerHook(
    'Admin/CM/pages/ListView/inject-column-in-table',
    ({ displayedHeaders, layout }: { displayedHeaders: Header[]; layout: unknown }) => ({
      layout,
      displayedHeaders: displayedHeaders.map((h) =>
        h.attribute?.type === 'enumeration' && !h.cellFormatter
          ? {
              ...h,
              cellFormatter: (row: Record<string, unknown>, _header: unknown, { model }: { model: string }) => (
                <EnumerationCell uid={model} field={h.name} value={row[h.name]} />
              ),
            }
          : h,
      ),
    }),
  );
}

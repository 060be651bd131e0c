import { useTranslation } from 'react-i18next';
import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { formatHours, formatSessionWhen } from '../../format.ts';
import { useLabels } from '../../ui/data.tsx';
import type { CohortPart, Part, PartKind } from './queries.ts';
import './programmes.css';

/** Wording of a part's kind (the API's part_kind values); typed by the generated union. */
export function usePartKinds(): { of: (kind: PartKind) => string; options: { value: PartKind; label: string }[] } {
  const { t } = useTranslation();
  const texts: Record<PartKind, string> = {
    plenary: t('programmes.kind.plenary', 'Plenaire bijeenkomst'),
    group_meeting: t('programmes.kind.group_meeting', 'Groepsbijeenkomst'),
    elective: t('programmes.kind.elective', 'Keuzemodule'),
    intervision: t('programmes.kind.intervision', 'Intervisie'),
  };
  return {
    of: (kind) => texts[kind],
    options: (Object.entries(texts) as [PartKind, string][]).map(([value, label]) => ({ value, label })),
  };
}

/** The programme's structure as a timeline: an ordered list, each part with its kind, duration and format. */
export function StructureTimeline({ parts, headingLevel = 3 }: { parts: Part[]; headingLevel?: 3 | 4 }) {
  const { t } = useTranslation();
  const kinds = usePartKinds();
  const labels = useLabels();
  const H = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ol className="c-timeline">
      {[...parts]
        .sort((a, b) => a.position - b.position)
        .map((p, i) => (
          <li key={p.id} className="c-programme-part">
            <H className={`utrecht-heading-${headingLevel}`}>
              <span className="c-visually-hidden">{t('programmes.partNumber', 'Onderdeel {{n}}: ', { n: i + 1 })}</span>
              {p.title}
            </H>
            <p className="c-meta">
              {kinds.of(p.kind)} · {formatHours(p.durationHours)} · {labels.format.of(p.format)}
              {p.allowsGuests && <> · {t('programmes.guestsAllowed', 'gast aan tafel welkom')}</>}
            </p>
            {p.description && <Paragraph>{p.description}</Paragraph>}
          </li>
        ))}
    </ol>
  );
}

/** Where a cohort part happens: its place, its online link, or both. */
export function PartWhere({ part }: { part: Pick<CohortPart, 'venueName' | 'city' | 'onlineUrl'> }) {
  const { t } = useTranslation();
  const place = [part.venueName, part.city].filter(Boolean).join(', ');
  return (
    <>
      {place && <>{place}</>}
      {place && part.onlineUrl && ' · '}
      {part.onlineUrl && (
        <a className="utrecht-link" href={part.onlineUrl} rel="noreferrer" target="_blank">
          {t('programmes.onlineLink', 'Online deelnemen')}
          <span className="c-visually-hidden"> {t('programmes.newWindow', '(opent in een nieuw venster)')}</span>
        </a>
      )}
      {!place && !part.onlineUrl && t('programmes.placeLater', 'Plaats volgt')}
    </>
  );
}

/** A cohort's parts in order, each with its date and place: the dates of this run of the programme. */
export function CohortSchedule({ parts, headingLevel }: { parts: CohortPart[]; headingLevel?: 3 | 4 | 5 }) {
  const kinds = usePartKinds();
  const sorted = [...parts].sort((a, b) => a.position - b.position);
  return (
    <ol className="c-timeline">
      {sorted.map((p) => (
        <li key={p.id} className="c-programme-part">
          {headingLevel ? <PartHeading level={headingLevel}>{p.title}</PartHeading> : <strong>{p.title}</strong>}
          <p className="c-meta">
            {kinds.of(p.kind)} · {formatSessionWhen(p.startsAt, p.endsAt)}
          </p>
          <p className="c-meta">
            <PartWhere part={p} />
          </p>
        </li>
      ))}
    </ol>
  );
}

function PartHeading({ level, children }: { level: 3 | 4 | 5; children: string }) {
  if (level === 3) return <Heading3>{children}</Heading3>;
  const H = level === 4 ? 'h4' : 'h5';
  return <H className={`utrecht-heading-${level}`}>{children}</H>;
}

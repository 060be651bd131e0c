import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Link as RouterLink, useSearchParams } from 'react-router';
import {
  Button,
  ButtonGroup,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { ApiError, del, download, get, patch, post, put, qs } from '../../api.ts';
import { formatDateTime } from '../../format.ts';
import { REGIONS } from '../../regions.ts';
import type { AdminUser, AuditEvent, Organisation, Page } from '../../types.ts';
import { Empty, Loaded, useLoad } from '../../ui/data.tsx';
import { useNotify } from '../../ui/feedback.tsx';
import {
  CheckboxGroup,
  FormProblem,
  SelectField,
  TextAreaField,
  TextField,
  problemText,
  splitList,
  useApiForm,
} from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';

export function AdminNav() {
  const { t } = useTranslation();
  const links = [
    { to: '/beheer', label: t('admin.health', 'Zoekindex') },
    { to: '/beheer/organisaties', label: t('admin.organisations', 'Organisaties') },
    { to: '/beheer/gebruikers', label: t('admin.users', 'Gebruikers en rollen') },
    { to: '/beheer/synoniemen', label: t('admin.synonyms', 'Synoniemen') },
    { to: '/beheer/import', label: t('admin.import', 'Importeren') },
    { to: '/beheer/logboek', label: t('admin.audit', 'Logboek') },
  ];
  return (
    <nav aria-label={t('admin.nav', 'Beheer')} className="c-subnav">
      <ul>
        {links.map((l) => (
          <li key={l.to}>
            <NavLink end to={l.to} className={({ isActive }) => `utrecht-link${isActive ? ' c-subnav--current' : ''}`}>
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

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

import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en.ts';
import { setApiLanguage } from './api/client.ts';

// Dutch is the source language: every t() call carries its Dutch text as default value, so a
// missing translation shows Dutch, never a key. English lives in locales/en.ts.
const LANGUAGE_KEY = 'collegiaal.language';
const initial = (typeof localStorage !== 'undefined' && localStorage.getItem(LANGUAGE_KEY)) === 'en' ? 'en' : 'nl';

void i18next.use(initReactI18next).init({
  lng: initial,
  fallbackLng: 'nl',
  resources: { nl: { translation: {} }, en: { translation: en } },
  interpolation: { escapeValue: false },
  returnNull: false,
});
setApiLanguage(initial);
document.documentElement.lang = initial;

export function switchLanguage(language: 'nl' | 'en'): void {
  localStorage.setItem(LANGUAGE_KEY, language);
  setApiLanguage(language);
  document.documentElement.lang = language;
  void i18next.changeLanguage(language);
}

export default i18next;

import i18next from 'i18next';

/** Dutch wording of the API's stable problem codes (English in locales/en.ts under problems.*). */
const NL: Record<string, string> = {
  INVALID_CREDENTIALS: 'Het e-mailadres of het wachtwoord klopt niet.',
  EMAIL_NOT_VERIFIED: 'Bevestig eerst je e-mailadres. We hebben je een nieuwe link gemaild.',
  INVALID_VERIFICATION: 'Deze link werkt niet (meer): hij is verlopen of al gebruikt. Vraag een nieuwe aan.',
  TOO_MANY_ATTEMPTS: 'Te veel pogingen. Wacht even en probeer het dan opnieuw.',
  SSO_REQUIRED:
    'Je organisatie laat je inloggen met je eigen werkaccount, niet met een wachtwoord. Kies hieronder ‘Inloggen via je eigen organisatie’.',
  INVALID_SSO_CODE: 'Deze inlogcode werkt niet (meer): hij is verlopen of al gebruikt. Log opnieuw in.',
  IDENTITY_PROVIDER_NOT_FOUND: 'Deze organisatie heeft geen eigen inlog.',
  SSO_DOMAIN_NOT_OF_ORGANISATION: 'Een inlogdienst kan alleen instaan voor e-maildomeinen van zijn eigen organisatie.',
  SSO_CLIENT_SECRET_REQUIRED: 'Vul het clientgeheim in: een nieuwe inlogdienst heeft het nodig.',
  SSO_ISSUER_NOT_HTTPS: 'De issuer moet een https-adres zijn.',
  PASSWORDS_OFF_NEEDS_SSO:
    'Wachtwoorden kunnen alleen uit als inloggen via de eigen organisatie aan staat; anders kan niemand van de organisatie nog inloggen.',
  ORGANISATION_REQUIRED_FOR_ACTION:
    'Dit kan alleen als je bij een overheidsorganisatie hoort. Vraag een beheerder je aan je organisatie toe te voegen.',
  INVALID_REFRESH_TOKEN: 'Je sessie is verlopen. Log opnieuw in.',
  INVALID_TOKEN: 'Je sessie is verlopen. Log opnieuw in.',
  MISSING_ROLE: 'Je hebt niet de rol die hiervoor nodig is.',
  COURSE_NOT_FOUND: 'Deze cursus bestaat niet (meer).',
  SESSION_NOT_FOUND: 'Deze sessie bestaat niet (meer).',
  TEACHER_PROFILE_REQUIRED: 'Maak eerst je docentprofiel.',
  NOT_COURSE_EDITOR: 'Alleen de docenten en L&D van deze organisatie mogen deze cursus wijzigen.',
  ILLEGAL_COURSE_TRANSITION: 'Dit kan niet in de huidige status van de cursus.',
  SESSION_NOT_EDITABLE: 'Deze sessie is al voorbij of geannuleerd en kan niet meer veranderen.',
  INVALID_SESSION: 'De sessie klopt niet. Bekijk de meldingen bij de velden.',
  CAPACITY_BELOW_TAKEN: 'Er zijn al meer plaatsen bezet dan het nieuwe aantal.',
  ENROLMENT_NOT_FOUND: 'Deze inschrijving bestaat niet (meer).',
  ALREADY_ENROLLED: 'Je bent al ingeschreven voor deze sessie of staat op de wachtlijst.',
  ENROLMENT_CLOSED: 'Inschrijven voor deze sessie is gesloten.',
  SESSION_CANCELLED: 'Deze sessie is geannuleerd.',
  TEACHER_CANNOT_ENROL: 'Je geeft deze cursus zelf; inschrijven is niet nodig.',
  ILLEGAL_ENROLMENT_TRANSITION: 'Dit kan niet meer: de status van de inschrijving is veranderd. Ververs de pagina.',
  CANCELLATION_DEADLINE_PASSED: 'De termijn om kosteloos te annuleren is voorbij. Neem contact op met de docent.',
  OFFER_EXPIRED: 'Dit aanbod is verlopen; de plek is naar de volgende op de wachtlijst gegaan.',
  APPROVAL_EXPIRED: 'De termijn om goed te keuren is voorbij.',
  MANAGER_REQUIRED: 'Vul het e-mailadres van je leidinggevende in.',
  INVALID_MANAGER:
    'Je leidinggevende moet een actieve collega van je eigen organisatie zijn (of door L&D gekoppeld), en niet jijzelf.',
  ENROLMENT_NOT_ALLOWED: 'Dat mag je niet doen voor deze inschrijving.',
  ATTENDANCE_WINDOW_CLOSED:
    'Aanwezigheid registreer je vanaf 15 minuten voor het begin tot 14 dagen na het einde van de sessie.',
  INCOMPANY_REQUEST_NOT_FOUND: 'Dit verzoek bestaat niet of je mag het niet zien.',
  INCOMPANY_INVITATION_NOT_FOUND: 'Deze uitnodiging bestaat niet of is niet voor jou.',
  ILLEGAL_INCOMPANY_TRANSITION: 'Dit kan niet in de huidige status van het verzoek. Ververs de pagina.',
  INCOMPANY_NOT_ALLOWED: 'Dat mag je niet doen bij dit verzoek.',
  TRAINER_NOT_FOUND: 'Een van de gekozen docenten bestaat niet (meer).',
  ORGANISATION_SLUG_TAKEN: 'Deze korte naam is al in gebruik.',
  ORGANISATION_EMAIL_DOMAIN_TAKEN: 'Dit e-maildomein hoort al bij een andere organisatie.',
  IMPORT_INVALID_BUNDLE: 'Het importbestand klopt niet. Bekijk de meldingen.',
  AUDIT_EXPORT_TOO_LARGE:
    'Dit zijn te veel wijzigingen voor één bestand (hoogstens 100.000). Kies een kortere periode of filter op persoon of record.',
  TRAINER_PAGE_NOT_FOUND: 'Deze collega heeft (nu) geen trainerpagina.',
  TRAINER_QUESTION_NOT_FOUND: 'Deze vraag bestaat niet of is niet aan of van jou.',
  TRAINER_QUESTION_NOT_OPEN: 'Op deze vraag is al gereageerd. Ververs de pagina.',
  TRAINER_QUESTION_TO_SELF: 'Je kunt jezelf geen vraag stellen.',
  TRAINER_QUESTION_LIMIT: 'Je hebt vandaag al veel vragen gesteld. Probeer het morgen opnieuw.',
};

export function problemMessage(code: string): string | undefined {
  if (!NL[code]) return undefined;
  return i18next.t(`problems.${code}`, NL[code]);
}

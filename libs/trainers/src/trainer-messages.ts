import { defineMessages } from '#libs/notifications';
import type { Message, MessageTexts } from '#libs/notifications';

type Asked = { askerName: string; text: string };
type Reacted = { trainerName: string; text: string };

type TrainerParams = {
  'trainer.question_asked': Asked;
  'trainer.question_answered': Reacted;
  'trainer.question_declined': Reacted;
  'trainer.session_proposed': Reacted;
};

const nl: MessageTexts<TrainerParams> = {
  'trainer.question_asked': (p) => ({
    title: `${p.askerName} stelt je een vraag`,
    body: `"${p.text}" Beantwoord de vraag, sla hem af of stel een bijeenkomst voor onder Lesgeven → Vragen aan mij.`,
  }),
  'trainer.question_answered': (p) => ({
    title: `${p.trainerName} heeft je vraag beantwoord`,
    body: p.text,
  }),
  'trainer.question_declined': (p) => ({
    title: `${p.trainerName} kan je vraag niet beantwoorden`,
    body: p.text || 'Geen toelichting.',
  }),
  'trainer.session_proposed': (p) => ({
    title: `${p.trainerName} stelt een bijeenkomst voor`,
    body: `${p.text} Wil je er een training van maken? Je L&D-adviseur kan een incompany-verzoek doen.`,
  }),
};

const en: MessageTexts<TrainerParams> = {
  'trainer.question_asked': (p) => ({
    title: `${p.askerName} has a question for you`,
    body: `"${p.text}" Answer it, decline it or propose a session under Teaching → Questions to me.`,
  }),
  'trainer.question_answered': (p) => ({
    title: `${p.trainerName} answered your question`,
    body: p.text,
  }),
  'trainer.question_declined': (p) => ({
    title: `${p.trainerName} cannot answer your question`,
    body: p.text || 'No reason given.',
  }),
  'trainer.session_proposed': (p) => ({
    title: `${p.trainerName} proposes a session`,
    body: `${p.text} Want to turn it into a training? Your L&D adviser can make an in-company request.`,
  }),
};

/** The trainers' catalogue: every notification (in-app and e-mail) in Dutch and English. */
export const TRAINER_MESSAGES = defineMessages<TrainerParams>({ nl, en });

/** To the trainer: a colleague's question, linking to their inbox. */
export function questionAsked(questionId: string, params: Asked): Message {
  return {
    kind: 'trainer.question_asked',
    code: 'trainer.question_asked',
    params,
    link: '/lesgeven/vragen',
    data: { questionId },
  };
}

const REACTIONS = {
  answered: 'trainer.question_answered',
  declined: 'trainer.question_declined',
  session_proposed: 'trainer.session_proposed',
} as const;

/** To the asker: the trainer's reaction, linking to their questions. */
export function questionReacted(questionId: string, status: keyof typeof REACTIONS, params: Reacted): Message {
  return { kind: REACTIONS[status], code: REACTIONS[status], params, link: '/mijn-vragen', data: { questionId } };
}
